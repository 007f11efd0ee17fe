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
  /** A FIFO, device or socket (or a link to one): never opened, so it cannot hang a run. */
  FILE_NOT_REGULAR: 'FILE_NOT_REGULAR',
  /** A read made no progress within KG_READ_TIMEOUT_MS. */
  FILE_TIMEOUT: 'FILE_TIMEOUT',
  FILE_BAD_PDF: 'FILE_BAD_PDF',
  FILE_BAD_FEED: 'FILE_BAD_FEED',
  /** Readable, but nothing in it is article text (scripts only, an empty JSON array, all boilerplate). */
  NO_ARTICLE_TEXT: 'NO_ARTICLE_TEXT',
  // web sources
  URL_UNSUPPORTED: 'URL_UNSUPPORTED',
  URL_FETCH_FAILED: 'URL_FETCH_FAILED',
  URL_TIMEOUT: 'URL_TIMEOUT',
  URL_TOO_LARGE: 'URL_TOO_LARGE',
  URL_TOO_MANY_REDIRECTS: 'URL_TOO_MANY_REDIRECTS',
  // the pipeline itself
  EXTRACT_FAILED: 'EXTRACT_FAILED',
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
  NEO4J_AUTH_SETUP: 'NEO4J_AUTH_SETUP',
  // user queries (graph/guard.ts, graph/read.ts, graph/isolate.ts)
  QUERY_REFUSED: 'QUERY_REFUSED',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_BUSY: 'QUERY_BUSY',
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
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

  /** The single line the CLI prints, control characters escaped (paths and values come from input). */
  toLine(): string {
    return printable(this.hint ? `${this.message} (${this.hint})` : this.message);
  }
}

export function kgError(code: ErrorCodeName, message: string, hint?: string, cause?: unknown): KgError {
  return new KgError(code, message, hint, cause === undefined ? undefined : { cause });
}

export function isKgError(e: unknown, code?: ErrorCodeName): e is KgError {
  return e instanceof KgError && (code === undefined || e.code === code);
}

/**
 * A string safe to print on one terminal line: C0/C1 control characters (newlines, ANSI escape
 * sequences' ESC), DEL and the bidirectional overrides become visible escapes (`\n`, `\x1b`, `\u202e`).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
