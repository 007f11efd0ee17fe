/**
 * The local server's password. On the first start (or the first start of a home made before kg
 * turned authentication on) kg sets the initial password of the `neo4j` user with Neo4j's own
 * `neo4j-admin dbms set-initial-password`, run from the same jars (org.neo4j.cli.AdminTool), and
 * keeps it in `<home>/auth/password` (folder 0700, file 0600). The password reaches the admin tool
 * through an owner-only argument file (picocli's @file), never on a command line other users see.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kgError } from '../../ingest/errors.js';
import type { Settings } from '../settings.js';
import type { ServerPaths } from './paths.js';

/** The stored password, or null when this home has none yet. */
export function readPassword(paths: Pick<ServerPaths, 'passwordFile'>): string | null {
  try {
    return readFileSync(paths.passwordFile, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * A new password: 24 random bytes, base64url (32 characters, nothing to quote), never opening with
 * "-": neo4j-admin would read it as an option ("Missing required parameter: '<password>'", one
 * start in 64).
 */
export function newPassword(): string {
  for (;;) {
    const p = randomBytes(24).toString('base64url');
    if (!p.startsWith('-')) return p;
  }
}

function writeOwnerOnly(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/**
 * Make sure this home has a password: when it has none, set NEO4J_PASSWORD (if given) or a new
 * random one as the initial password, then store it. Runs before the server starts; the conf
 * must already be written. Returns true when a password was set now.
 */
export function ensurePassword(paths: ServerPaths, java: string, s: Settings, log: (line: string) => void = () => {}): boolean {
  const stored = readPassword(paths);
  // A stored password whose server data is gone (the data folder deleted to start afresh): set it
  // again, or the new system database would know only the default password and refuse it.
  const set = (d: string[]) => existsSync(join(paths.data, ...d));
  if (stored && (set(['databases', 'system']) || set(['dbms', 'auth.ini']))) return false;
  mkdirSync(paths.auth, { recursive: true, mode: 0o700 });
  chmodSync(paths.auth, 0o700);
  const password = stored ?? (s.NEO4J_PASSWORD || newPassword());
  if (password.startsWith('-'))
    throw kgError('NEO4J_AUTH_SETUP', "NEO4J_PASSWORD starts with '-', which neo4j-admin reads as an option", 'choose another password');
  const argFile = join(paths.auth, 'set-initial-password.args');
  writeOwnerOnly(argFile, `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`);
  try {
    const jvm = ['-Xmx128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', `${paths.lib}/*`];
    const r = spawnSync(java, [...jvm, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argFile}`], {
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) {
      const lines = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim());
      const why = lines.find((l) => l && !l.startsWith('at ')) ?? r.error?.message ?? `exit ${r.status}`;
      const hint = `see ${paths.logs}; NEO4J_PASSWORD must have at least 8 characters`;
      throw kgError('NEO4J_AUTH_SETUP', `could not set the local Neo4j's password: ${why.slice(0, 200)}`, hint);
    }
  } finally {
    rmSync(argFile, { force: true });
  }
  writeOwnerOnly(paths.passwordFile, `${password}\n`);
  log(
    stored
      ? `kg: the local Neo4j's data was new; its password was set again from ${paths.passwordFile}`
      : `kg: the local Neo4j now requires a password; it is stored in ${paths.passwordFile} (user neo4j)`,
  );
  return true;
}
