/** Stable error codes; server and cli map them to HTTP statuses and exit codes in one place each. */
export const errorCodes = [
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_ENCODING',
  'INPUT_JSON',
  'INPUT_FIELD',
  'INPUT_DATE',
  'INPUT_NOT_FOUND',
  'INPUT_FORMAT',
  'USAGE',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'STORE',
  'DATASET_MISSING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error with a stable code and the cause that led to it. */
export class SitrepError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
  }
}

/** Wrap anything thrown into a SitrepError, keeping it as the cause. */
export function toSitrepError(error: unknown, fallback: ErrorCode = 'INTERNAL'): SitrepError {
  if (error instanceof SitrepError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SitrepError(fallback, message, { cause: error });
}
