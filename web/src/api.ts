// The UI's only way to the data: the JSON API. The token is kept in localStorage.
import type { ClaimView } from '../../src/server/api-types.js';

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
