/**
 * The neo4j.conf kg writes for its local server: loopback only, authentication on (the password
 * is set on first start: auth.ts), LOAD CSV without file URLs and with an empty import folder (a
 * second wall behind the query guard, graph/guard.ts), modest memory.
 */
import { settings, type Settings } from '../settings.js';
import type { ServerPaths } from './paths.js';

export interface ServerOptions {
  host: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

export function serverOptions(env: Settings = settings()): ServerOptions {
  return {
    host: env.KG_NEO4J_HOST || '127.0.0.1',
    boltPort: Number(env.KG_BOLT_PORT || 7687),
    httpPort: Number(env.KG_HTTP_PORT || 7474),
    heap: env.KG_NEO4J_HEAP || '1g',
    pageCache: env.KG_NEO4J_PAGECACHE || '512m',
  };
}

export function neo4jConf(paths: ServerPaths, o: ServerOptions): string {
  return [
    '# Written by `kg neo4j start` on every start; edit KG_* environment variables instead.',
    `server.default_listen_address=${o.host}`,
    `server.default_advertised_address=${o.host}`,
    `server.bolt.listen_address=:${o.boltPort}`,
    // Advertised too, or the HTTP discovery document (GET /) and Neo4j Browser point at 7687.
    `server.bolt.advertised_address=:${o.boltPort}`,
    `server.http.listen_address=:${o.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.import=${paths.import}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    '# A private server on loopback, with authentication: the password is in auth/password.',
    'dbms.security.auth_enabled=true',
    '# LOAD CSV may not read local files (kg also refuses LOAD CSV in user queries).',
    'dbms.security.allow_csv_import_from_file_urls=false',
    'dbms.usage_report.enabled=false',
    'db.transaction.timeout=300s',
    '',
  ].join('\n');
}

/** The JVM options the stock neo4j.conf passes as server.jvm.additional. */
export function jvmOptions(o: ServerOptions): string[] {
  return [
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}
