// The Hono app: security headers, body limits, tokens, validation and one
// JSON error shape around the route table; optionally the built web UI.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SitrepError, toSitrepError, type ErrorCode } from '../model/index.js';
import type { Store, StoredUser, UserRole } from '../store/index.js';
import { apiRoutes, type ParamSpec, type RouteSpec } from './api-routes.js';
import { buildOpenApi } from './build-openapi.js';
import { hashToken } from './hash-token.js';
import { httpStatusFor } from './http-status.js';

/** What the app needs. */
export interface AppDeps {
  store: Store;
  /** Folder of the built web UI (web/dist); not served when absent. */
  webRoot?: string;
  /** Largest request body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Package version shown in the OpenAPI document. */
  version?: string;
}

/** Content-Security-Policy: no inline scripts or styles, nothing from elsewhere. */
export const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const roleRank: Record<UserRole, number> = { viewer: 0, analyst: 1, admin: 2 };
const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };

/** Builds the API (and UI) app over a store. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const ajv = new Ajv({ allErrors: false, strict: false });
  const openApi = buildOpenApi(apiRoutes, deps.version ?? '0.0.0');

  app.use('*', async (c, next) => {
    await next();
    // A route may answer with a stricter policy of its own (the HTML brief allows its stylesheet by hash).
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', bodyLimit({ maxSize: deps.maxBodyBytes ?? 64 * 1024, onError: (c) => errorResponse(c, new SitrepError('INPUT_TOO_LARGE', `request body is larger than ${deps.maxBodyBytes ?? 64 * 1024} bytes`)) }));

  for (const route of apiRoutes) {
    const validateBody = route.body === undefined ? undefined : ajv.compile(route.body);
    app.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ':$1'), async (c) => {
      const user = await authenticate(c, deps.store, route.role);
      const params = { ...readParams(route.pathParams ?? {}, (name) => c.req.param(name), 'path'), ...readParams(route.query ?? {}, (name) => c.req.query(name), 'query') };
      const body = validateBody === undefined ? undefined : await readBody(c, validateBody);
      const result = await route.handle({ store: deps.store, params, body, user });
      // Briefs and exports answer with their own content type.
      if (result instanceof Response) return result;
      return c.json(result as object, route.status ?? 200);
    });
  }
  app.get('/openapi.json', (c) => c.json(openApi));
  app.all('/api/*', (c) => errorResponse(c, new SitrepError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)));
  if (deps.webRoot !== undefined) app.get('*', (c) => serveWeb(c, deps.webRoot as string));
  app.notFound((c) => errorResponse(c, new SitrepError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    const sitrepError = toSitrepError(error);
    // Internal details stay in the log, not in the answer.
    if (sitrepError.code === 'INTERNAL') console.error(error);
    return errorResponse(c, sitrepError.code === 'INTERNAL' ? new SitrepError('INTERNAL', 'internal error') : sitrepError);
  });
  return app;
}

/** The routes the app registers (for the OpenAPI test). */
export function registeredRoutes(): Array<Pick<RouteSpec, 'method' | 'path'>> {
  return apiRoutes.map((route) => ({ method: route.method, path: route.path }));
}

function errorResponse(c: Context, error: SitrepError): Response {
  return c.json({ error: { code: error.code, message: error.message } }, httpStatusFor(error.code));
}

async function authenticate(c: Context, store: Store, role: UserRole | undefined): Promise<StoredUser | undefined> {
  const header = c.req.header('authorization');
  if (role === undefined && header === undefined) return undefined;
  const token = /^Bearer ([\x21-\x7e]{1,200})$/.exec(header ?? '')?.[1];
  if (token === undefined) {
    if (role === undefined) return undefined;
    throw new SitrepError('UNAUTHORIZED', 'this action needs a bearer token: Authorization: Bearer TOKEN (create one with `sitrep users add NAME --role analyst`)');
  }
  const user = await store.users.findByTokenHash(hashToken(token));
  if (user === undefined) throw new SitrepError('UNAUTHORIZED', 'unknown token');
  if (role !== undefined && roleRank[user.role] < roleRank[role]) throw new SitrepError('FORBIDDEN', `this action needs the ${role} role; ${user.name} is ${user.role}`);
  return user;
}

function readParams(specs: Record<string, ParamSpec>, get: (name: string) => string | undefined, where: string): Record<string, string | number | undefined> {
  const values: Record<string, string | number | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = get(name);
    if (raw === undefined || raw === '') {
      if (spec.required === true) throw new SitrepError('INPUT_FIELD', `${where} parameter '${name}' is required`);
      continue;
    }
    if (spec.type === 'integer') {
      if (!/^[1-9]\d{0,14}$/.test(raw)) throw new SitrepError('INPUT_FIELD', `${where} parameter '${name}' must be a positive integer, not '${raw.slice(0, 40)}'`);
      values[name] = Number(raw);
    } else if (spec.type === 'date') {
      if (!isCalendarDate(raw)) throw new SitrepError('INPUT_DATE', `${where} parameter '${name}' must be a date YYYY-MM-DD, not '${raw.slice(0, 40)}'`);
      values[name] = raw;
    } else {
      if (spec.maxLength !== undefined && raw.length > spec.maxLength) throw new SitrepError('INPUT_FIELD', `${where} parameter '${name}' is longer than ${spec.maxLength} characters`);
      if (spec.enum !== undefined && !spec.enum.includes(raw)) throw new SitrepError('INPUT_FIELD', `${where} parameter '${name}' must be one of ${spec.enum.join(', ')}`);
      values[name] = raw;
    }
  }
  return values;
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

async function readBody(c: Context, validate: ValidateFunction): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new SitrepError('INPUT_FORMAT', 'the request body must be application/json');
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    throw new SitrepError('INPUT_JSON', `the request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!validate(body)) {
    const first = validate.errors?.[0];
    throw new SitrepError('INPUT_FIELD', `invalid request body: ${first ? `${first.instancePath || '(root)'} ${first.message ?? ''}` : 'does not match the schema'}`.trim());
  }
  return body;
}

function serveWeb(c: Context, root: string): Response {
  const base = normalize(root);
  let path = c.req.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is just a path with no file behind it.
  }
  const wanted = normalize(join(base, path));
  // Paths outside the web root, and paths without a file, get the app shell (client-side routes).
  let file = wanted.startsWith(base + sep) && existsSync(wanted) && extname(wanted) !== '' ? wanted : join(base, 'index.html');
  if (!existsSync(file)) file = '';
  if (file === '') return c.json({ error: { code: 'NOT_FOUND' satisfies ErrorCode, message: 'the web UI is not built (run `npm run build:web`)' } }, 404);
  const headers: Record<string, string> = { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' };
  if (file.includes(`${sep}assets${sep}`)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  return c.body(readFileSync(file), 200, headers);
}
