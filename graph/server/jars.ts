/**
 * Neo4j Community from Maven Central: `org.neo4j:neo4j` (which pulls in the kernel, Cypher, Bolt
 * and `org.neo4j.app:neo4j-server`, home of `org.neo4j.server.CommunityEntryPoint`), copied with
 * its runtime dependencies into the cache by `mvn dependency:copy-dependencies`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kgError } from '../../ingest/errors.js';
import { settings, type Settings } from '../settings.js';
import { NEO4J_VERSION, type ServerPaths } from './paths.js';

const MARKER = '.complete';

export function jarsPresent(paths: ServerPaths): boolean {
  return existsSync(join(paths.lib, MARKER));
}

/** Make sure the jars are in the cache; downloads them with Maven the first time. */
export function ensureJars(paths: ServerPaths, log: (line: string) => void = () => {}, env: Settings = settings()): void {
  if (jarsPresent(paths)) return;
  const mvn = env.KG_MVN ?? 'mvn';
  if (spawnSync(mvn, ['-v'], { stdio: 'ignore' }).error) {
    throw kgError('MAVEN_MISSING', 'Maven (mvn) is not installed; it fetches the Neo4j jars', 'install Maven (apt-get install maven) or use docker compose up -d');
  }
  log(`kg: fetching Neo4j ${NEO4J_VERSION} jars with Maven into ${paths.lib} (once)…`);
  const tmp = `${paths.lib}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(paths.lib), { recursive: true });
  const r = spawnSync(
    mvn,
    ['-q', '-B', '-f', paths.pom, `-Dneo4j.version=${NEO4J_VERSION}`, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !existsSync(tmp) || readdirSync(tmp).length < 50) {
    const why = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').find((l) => /ERROR/.test(l)) ?? `exit ${r.status}`;
    throw kgError('MAVEN_FAILED', `Maven could not fetch the Neo4j jars: ${why.replace(/\u001b\[[0-9;]*m/g, '').trim()}`, 'check that Maven Central is reachable, or use docker compose up -d');
  }
  writeFileSync(join(tmp, MARKER), `${NEO4J_VERSION}\n`);
  rmSync(paths.lib, { recursive: true, force: true });
  renameSync(tmp, paths.lib);
}
