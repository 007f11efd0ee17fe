/** Finds a Java 17+ runtime: $JAVA_HOME/bin/java, else `java` on the PATH. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { kgError } from '../../ingest/errors.js';
import { settings, type Settings } from '../settings.js';

export function findJava(env: Settings = settings()): string {
  const java = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error)
    throw kgError(
      'JAVA_MISSING',
      `Java was not found (${java}); Neo4j 5.26 needs Java 17 or 21`,
      'install openjdk-17-jre-headless or set JAVA_HOME',
    );
  const m = /version "(\d+)/.exec(r.stderr ?? '');
  const major = m ? Number(m[1]) : 0;
  if (major < 17)
    throw kgError(
      'JAVA_MISSING',
      `Java ${major || '?'} found at ${java}; Neo4j 5.26 needs Java 17 or 21`,
      'install openjdk-17-jre-headless or set JAVA_HOME',
    );
  return java;
}
