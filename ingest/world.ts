/**
 * The world (ingest/types.ts World) is loaded once per process at its edge: a missing or
 * malformed alias file fails there, before any worker starts. Workers get it as plain data
 * (the alias groups) and rebuild it once.
 */
import { AliasTable, loadAliasGroups, type AliasGroup } from './resolve/aliases.js';
import type { World } from './types.js';

/** The world as plain data, for a worker thread. */
export interface WorldData {
  aliasGroups: AliasGroup[];
}

export const worldFrom = (data: WorldData): World => ({ aliases: new AliasTable().addGroups(data.aliasGroups) });

export const worldData = (world: World): WorldData => ({ aliasGroups: world.aliases.groups() });

/** Shipped aliases plus the user's file ($KG_ALIASES, else ./aliases.tsv); throws BAD_ALIAS_FILE. */
export const loadWorld = (env: NodeJS.ProcessEnv = process.env): World => worldFrom({ aliasGroups: loadAliasGroups(env) });
