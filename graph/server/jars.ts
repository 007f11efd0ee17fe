/**
 * Neo4j Community from Maven Central: `org.neo4j:neo4j` (which pulls in the kernel, Cypher, Bolt
 * and `org.neo4j.app:neo4j-server`, home of `org.neo4j.server.CommunityEntryPoint`) and
 * `org.neo4j.client:neo4j-browser` (served at /browser/), copied with their runtime dependencies
 * into the cache by `mvn dependency:copy-dependencies`. The cache is stamped with a hash of the
 * pom: when the pom changes, the new jars are resolved again and added next to the old ones
 * (never deleted: a running server may still be reading them).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kgError } from '../../ingest/errors.js';
import { settings, type Settings } from '../settings.js';
import { NEO4J_VERSION, type ServerPaths } from './paths.js';

const MARKER = '.complete';

/** What the marker holds: the Neo4j version and a hash of the pom the jars were resolved from. */
const stamp = (paths: ServerPaths): string =>
  `${NEO4J_VERSION} ${createHash('sha1').update(readFileSync(paths.pom)).digest('hex').slice(0, 12)}\n`;

export function jarsPresent(paths: ServerPaths): boolean {
  try {
    return readFileSync(join(paths.lib, MARKER), 'utf8') === stamp(paths);
  } catch {
    return false;
  }
}

/** Make sure the jars are in the cache; downloads them with Maven the first time. */
export function ensureJars(paths: ServerPaths, log: (line: string) => void = () => {}, env: Settings = settings()): void {
  if (jarsPresent(paths)) return;
  const mvn = env.KG_MVN ?? 'mvn';
  if (spawnSync(mvn, ['-v'], { stdio: 'ignore' }).error) {
    throw kgError(
      'MAVEN_MISSING',
      'Maven (mvn) is not installed; it fetches the Neo4j jars',
      'install Maven (apt-get install maven) or use docker compose up -d',
    );
  }
  const update = existsSync(join(paths.lib, MARKER));
  log(
    update
      ? `kg: the Neo4j pom changed; adding its new jars (Neo4j Browser) to ${paths.lib}…`
      : `kg: fetching Neo4j ${NEO4J_VERSION} jars with Maven into ${paths.lib} (once)…`,
  );
  const tmp = `${paths.lib}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(paths.lib), { recursive: true });
  const r = spawnSync(
    mvn,
    [
      '-q',
      '-B',
      '-f',
      paths.pom,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${tmp}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !existsSync(tmp) || readdirSync(tmp).length < 50) {
    const why = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').find((l) => /ERROR/.test(l)) ?? `exit ${r.status}`;
    throw kgError(
      'MAVEN_FAILED',
      `Maven could not fetch the Neo4j jars: ${why.replace(/\u001b\[[0-9;]*m/g, '').trim()}`,
      'check that Maven Central is reachable, or use docker compose up -d',
    );
  }
  if (update) {
    for (const f of readdirSync(tmp)) if (!existsSync(join(paths.lib, f))) copyFileSync(join(tmp, f), join(paths.lib, f));
    rmSync(tmp, { recursive: true, force: true });
  } else {
    rmSync(paths.lib, { recursive: true, force: true });
    renameSync(tmp, paths.lib);
  }
  writeFileSync(join(paths.lib, MARKER), stamp(paths));
}
