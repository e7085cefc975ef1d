// JSON Schemas shared by the route table: request bodies are validated with
// them, and the OpenAPI document and the response tests use them.

/** A JSON Schema (2020-12 subset) as a plain object. */
export type JsonSchema = Record<string, unknown>;

const nullable = (type: string): JsonSchema => ({ type: [type, 'null'] });
const evidence: JsonSchema = { type: 'object', required: ['start', 'end', 'text'], properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } };
const entityRef: JsonSchema = { type: 'object', required: ['id', 'name', 'kind'], properties: { id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string' } } };
const claim: JsonSchema = {
  type: 'object',
  required: ['id', 'predicate', 'object', 'accordingTo', 'asOf', 'modality', 'evidence', 'reviewStatus'],
  properties: { id: { type: 'integer' }, predicate: { type: 'string' }, object: { type: 'object' }, accordingTo: { type: 'array', items: entityRef }, asOf: nullable('string'), modality: { type: 'string' }, evidence: { type: 'array', items: evidence }, reviewStatus: { type: 'string' } },
};
const incident: JsonSchema = {
  type: 'object',
  required: ['id', 'type', 'date', 'location', 'best', 'perpetrators'],
  properties: { id: { type: 'integer' }, type: { type: 'string' }, date: { type: 'object' }, location: { type: ['object', 'null'] }, best: { type: 'object' }, perpetrators: { type: 'array', items: entityRef } },
};
const claimObject: JsonSchema = {
  oneOf: [
    { type: 'object', required: ['entity'], additionalProperties: false, properties: { entity: { type: 'integer', minimum: 1 } } },
    { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string', minLength: 1, maxLength: 2000 } } },
    { type: 'object', required: ['date', 'precision'], additionalProperties: false, properties: { date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, precision: { enum: ['day', 'week', 'month', 'year', 'range', 'unknown'] } } },
    { type: 'object', required: ['quantity'], additionalProperties: false, properties: { quantity: { type: 'object', additionalProperties: false, minProperties: 1, properties: { min: { type: 'number', minimum: 0 }, max: { type: 'number', minimum: 0 }, unit: { type: 'string', maxLength: 100 } } } } },
  ],
};
const merge: JsonSchema = {
  type: 'object',
  required: ['id', 'kind', 'survivor', 'merged', 'at', 'by', 'undoneAt'],
  properties: { id: { type: 'integer' }, kind: { enum: ['entity', 'incident'] }, survivor: { type: 'integer' }, merged: { type: 'integer' }, at: { type: 'string' }, by: { type: 'string' }, undoneAt: nullable('string'), undoneBy: nullable('string') },
};

/** The schemas by name. */
export const schemas = {
  error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
  search: { type: 'object', required: ['query', 'documents', 'groups', 'places', 'others', 'incidents'], properties: { query: { type: 'string' }, documents: { type: 'array' }, groups: { type: 'array', items: entityRef }, places: { type: 'array', items: entityRef }, others: { type: 'array', items: entityRef }, incidents: { type: 'array', items: incident } } },
  groups: { type: 'object', required: ['groups'], properties: { groups: { type: 'array', items: entityRef } } },
  groupProfile: {
    type: 'object',
    required: ['id', 'name', 'kind', 'aliases', 'facts', 'founding', 'relationships', 'strength', 'areas', 'incidents', 'deadliest', 'sources'],
    properties: {
      id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string' },
      aliases: { type: 'array', items: { type: 'object', required: ['name', 'source'], properties: { name: { type: 'string' }, source: { type: 'string' } } } },
      facts: { type: 'array', items: claim }, founding: { type: 'array', items: claim }, relationships: { type: 'array', items: claim }, strength: { type: 'array', items: claim },
      areas: { type: 'array', items: { type: 'object', required: ['entity', 'relation', 'level', 'lat', 'lon', 'claim'], properties: { entity: entityRef, relation: { type: 'string' }, level: nullable('string'), lat: nullable('number'), lon: nullable('number'), claim } } },
      incidents: { type: 'array', items: incident }, deadliest: { type: 'array', items: incident }, sources: { type: 'array' },
    },
  },
  incidents: { type: 'object', required: ['incidents'], properties: { incidents: { type: 'array', items: incident } } },
  incidentDetail: {
    type: 'object',
    required: ['id', 'type', 'claims', 'reports'],
    properties: {
      ...((incident.properties as JsonSchema) ?? {}),
      claims: { type: 'array', items: claim },
      reports: { type: 'array', items: { type: 'object', required: ['document', 'fields', 'evidence', 'figures'], properties: { document: { type: 'object', required: ['id', 'text'] }, fields: { type: 'array' }, evidence: { type: 'array', items: evidence }, figures: { type: 'array' } } } },
    },
  },
  document: { type: 'object', required: ['id', 'title', 'text', 'claims', 'incidents'], properties: { id: { type: 'integer' }, title: nullable('string'), text: { type: 'string' }, claims: { type: 'array', items: claim }, incidents: { type: 'array', items: { type: 'integer' } } } },
  graph: { type: 'object', required: ['date', 'nodes', 'edges'], properties: { date: { type: 'string' }, nodes: { type: 'array', items: entityRef }, edges: { type: 'array', items: { type: 'object', required: ['id', 'source', 'target', 'predicate'] } } } },
  map: { type: 'object', required: ['type', 'features'], properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: { type: 'object', required: ['type', 'geometry', 'properties'], properties: { properties: { type: 'object', required: ['incidentId', 'level', 'shape', 'radiusKm'] } } } } } },
  me: { type: 'object', required: ['name', 'role'], properties: { name: { type: 'string' }, role: { enum: ['viewer', 'analyst', 'admin'] } } },
  reviewRequest: {
    type: 'object',
    required: ['action'],
    additionalProperties: false,
    properties: { action: { enum: ['accept', 'reject', 'correct'] }, object: claimObject, note: { type: 'string', maxLength: 2000 } },
    if: { properties: { action: { const: 'correct' } } },
    then: { required: ['action', 'object'] },
    else: { not: { required: ['object'] } },
  },
  reviewResponse: { type: 'object', required: ['claim', 'correction'], properties: { claim, correction: { oneOf: [claim, { type: 'null' }] } } },
  mergeRequest: { type: 'object', required: ['kind', 'survivor', 'merged'], additionalProperties: false, properties: { kind: { enum: ['entity', 'incident'] }, survivor: { type: 'integer', minimum: 1 }, merged: { type: 'integer', minimum: 1 } } },
  merge,
} satisfies Record<string, JsonSchema>;
