import type { ErrorCode } from '../model/index.js';

/** The one table from error codes to process exit codes (documented in docs/cli.md). */
export const exitCodes = {
  ok: 0,
  /** Some documents failed; the others were processed (a partial success). */
  partial: 1,
  usage: 2,
  input: 3,
  notFound: 4,
  store: 5,
  internal: 70,
} as const;

/** Map an error code to the exit code the CLI returns for it. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'USAGE':
      return exitCodes.usage;
    case 'INPUT_EMPTY':
    case 'INPUT_BINARY':
    case 'INPUT_TOO_LARGE':
    case 'INPUT_ENCODING':
    case 'INPUT_JSON':
    case 'INPUT_FIELD':
    case 'INPUT_DATE':
    case 'INPUT_FORMAT':
    case 'DATASET_MISSING':
      return exitCodes.input;
    case 'INPUT_NOT_FOUND':
    case 'NOT_FOUND':
      return exitCodes.notFound;
    case 'STORE':
    case 'CONFLICT':
      return exitCodes.store;
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return exitCodes.usage;
    case 'INTERNAL':
      return exitCodes.internal;
  }
}
