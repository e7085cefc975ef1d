// The OpenAPI 3.1 document, generated from the same route table the app registers.
import type { RouteSpec } from './api-routes.js';
import { schemas, type JsonSchema } from './json-schemas.js';

/** An OpenAPI 3.1 document for the routes. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [
      ...Object.entries(route.pathParams ?? {}).map(([name, spec]) => ({ name, in: 'path', required: true, description: spec.description, schema: paramSchema(spec) })),
      ...Object.entries(route.query ?? {}).map(([name, spec]) => ({ name, in: 'query', required: spec.required === true, description: spec.description, schema: paramSchema(spec) })),
    ];
    const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: { description: 'Success', content: { ...(route.produces !== undefined && route.response['type'] === 'string' ? {} : { 'application/json': { schema: route.response } }), ...Object.fromEntries(Object.entries(route.produces ?? {}).map(([type, schema]) => [type, { schema }])) } },
      '400': error('Bad input'),
      '404': error('Not found'),
    };
    if (route.role !== undefined) Object.assign(responses, { '401': error('Missing or unknown token'), '403': error('Role too low') });
    if (route.body !== undefined) Object.assign(responses, { '413': error('Body too large'), '415': error('Not JSON') });
    const operation: Record<string, unknown> = { operationId: route.operationId, summary: route.summary, parameters, responses };
    if (route.body !== undefined) operation['requestBody'] = { required: true, content: { 'application/json': { schema: route.body } } };
    if (route.role !== undefined) {
      operation['security'] = [{ bearer: [] }];
      operation['description'] = `Requires a token with role ${route.role} or higher.`;
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Sourced, time-aware records of armed conflict and terrorism read from news reports.' },
    paths,
    components: { schemas: { Error: schemas.error }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

function paramSchema(spec: RouteSpec['query'] extends infer Q ? (Q extends Record<string, infer P> ? P : never) : never): JsonSchema {
  if (spec.type === 'integer') return { type: 'integer', minimum: 1 };
  if (spec.type === 'date') return { type: 'string', format: 'date' };
  const schema: JsonSchema = { type: 'string' };
  if (spec.enum !== undefined) schema['enum'] = [...spec.enum];
  if (spec.maxLength !== undefined) schema['maxLength'] = spec.maxLength;
  return schema;
}
