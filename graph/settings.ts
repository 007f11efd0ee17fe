/**
 * kg's one settings reader: the environment merged over a `.env` file in the current directory
 * (the environment wins). The client (graph/config.ts), `kg neo4j start` (graph/server), the
 * explorer and the scripts all read their settings through it, so the server and the client never
 * disagree about a port or a home.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'dotenv';

export type Settings = Record<string, string | undefined>;

export function settings(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): Settings {
  const file = existsSync(dotenvPath) ? parse(readFileSync(dotenvPath)) : {};
  return { ...file, ...env };
}
