// API tokens: random, shown once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';

/** The hash the users table keeps for a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token (prefixed so it is recognisable in a config file). */
export function newToken(): string {
  return `sitrep_${randomBytes(32).toString('base64url')}`;
}
