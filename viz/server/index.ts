/**
 * `serve()` — start the explorer: open a driver (unless given one), build the app, listen.
 * Binds 127.0.0.1 unless a host is given. `close()` stops the server and closes a driver it opened.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../graph/config.js';
import { openDriver } from '../../graph/driver.js';
import { isolatedRunner } from '../../graph/isolate.js';
import { isKgError, kgError } from '../../ingest/errors.js';
import { buildApp } from './app.js';
import { DEFAULT_LIMITS, type Ctx, type Limits } from './context.js';
import { Memo } from './memo.js';
import { snapshot } from './snapshot/index.js';

export interface ServeOptions {
  host?: string;
  port?: number;
  driver?: Driver;
  database?: string;
  webRoot?: string | null;
  limits?: Partial<Limits>;
  logger?: boolean;
}

export interface Served {
  url: string;
  /** Set when Neo4j did not answer at start: the explorer serves anyway and the page waits for it. */
  warning?: string;
  close(): Promise<void>;
}

/** The explorer's own driver: a lost Neo4j fails a request within seconds (the page retries), not 30 s. */
async function explorerDriver(cfg: ReturnType<typeof loadConfig>): Promise<{ driver: Driver; warning?: string }> {
  try {
    return { driver: await openDriver(cfg, { maxRetryMs: 3000 }) };
  } catch (e) {
    if (!isKgError(e, 'NEO4J_UNREACHABLE')) throw e;
    return { driver: await openDriver(cfg, { verify: false, maxRetryMs: 3000 }), warning: `${e.toLine()}; the explorer will wait for it` };
  }
}

/** viz/web/dist, looked for upwards from this file (works from source and from dist/). */
export function findWebRoot(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from, i = 0; i < 6; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'viz', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return resolve(candidate);
  }
  return null;
}

export async function serve(opts: ServeOptions = {}): Promise<Served> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 7700;
  const cfg = loadConfig();
  const { driver, warning } = opts.driver ? { driver: opts.driver, warning: undefined } : await explorerDriver(cfg);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const queries = isolatedRunner({ ...cfg, database: opts.database ?? cfg.database });
  const ctx: Ctx = {
    driver,
    database: opts.database ?? cfg.database,
    limits,
    memo: new Memo(limits.cacheMs),
    queries,
    snapshots: { current: null, pending: null, at: 0 },
  };
  // Build the claims snapshot while the page loads (a failure here is answered again on first use).
  void snapshot(ctx).catch(() => {});
  const loopbackOnly = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const app = await buildApp(ctx, {
    webRoot: opts.webRoot === undefined ? findWebRoot() : opts.webRoot,
    loopbackOnly,
    logger: opts.logger,
  });
  try {
    await app.listen({ host, port });
  } catch (e) {
    await queries.close();
    if (!opts.driver) await driver.close();
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw kgError('PORT_IN_USE', `explorer: port ${port} is in use`, 'pass --port', e);
    throw e;
  }
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${actualPort}/`,
    ...(warning ? { warning } : {}),
    async close() {
      await app.close();
      await queries.close();
      if (!opts.driver) await driver.close();
    },
  };
}
