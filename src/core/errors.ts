/**
 * Errors with stable codes. User errors (bad input, bad usage) are printed as
 * `isnad: CODE: message` without a stack trace; anything else is a bug.
 */
export type ErrorCode =
  | 'USAGE'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'JSON_MALFORMED'
  | 'JSONL_NO_TEXT'
  | 'DATE_INVALID'
  | 'PIPELINE_MISSING_LAYER'
  | 'PIPELINE_DUPLICATE_LAYER'
  | 'STAGE_FAILED'
  | 'RESOURCE_MISSING'
  | 'RESOURCE_CORRUPT'
  | 'STORE_CORRUPT'
  | 'STORE_READONLY'
  | 'STORE_FULL'
  | 'STORE_SCHEMA'
  | 'HTML_NO_ARTICLE'
  | 'FEED_MALFORMED'
  | 'NOT_FOUND';

export class IsnadError extends Error {
  readonly code: ErrorCode;
  /** Where: a file, a line, a byte offset — whatever locates the problem. */
  readonly where: string | undefined;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(message);
    this.name = 'IsnadError';
    this.code = code;
    this.where = where;
  }

  /** One line for a human: `CODE: where: message`. */
  describe(): string {
    return this.where ? `${this.code}: ${this.where}: ${this.message}` : `${this.code}: ${this.message}`;
  }
}

export function isIsnadError(e: unknown): e is IsnadError {
  return e instanceof IsnadError;
}
