/**
 * Every error kg raises is a KgError built here, with a stable `code`. Callers and tests tell
 * errors apart by code, never by wording. The CLI prints `kg: <message> (<hint>)` on one line.
 */

export const ErrorCode = {
  // input files
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  FILE_EMPTY: 'FILE_EMPTY',
  FILE_BINARY: 'FILE_BINARY',
  FILE_NOT_UTF8: 'FILE_NOT_UTF8',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FILE_UNSUPPORTED: 'FILE_UNSUPPORTED',
  FILE_BAD_JSON: 'FILE_BAD_JSON',
  // neo4j and its local server
  NEO4J_UNREACHABLE: 'NEO4J_UNREACHABLE',
  NEO4J_AUTH: 'NEO4J_AUTH',
  NEO4J_READ_ONLY: 'NEO4J_READ_ONLY',
  NEO4J_QUERY: 'NEO4J_QUERY',
  NEO4J_REMOTE: 'NEO4J_REMOTE',
  JAVA_MISSING: 'JAVA_MISSING',
  MAVEN_MISSING: 'MAVEN_MISSING',
  MAVEN_FAILED: 'MAVEN_FAILED',
  PORT_IN_USE: 'PORT_IN_USE',
  SERVER_TIMEOUT: 'SERVER_TIMEOUT',
  SERVER_EXITED: 'SERVER_EXITED',
  // usage
  BAD_ARGUMENT: 'BAD_ARGUMENT',
  BAD_ALIAS_FILE: 'BAD_ALIAS_FILE',
  // curation
  BAD_CURATION_FILE: 'BAD_CURATION_FILE',
  CURATION_NOT_FOUND: 'CURATION_NOT_FOUND',
  CURATION_INVALID: 'CURATION_INVALID',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

export class KgError extends Error {
  override readonly name = 'KgError';
  constructor(
    readonly code: ErrorCodeName,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The single line the CLI prints. */
  toLine(): string {
    return this.hint ? `${this.message} (${this.hint})` : this.message;
  }
}

export function kgError(code: ErrorCodeName, message: string, hint?: string, cause?: unknown): KgError {
  return new KgError(code, message, hint, cause === undefined ? undefined : { cause });
}

export function isKgError(e: unknown, code?: ErrorCodeName): e is KgError {
  return e instanceof KgError && (code === undefined || e.code === code);
}
