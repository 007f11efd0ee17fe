/**
 * The two ways a user's Cypher reaches Neo4j, as the hostile query suites drive them: the
 * explorer's POST /api/cypher over HTTP (a real `serve()` on a free port), and `kg query` as
 * the CLI registers it (in process, so a failure's code can be checked; `kgCli` spawns the built
 * command for the one-line, exit-code contract).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Command } from 'commander';
import { registerQuery } from '../../bin/commands/query.js';
import { isKgError } from '../../ingest/errors.js';
import { serve, type Served, type ServeOptions } from '../../viz/server/index.js';

export interface Outcome {
  /** The error code, or null when the query ran. */
  code: string | null;
  rows: Record<string, unknown>[];
  /** Everything the path sent back: the HTTP body, or what the CLI printed. */
  text: string;
}

export async function startExplorer(opts: ServeOptions = {}): Promise<Served> {
  return serve({ port: 0, webRoot: null, ...opts });
}

export async function viaApi(server: Served, query: string, params?: Record<string, unknown>): Promise<Outcome & { status: number }> {
  const res = await fetch(new URL('api/cypher', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { rows?: Record<string, unknown>[]; error?: { code: string } };
  return { status: res.status, code: body.error?.code ?? null, rows: body.rows ?? [], text };
}

/** `kg query QUERY --format json ...args`, in this process. */
export async function viaCli(query: string, ...args: string[]): Promise<Outcome> {
  const program = new Command('kg').exitOverride();
  registerQuery(program);
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(['query', query, '--format', 'json', ...args], { from: 'user' });
    return { code: null, rows: JSON.parse(out) as Record<string, unknown>[], text: out };
  } catch (e) {
    if (!isKgError(e)) throw e;
    return { code: e.code, rows: [], text: out + e.message };
  } finally {
    process.stdout.write = write;
  }
}

/** Both paths, one after the other. */
export async function viaBoth(
  server: Served,
  query: string,
  params?: Record<string, unknown>,
): Promise<[Outcome & { status: number }, Outcome]> {
  const cliArgs = Object.entries(params ?? {}).flatMap(([k, v]) => ['--param', `${k}=${JSON.stringify(v)}`]);
  return [await viaApi(server, query, params), await viaCli(query, ...cliArgs)];
}

/** An HTTP server that counts the requests it gets: a LOAD CSV that was refused never reaches it. */
export async function canary(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const srv: Server = createServer((_req, res) => {
    hits++;
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/secret.csv`,
    hits: () => hits,
    close: () => new Promise((r) => srv.close(() => r())),
  };
}
