/**
 * `kg neo4j start | stop | status` for a Neo4j Community server run from Maven jars with the
 * machine's Java: `java -cp <lib>/* … org.neo4j.server.CommunityEntryPoint --home-dir --config-dir`.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { kgError } from '../../ingest/errors.js';
import { jvmOptions, neo4jConf, serverOptions, type ServerOptions } from './conf.js';
import { findJava } from './java.js';
import { ensureJars } from './jars.js';
import { serverPaths, type ServerPaths } from './paths.js';

export interface ServerState {
  running: boolean;
  pid: number | null;
  uri: string;
  httpUrl: string;
  home: string;
}

interface PidRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  host: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function readPid(paths: ServerPaths): PidRecord | null {
  try {
    const rec = JSON.parse(readFileSync(paths.pidFile, 'utf8')) as PidRecord;
    return alive(rec.pid) ? rec : null;
  } catch {
    return null;
  }
}

const uriOf = (host: string, port: number) => `bolt://${host}:${port}`;

export async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000, logging: { level: 'error', logger: () => {} } });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (e) {
    // A server that answers but wants other credentials is up.
    return (e as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';
  } finally {
    await driver.close().catch(() => {});
  }
}

function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export async function status(env: Record<string, string | undefined> = process.env): Promise<ServerState> {
  const paths = serverPaths(env);
  const o = serverOptions(env);
  const rec = readPid(paths);
  const host = rec?.host ?? o.host;
  const bolt = rec?.boltPort ?? o.boltPort;
  const uri = uriOf(host, bolt);
  return { running: rec !== null && (await boltAnswers(uri)), pid: rec?.pid ?? null, uri, httpUrl: `http://${host}:${rec?.httpPort ?? o.httpPort}`, home: paths.home };
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Start the local server in the background and wait until Bolt answers. Idempotent. */
export async function start(opts: StartOptions = {}): Promise<ServerState & { alreadyRunning: boolean }> {
  const env = opts.env ?? process.env;
  const paths = serverPaths(env);
  const o = serverOptions(env);
  const current = await status(env);
  if (current.running) return { ...current, alreadyRunning: true };
  const java = findJava(env);
  ensureJars(paths, opts.log, env);
  for (const [port, what] of [[o.boltPort, 'Bolt'], [o.httpPort, 'HTTP']] as const) {
    if (!(await portFree(o.host, port))) {
      const knob = what === 'Bolt' ? 'KG_BOLT_PORT' : 'KG_HTTP_PORT';
      throw kgError('PORT_IN_USE', `port ${port} (${what}) on ${o.host} is already in use by another program`, `stop it, or choose another port with ${knob}=…`);
    }
  }
  for (const d of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins]) mkdirSync(d, { recursive: true });
  writeFileSync(join(paths.conf, 'neo4j.conf'), neo4jConf(paths, o));
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(java, [...jvmOptions(o), '-cp', `${paths.plugins}/*:${paths.conf}/*:${paths.lib}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`], {
    cwd: paths.home,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  child.unref();
  if (!child.pid) throw kgError('SERVER_EXITED', 'Neo4j could not be launched', `see ${paths.consoleLog}`);
  writeFileSync(paths.pidFile, JSON.stringify({ pid: child.pid, boltPort: o.boltPort, httpPort: o.httpPort, host: o.host } satisfies PidRecord));
  await waitForBolt(child.pid, uriOf(o.host, o.boltPort), paths, opts.timeoutMs ?? Number(env.KG_NEO4J_TIMEOUT_MS ?? 180_000));
  return { ...(await status(env)), alreadyRunning: false };
}

async function waitForBolt(pid: number, uri: string, paths: ServerPaths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      rmSync(paths.pidFile, { force: true });
      throw kgError('SERVER_EXITED', `Neo4j exited while starting: ${lastLogLine(paths)}`, `see ${paths.consoleLog}`);
    }
    if (await boltAnswers(uri)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw kgError('SERVER_TIMEOUT', `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s`, `see ${paths.consoleLog}; raise KG_NEO4J_TIMEOUT_MS on a slow machine`);
}

function lastLogLine(paths: ServerPaths): string {
  const file = [join(paths.logs, 'neo4j.log'), paths.consoleLog].find(existsSync);
  const lines = file ? readFileSync(file, 'utf8').trim().split('\n') : [];
  return (lines.findLast((l) => /ERROR|Exception/.test(l)) ?? lines.at(-1) ?? 'no log output').trim().slice(0, 300);
}

/** Stop the local server: SIGTERM (a clean shutdown), then SIGKILL after `graceMs`. */
export async function stop(opts: { env?: Record<string, string | undefined>; graceMs?: number } = {}): Promise<{ wasRunning: boolean }> {
  const paths = serverPaths(opts.env ?? process.env);
  const rec = readPid(paths);
  if (!rec) {
    rmSync(paths.pidFile, { force: true });
    return { wasRunning: false };
  }
  process.kill(rec.pid, 'SIGTERM');
  const deadline = Date.now() + (opts.graceMs ?? 60_000);
  while (alive(rec.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(rec.pid)) process.kill(rec.pid, 'SIGKILL');
  rmSync(paths.pidFile, { force: true });
  return { wasRunning: true };
}

export type { ServerOptions };
