/**
 * kg's one settings reader: the client, the local server's conf and the CLI all take their ports,
 * home and password from the environment over `.env` — `.env` with KG_BOLT_PORT=7999 moves both.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, settings } from '../../graph/config.js';
import { neo4jConf, serverOptions } from '../../graph/server/conf.js';
import { serverPaths } from '../../graph/server/paths.js';
import { kg } from '../utils/cli.js';

/** A working directory with a `.env`, and a server home holding a password file. */
function project(dotenv: string): { dir: string; home: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-settings-'));
  const home = join(dir, 'neo4j-home');
  mkdirSync(join(home, 'auth'), { recursive: true });
  writeFileSync(join(home, 'auth', 'password'), 'from-the-file\n', { mode: 0o600 });
  writeFileSync(join(dir, '.env'), `${dotenv}\nKG_NEO4J_HOME=${home}\n`);
  return { dir, home };
}

describe('settings', () => {
  it('gives the client and the server the same ports from .env, the environment winning', () => {
    const { dir } = project('KG_BOLT_PORT=7999\nKG_HTTP_PORT=7998');
    const s = settings({}, join(dir, '.env'));
    expect(loadConfig(s).uri).toBe('bolt://127.0.0.1:7999');
    expect(neo4jConf(serverPaths(s), serverOptions(s))).toMatch(
      /server\.bolt\.listen_address=:7999\n[\s\S]*server\.http\.listen_address=:7998/,
    );
    expect(loadConfig(settings({ KG_BOLT_PORT: '7001' }, join(dir, '.env'))).uri).toBe('bolt://127.0.0.1:7001');
  });

  it('is what the kg command reads: neo4j status and query agree on the port from .env', () => {
    const { dir } = project('KG_BOLT_PORT=7999\nKG_HTTP_PORT=7998');
    const env = { NEO4J_URI: '', KG_BOLT_PORT: undefined, KG_HTTP_PORT: undefined, KG_NEO4J_HOME: undefined, NEO4J_PASSWORD: undefined };
    expect(kg(['neo4j', 'status'], env, dir).stdout).toContain('bolt://127.0.0.1:7999');
    expect(kg(['query', 'RETURN 1'], env, dir).stderr).toContain('bolt://127.0.0.1:7999');
  });

  it('uses the local password file, unless NEO4J_PASSWORD is set or the server is remote', () => {
    const { dir } = project('');
    const s = (extra: Record<string, string>) => loadConfig(settings(extra, join(dir, '.env')));
    expect(s({})).toMatchObject({ user: 'neo4j', password: 'from-the-file', external: false });
    expect(s({ NEO4J_PASSWORD: 'mine' }).password).toBe('mine');
    expect(s({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).password).toBe('from-the-file');
    expect(s({ NEO4J_URI: 'neo4j+s://db.example.com:7687' }).password).toBe('neo4j');
    expect(s({ NEO4J_URI: 'bolt://127.0.0.1.evil.example:7687' }).password).toBe('neo4j');
  });
});
