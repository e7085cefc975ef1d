// The UI's only way to the data: the JSON API. The token is kept in localStorage.
import type { ClaimView } from '../../src/server/api-types.js';
import type { IncidentLinkResult } from '../../src/server/incident-links.js';
import type { MergeView } from '../../src/server/review-log.js';
import type { AuditEntry } from '../../src/store/index.js';

const tokenKey = 'sitrep.token';

/** An API error with its stable code. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The saved token, if any. */
export function savedToken(): string | null {
  return localStorage.getItem(tokenKey);
}

/** Saves (or, when empty, forgets) the token. */
export function saveToken(token: string): void {
  if (token === '') localStorage.removeItem(tokenKey);
  else localStorage.setItem(tokenKey, token);
}

/** GETs an API path and returns its JSON. */
export async function getJson<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'GET' });
}

/** POSTs JSON with the saved token. */
export async function postJson<T>(path: string, body?: unknown): Promise<T> {
  return request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
}

/** Sends a claim review. */
export function reviewClaim(id: number, body: { action: 'accept' | 'reject' } | { action: 'correct'; object: unknown }): Promise<{ claim: ClaimView; correction: ClaimView | null }> {
  return postJson(`/api/claims/${id}/review`, body);
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  const headers = new Headers(init.headers);
  const token = savedToken();
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

/** Merges, newest first (undone ones included), optionally involving one id. */
export function listMerges(filter: { kind?: 'entity' | 'incident'; involving?: number } = {}): Promise<{ merges: MergeView[] }> {
  const query = new URLSearchParams();
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.involving) query.set('involving', String(filter.involving));
  return getJson(`/api/merges?${query.toString()}`);
}

/** Audit lines, newest first, optionally about one target. */
export function listAudit(target?: string, limit = 100): Promise<{ entries: AuditEntry[] }> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (target) query.set('target', target);
  return getJson(`/api/audit?${query.toString()}`);
}

/** Merges `merged` into `survivor`. */
export function merge(kind: 'entity' | 'incident', survivor: number, merged: number): Promise<MergeView> {
  return postJson('/api/merges', { kind, survivor, merged });
}

/** Undoes a merge. */
export function undoMerge(id: number): Promise<MergeView> {
  return postJson(`/api/merges/${id}/undo`);
}

/** Unlinks a report from an incident. */
export function unlinkReport(incidentId: number, documentId: number): Promise<IncidentLinkResult> {
  return postJson(`/api/incidents/${incidentId}/reports/${documentId}/unlink`);
}

/** Links a report to an incident (again, or taken from another incident). */
export function linkReport(incidentId: number, documentId: number, fromIncident?: number): Promise<IncidentLinkResult> {
  return postJson(`/api/incidents/${incidentId}/reports`, fromIncident ? { documentId, fromIncident } : { documentId });
}

/** Asks the shell to render the current page again (after a change). */
export function refresh(): void {
  window.dispatchEvent(new Event('sitrep:refresh'));
}
