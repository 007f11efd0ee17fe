/**
 * The neo4j-driver adapter's edge: opening a driver and turning driver failures into KgErrors
 * with a hint (no stack traces for the user).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { kgError, isKgError, type KgError } from '../ingest/errors.js';
import type { Neo4jConfig } from './config.js';

/**
 * `lossless`: integers come back as driver Integers (exact beyond 2^53) rather than JS numbers;
 * only code that reads through runRead (which turns them into numbers or strings) may ask for it.
 * `verify: false` returns the driver without checking that Neo4j answers (the explorer starts
 * anyway and waits for it); `maxRetryMs` bounds how long a read retries a lost connection before
 * it fails (the driver's default is 30 s).
 */
export async function openDriver(
  cfg: Neo4jConfig,
  opts: { lossless?: boolean; verify?: boolean; maxRetryMs?: number } = {},
): Promise<Driver> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    disableLosslessIntegers: !opts.lossless,
    connectionTimeout: 5000,
    logging: { level: 'error', logger: () => {} },
    ...(opts.maxRetryMs !== undefined ? { maxTransactionRetryTime: opts.maxRetryMs } : {}),
  });
  if (opts.verify === false) return driver;
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    return driver;
  } catch (e) {
    await driver.close().catch(() => {});
    throw toKgError(e, cfg);
  }
}

/** Map a neo4j-driver error to a KgError; KgErrors pass through. */
export function toKgError(e: unknown, cfg?: Pick<Neo4jConfig, 'uri' | 'external'>): KgError {
  if (isKgError(e)) return e;
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const msg = (err.message ?? String(e)).split('\n')[0] ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (/ECONNREFUSED|connect|Could not perform discovery/i.test(msg) && !code.startsWith('Neo.'))
  ) {
    const fix = cfg?.external
      ? `check NEO4J_URI or start that server (e.g. docker compose up -d)`
      : 'run `kg neo4j start` or `docker compose up -d`';
    return kgError('NEO4J_UNREACHABLE', `Neo4j is not reachable at ${cfg?.uri ?? 'the configured URI'}`, fix, e);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const fix = cfg?.external
      ? 'set NEO4J_USER and NEO4J_PASSWORD'
      : "kg neo4j status shows where the local server's password is; NEO4J_PASSWORD overrides it";
    return kgError('NEO4J_AUTH', `Neo4j refused the credentials for ${cfg?.uri ?? 'the server'}`, fix, e);
  }
  if (/Transaction\.(TransactionTimedOut|Terminated|LockClientStopped)/.test(code)) {
    const fix = 'narrow it (LIMIT, a label, an indexed property) or raise the limit (kg query --timeout)';
    return kgError('QUERY_TIMEOUT', 'the query was stopped: it ran past its time limit or was terminated', fix, e);
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand') {
    return kgError('QUERY_REFUSED', 'refused: queries may only read the graph, and this one is an administration command', undefined, e);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test(msg)) {
    return kgError('NEO4J_READ_ONLY', 'refused: queries run read-only and this one writes', 'use `kg ingest` to change the graph', e);
  }
  return kgError('NEO4J_QUERY', `Neo4j: ${msg}`, code || undefined, e);
}
