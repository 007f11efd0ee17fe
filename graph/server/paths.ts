/**
 * Where the local Neo4j lives: jars in a per-user cache outside the repository (shared by every
 * clone), the server home (conf, data, logs, pid) in the repository's gitignored `.kg/` folder.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settings, type Settings } from '../settings.js';

export const NEO4J_VERSION = '5.26.30';

/** The repository root: the nearest folder above this file that holds package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export interface ServerPaths {
  /** Folder of Neo4j Community jars (resolved by Maven). */
  lib: string;
  /** The pom that names the jars. */
  pom: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  /** LOAD CSV's import folder: kept empty (a second wall behind the query guard). */
  import: string;
  /** Owner-only folder that holds the generated password. */
  auth: string;
  passwordFile: string;
  pidFile: string;
  consoleLog: string;
}

export function serverPaths(env: Settings = settings()): ServerPaths {
  const cache = env.KG_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kg');
  const home = resolve(env.KG_NEO4J_HOME ?? join(repoRoot(), '.kg', 'neo4j'));
  return {
    lib: join(cache, `neo4j-${NEO4J_VERSION}`, 'lib'),
    pom: join(repoRoot(), 'scripts', 'neo4j', 'pom.xml'),
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    plugins: join(home, 'plugins'),
    import: join(home, 'import'),
    auth: join(home, 'auth'),
    passwordFile: join(home, 'auth', 'password'),
    pidFile: join(home, 'run', 'kg-neo4j.json'),
    consoleLog: join(home, 'logs', 'console.log'),
  };
}
