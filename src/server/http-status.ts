// The one table from stable error codes to HTTP statuses.
import type { ErrorCode } from '../model/index.js';

/** The HTTP status the API answers an error code with. */
export function httpStatusFor(code: ErrorCode): 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503 {
  switch (code) {
    case 'INPUT_EMPTY':
    case 'INPUT_BINARY':
    case 'INPUT_ENCODING':
    case 'INPUT_JSON':
    case 'INPUT_FIELD':
    case 'INPUT_DATE':
    case 'USAGE':
      return 400;
    case 'INPUT_FORMAT':
      return 415;
    case 'INPUT_TOO_LARGE':
      return 413;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'INPUT_NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'STORE':
      return 503;
    case 'DATASET_MISSING':
    case 'INTERNAL':
      return 500;
  }
}
