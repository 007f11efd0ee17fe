/**
 * Connection settings: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, read through kg's
 * one settings reader (environment over `.env`, graph/settings.ts). Without NEO4J_URI they point
 * at the local server `kg neo4j start` runs (its ports from the same settings), with the password
 * generated on its first start (`<server home>/auth/password`, graph/server/auth.ts).
 */
import { readPassword } from './server/auth.js';
import { serverOptions } from './server/conf.js';
import { serverPaths } from './server/paths.js';
import { settings, type Settings } from './settings.js';

export { settings, type Settings };

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when NEO4J_URI was set by the user (a server kg does not manage). */
  external: boolean;
}

const LOOPBACK = /^[a-z+]+:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/i;

export function loadConfig(s: Settings = settings()): Neo4jConfig {
  const o = serverOptions(s);
  const uri = s.NEO4J_URI || `bolt://${o.host}:${o.boltPort}`;
  const external = Boolean(s.NEO4J_URI);
  // The local password file is only offered to a server on this machine, never to a remote one.
  const local = !external || LOOPBACK.test(uri) ? readPassword(serverPaths(s)) : null;
  return {
    uri,
    user: s.NEO4J_USER || 'neo4j',
    password: s.NEO4J_PASSWORD || local || 'neo4j',
    database: s.NEO4J_DATABASE || undefined,
    external,
  };
}
