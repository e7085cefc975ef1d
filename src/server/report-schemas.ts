// JSON Schemas of the rankings and brief answers (the OpenAPI document and the tests use them).
import type { JsonSchema } from './json-schemas.js';

const rankRow: JsonSchema = {
  type: 'object',
  required: ['entityId', 'name', 'incidents', 'deaths', 'suspectedIncidents', 'suspectedDeaths', 'members'],
  properties: { entityId: { type: ['integer', 'null'] }, name: { type: 'string' }, incidents: { type: 'integer' }, deaths: { type: 'number' }, suspectedIncidents: { type: 'integer' }, suspectedDeaths: { type: 'number' }, members: { type: 'array', items: { type: 'integer' } } },
};
const nullableString: JsonSchema = { type: ['string', 'null'] };
const fact: JsonSchema = { type: 'object', required: ['label', 'value', 'when', 'accordingTo', 'modalities', 'sources', 'origins'], properties: { label: { type: 'string' }, value: { type: 'string' }, when: nullableString, accordingTo: { type: 'array', items: { type: 'string' } }, sources: { type: 'array', items: { type: 'integer' } } } };

/** The schemas by name. */
export const reportSchemas = {
  deadliest: {
    type: 'object',
    required: ['query', 'rows', 'unattributed', 'totalDeaths', 'totalIncidents'],
    properties: { query: { type: 'object', required: ['since', 'until', 'country', 'pool'] }, rows: { type: 'array', items: rankRow }, unattributed: rankRow, totalDeaths: { type: 'number' }, totalIncidents: { type: 'integer' } },
  },
  gti: {
    type: 'object',
    required: ['query', 'rows'],
    properties: {
      query: { type: 'object', required: ['since', 'until', 'country'] },
      rows: { type: 'array', items: { type: 'object', required: ['country', 'year', 'incidents', 'deaths', 'injuries', 'hostages', 'raw', 'weighted', 'score'], properties: { country: { type: 'string' }, year: { type: 'integer' }, score: { type: 'number', minimum: 0, maximum: 10 } } } },
    },
  },
  brief: {
    type: 'object',
    required: ['kind', 'title', 'subtitle', 'figures', 'sections', 'strength', 'areas', 'timeline', 'deadliest', 'groups', 'scores', 'map', 'sources', 'notes'],
    properties: {
      kind: { enum: ['group', 'country'] },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      figures: { type: 'array', items: { type: 'object', required: ['label', 'value'] } },
      sections: { type: 'array', items: { type: 'object', required: ['title', 'facts'], properties: { title: { type: 'string' }, facts: { type: 'array', items: fact } } } },
      strength: { type: 'array', items: { type: 'object', required: ['asOf', 'min', 'max', 'unit', 'text', 'accordingTo', 'modality', 'sources'] } },
      areas: { type: 'array', items: { type: 'object', required: ['name', 'relation', 'level', 'lat', 'lon', 'when', 'accordingTo', 'sources'] } },
      timeline: { type: 'object', required: ['granularity', 'periods', 'undatedIncidents', 'undatedDeaths'], properties: { granularity: { enum: ['month', 'year'] }, periods: { type: 'array', items: { type: 'object', required: ['period', 'incidents', 'deaths'] } } } },
      deadliest: { type: 'array', items: { type: 'object', required: ['id', 'date', 'type', 'place', 'killed', 'perpetrators', 'sources'] } },
      groups: { type: 'array', items: { type: 'object', required: ['rank', 'name', 'deaths', 'incidents'] } },
      scores: { type: 'array', items: { type: 'object', required: ['year', 'score'] } },
      map: { type: 'object', required: ['marks', 'countries'], properties: { marks: { type: 'array', items: { type: 'object', required: ['label', 'lon', 'lat', 'level', 'shape', 'radiusKm', 'role'] } } } },
      sources: { type: 'array', items: { type: 'object', required: ['number', 'documentId', 'title', 'sourceId', 'published', 'url'] } },
      notes: { type: 'array', items: { type: 'string' } },
    },
  },
} satisfies Record<string, JsonSchema>;
