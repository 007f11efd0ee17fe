/**
 * Connection settings: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE), read from the
 * environment or a `.env` file in the current directory. The defaults match the local server that
 * `kg neo4j start` runs (auth disabled, loopback only), so nothing needs configuring to begin.
 */
import { existsSync } from 'node:fs';
import { parse } from 'dotenv';
import { readFileSync } from 'node:fs';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when NEO4J_URI was set by the user (a server kg does not manage). */
  external: boolean;
}

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;

/** Environment merged over `.env` (the environment wins). */
export function settings(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): Record<string, string | undefined> {
  const file = existsSync(dotenvPath) ? parse(readFileSync(dotenvPath)) : {};
  return { ...file, ...env };
}

export function loadConfig(env: Record<string, string | undefined> = settings()): Neo4jConfig {
  const boltPort = Number(env.KG_BOLT_PORT ?? DEFAULT_BOLT_PORT);
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${boltPort}`,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'neo4j',
    database: env.NEO4J_DATABASE || undefined,
    external: Boolean(env.NEO4J_URI),
  };
}
