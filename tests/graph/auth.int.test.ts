/**
 * The local server's authentication and its second wall, for real: the password file is the
 * owner's only, Neo4j refuses the default password and anonymous HTTP, LOAD CSV cannot read
 * files even past the query guard; a home first run with authentication off (by an older kg) is
 * moved to a password cleanly on its next start.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../graph/config.js';
import { openDriver } from '../../graph/driver.js';
import { runRead } from '../../graph/read.js';
import { ensurePassword, readPassword } from '../../graph/server/auth.js';
import { jvmOptions, neo4jConf, serverOptions } from '../../graph/server/conf.js';
import { findJava } from '../../graph/server/java.js';
import { jarsPresent } from '../../graph/server/jars.js';
import { serverPaths } from '../../graph/server/paths.js';
import { probeBolt } from '../../graph/server/probe.js';
import { start, status, stop } from '../../graph/server/process.js';
import { testStore } from '../utils/neo4j.js';

const local = process.env.KG_TEST_LOCAL_NEO4J === '1';
const scratch = (bolt: number, http: number) => ({
  ...process.env,
  NEO4J_URI: '',
  NEO4J_PASSWORD: '',
  KG_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'kg-auth-test-')),
  KG_BOLT_PORT: String(bolt),
  KG_HTTP_PORT: String(http),
});
const mode = (path: string) => statSync(path).mode & 0o777;

(local ? describe : describe.skip)("kg's local server", () => {
  it('keeps its password owner-only and refuses the default one', async () => {
    const paths = serverPaths();
    expect(mode(paths.auth)).toBe(0o700);
    expect(mode(paths.passwordFile)).toBe(0o600);
    await expect(openDriver({ ...loadConfig(process.env), password: 'neo4j' })).rejects.toMatchObject({ code: 'NEO4J_AUTH' });
    const http = (await status()).httpUrl;
    expect(
      (
        await fetch(`${http}/db/neo4j/tx/commit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"statements":[{"statement":"RETURN 1"}]}',
        })
      ).status,
    ).toBe(401);
  });

  it('cannot read files with LOAD CSV even when the guard is bypassed', async () => {
    const conf = readFileSync(join(serverPaths().conf, 'neo4j.conf'), 'utf8');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    expect(conf).toContain(`server.directories.import=${serverPaths().import}`);
    const store = await testStore();
    try {
      await expect(runRead(store.driver, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).rejects.toMatchObject({
        code: 'NEO4J_QUERY',
      });
    } finally {
      await store.close();
    }
  });
});

const withJars = jarsPresent(serverPaths()) ? it : it.skip;

describe('setting the initial password', () => {
  withJars('uses NEO4J_PASSWORD when given, and refuses one Neo4j would not take', () => {
    const env = scratch(17881, 17882);
    const paths = serverPaths(env);
    mkdirSync(paths.conf, { recursive: true });
    writeFileSync(join(paths.conf, 'neo4j.conf'), neo4jConf(paths, serverOptions(env)));
    expect(() => ensurePassword(paths, findJava(env), { ...env, NEO4J_PASSWORD: 'short' })).toThrow(
      expect.objectContaining({ code: 'NEO4J_AUTH_SETUP' }),
    );
    expect(readPassword(paths)).toBeNull();
    expect(ensurePassword(paths, findJava(env), { ...env, NEO4J_PASSWORD: 'a long enough password' })).toBe(true);
    expect(readPassword(paths)).toBe('a long enough password');
    expect(ensurePassword(paths, findJava(env), env)).toBe(false);
    // The data folder deleted to start afresh: the stored password is set again, not replaced.
    rmSync(paths.data, { recursive: true, force: true });
    expect(ensurePassword(paths, findJava(env), env)).toBe(true);
    expect(readPassword(paths)).toBe('a long enough password');
    expect(existsSync(join(paths.data, 'dbms', 'auth.ini'))).toBe(true);
    rmSync(paths.home, { recursive: true, force: true });
  });

  withJars(
    'moves a home first run with authentication off to a generated password',
    async () => {
      const env = scratch(17871, 17872);
      const paths = serverPaths(env);
      const o = serverOptions(env);
      for (const d of [paths.conf, paths.logs, paths.run]) mkdirSync(d, { recursive: true });
      writeFileSync(join(paths.conf, 'neo4j.conf'), neo4jConf(paths, o).replace('auth_enabled=true', 'auth_enabled=false'));
      const old = spawn(
        findJava(env),
        [
          ...jvmOptions(o),
          '-cp',
          `${paths.lib}/*`,
          'org.neo4j.server.CommunityEntryPoint',
          `--home-dir=${paths.home}`,
          `--config-dir=${paths.conf}`,
        ],
        { stdio: 'ignore' },
      );
      const uri = `bolt://127.0.0.1:${o.boltPort}`;
      try {
        while ((await probeBolt(uri, { user: 'neo4j', password: 'anything' })) !== 'up') await new Promise((r) => setTimeout(r, 500));
      } finally {
        old.kill('SIGTERM');
        await new Promise((r) => old.once('exit', r));
      }
      try {
        const s = await start({ env });
        expect(s).toMatchObject({ running: true, auth: true });
        const password = readPassword(paths)!;
        expect(password).toMatch(/^[\w-]{32}$/);
        expect(await probeBolt(uri, { user: 'neo4j', password })).toBe('up');
        expect(await probeBolt(uri, { user: 'neo4j', password: 'neo4j' })).toBe('refused');
      } finally {
        await stop({ env });
        rmSync(paths.home, { recursive: true, force: true });
      }
    },
    400_000,
  );
});
