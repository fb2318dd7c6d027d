/** Errors of the HTTP API: `{error: {code, message}}` with the right status. */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isIsnadError, type ErrorCode } from '../core/errors.js';

/** Codes of the HTTP layer, beside the engine's own ErrorCode values. */
export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'INGEST_DISABLED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: HttpErrorCode | ErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/** The HTTP status of an engine error code. */
export function statusOf(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'NOT_FOUND':
    case 'FILE_NOT_FOUND':
      return 404;
    case 'INPUT_TOO_LARGE':
      return 413;
    case 'STORE_READONLY':
    case 'STORE_FULL':
    case 'STORE_CORRUPT':
    case 'STORE_SCHEMA':
    case 'RESOURCE_MISSING':
    case 'RESOURCE_CORRUPT':
      return 503;
    case 'STAGE_FAILED':
    case 'PIPELINE_MISSING_LAYER':
    case 'PIPELINE_DUPLICATE_LAYER':
      return 500;
    default:
      return 400;
  }
}

/** Any thrown value → status and body; unknown errors become a bare 500. */
export function toErrorResponse(e: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (e instanceof HttpError) return { status: e.status, body: { error: { code: e.code, message: e.message } } };
  if (isIsnadError(e)) {
    const message = e.where !== undefined ? `${e.where}: ${e.message}` : e.message;
    return { status: statusOf(e.code), body: { error: { code: e.code, message } } };
  }
  if (e instanceof HTTPException) {
    const status = e.status as ContentfulStatusCode;
    const code: HttpErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 504 || status === 503 ? 'TIMEOUT'
      : status === 401 ? 'UNAUTHORIZED' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
    const message = status === 413 ? 'the request body is too large'
      : code === 'TIMEOUT' ? 'the request took too long' : e.message || 'bad request';
    return { status, body: { error: { code, message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } };
}
