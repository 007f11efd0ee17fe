/**
 * `kg neo4j start | stop | status` for a Neo4j Community server run from Maven jars with the
 * machine's Java: `java -cp <lib>/* … org.neo4j.server.CommunityEntryPoint --home-dir --config-dir`.
 * Settings come from kg's one reader (environment over `.env`), like the client's.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kgError } from '../../ingest/errors.js';
import { settings, type Settings } from '../settings.js';
import { ensurePassword, readPassword } from './auth.js';
import { jvmOptions, neo4jConf, serverOptions, type ServerOptions } from './conf.js';
import { findJava } from './java.js';
import { ensureJars } from './jars.js';
import { serverPaths, type ServerPaths } from './paths.js';
import { alive, boltAnswers, portFree, probeBolt, type Credentials } from './probe.js';

export interface ServerState {
  running: boolean;
  pid: number | null;
  uri: string;
  httpUrl: string;
  home: string;
  /** False for a server started by an older kg with authentication off (no password file). */
  auth: boolean;
}

interface PidRecord {
  pid: number;
  boltPort: number;
  httpPort: number;
  host: string;
}

function readPid(paths: ServerPaths): PidRecord | null {
  try {
    const rec = JSON.parse(readFileSync(paths.pidFile, 'utf8')) as PidRecord;
    return alive(rec.pid) ? rec : null;
  } catch {
    return null;
  }
}

const uriOf = (host: string, port: number) => `bolt://${host}:${port}`;

/** The credentials kg uses for its local server: NEO4J_USER / NEO4J_PASSWORD, else the stored password. */
export const localCredentials = (env: Settings, paths: ServerPaths): Credentials => ({
  user: env.NEO4J_USER || 'neo4j',
  password: env.NEO4J_PASSWORD || readPassword(paths) || 'neo4j',
});

export async function status(env: Settings = settings()): Promise<ServerState> {
  const paths = serverPaths(env);
  const o = serverOptions(env);
  const rec = readPid(paths);
  const host = rec?.host ?? o.host;
  const bolt = rec?.boltPort ?? o.boltPort;
  const uri = uriOf(host, bolt);
  const running = rec !== null && (await boltAnswers(uri, localCredentials(env, paths)));
  return {
    running,
    pid: rec?.pid ?? null,
    uri,
    httpUrl: `http://${host}:${rec?.httpPort ?? o.httpPort}`,
    home: paths.home,
    auth: readPassword(paths) !== null,
  };
}

export interface StartOptions {
  env?: Settings;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Start the local server in the background and wait until Bolt answers. Idempotent. */
export async function start(opts: StartOptions = {}): Promise<ServerState & { alreadyRunning: boolean }> {
  const env = opts.env ?? settings();
  const paths = serverPaths(env);
  const o = serverOptions(env);
  const current = await status(env);
  if (current.running) return { ...current, alreadyRunning: true };
  const java = findJava(env);
  ensureJars(paths, opts.log, env);
  for (const [port, what] of [
    [o.boltPort, 'Bolt'],
    [o.httpPort, 'HTTP'],
  ] as const) {
    if (!(await portFree(o.host, port))) {
      const knob = what === 'Bolt' ? 'KG_BOLT_PORT' : 'KG_HTTP_PORT';
      throw kgError(
        'PORT_IN_USE',
        `port ${port} (${what}) on ${o.host} is already in use by another program`,
        `stop it, or choose another port with ${knob}=…`,
      );
    }
  }
  for (const d of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins, paths.import]) mkdirSync(d, { recursive: true });
  writeFileSync(join(paths.conf, 'neo4j.conf'), neo4jConf(paths, o));
  ensurePassword(paths, java, env, opts.log);
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(
    java,
    [
      ...jvmOptions(o),
      '-cp',
      `${paths.plugins}/*:${paths.conf}/*:${paths.lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    {
      cwd: paths.home,
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  child.unref();
  if (!child.pid) throw kgError('SERVER_EXITED', 'Neo4j could not be launched', `see ${paths.consoleLog}`);
  writeFileSync(
    paths.pidFile,
    JSON.stringify({ pid: child.pid, boltPort: o.boltPort, httpPort: o.httpPort, host: o.host } satisfies PidRecord),
  );
  const uri = uriOf(o.host, o.boltPort);
  const cred = { ...localCredentials(env, paths), source: env.NEO4J_PASSWORD ? 'NEO4J_PASSWORD' : paths.passwordFile };
  await waitForBolt(child.pid, uri, cred, paths, opts.timeoutMs ?? Number(env.KG_NEO4J_TIMEOUT_MS || 180_000));
  return { ...(await status(env)), alreadyRunning: false };
}

async function waitForBolt(
  pid: number,
  uri: string,
  cred: Credentials & { source: string },
  paths: ServerPaths,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      rmSync(paths.pidFile, { force: true });
      throw kgError('SERVER_EXITED', `Neo4j exited while starting: ${lastLogLine(paths)}`, `see ${paths.consoleLog}`);
    }
    const state = await probeBolt(uri, cred);
    if (state === 'up') return;
    if (state === 'refused') {
      // A home whose neo4j user already had a password of its own: the initial password did not apply.
      const fix = `write its password for user neo4j into ${paths.passwordFile}, or set NEO4J_PASSWORD`;
      throw kgError('NEO4J_AUTH', `the local Neo4j at ${uri} is running but refuses the password in ${cred.source}`, fix);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw kgError(
    'SERVER_TIMEOUT',
    `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s`,
    `see ${paths.consoleLog}; raise KG_NEO4J_TIMEOUT_MS on a slow machine`,
  );
}

function lastLogLine(paths: ServerPaths): string {
  const file = [join(paths.logs, 'neo4j.log'), paths.consoleLog].find(existsSync);
  const lines = file ? readFileSync(file, 'utf8').trim().split('\n') : [];
  return (lines.findLast((l) => /ERROR|Exception/.test(l)) ?? lines.at(-1) ?? 'no log output').trim().slice(0, 300);
}

/** Stop the local server: SIGTERM (a clean shutdown), then SIGKILL after `graceMs`. */
export async function stop(opts: { env?: Settings; graceMs?: number } = {}): Promise<{ wasRunning: boolean }> {
  const paths = serverPaths(opts.env ?? settings());
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
