/** Builders for constructed resolution inputs (no NLP involved). */
import { AliasTable, parseAliases } from '../../../ingest/resolve/aliases.js';
import type { EntityType, LocalEntity, Mention } from '../../../ingest/types.js';

export const testAliases = (): AliasTable =>
  new AliasTable().addGroups(
    parseAliases(
      ['United States\tUS\tU.S.\tUSA', 'Popular Mobilization Forces\tPMF\tPMU\tPopular Mobilization Units\tHashed al-Shaabi\tHasd al-Saabi', 'Kataib Hezbollah\tHezbollah Brigades\tKatib Hezbollah', 'Asaib Ahl al-Haq\tAsaib\tAAH'].join('\n'),
      'test-aliases',
    ),
  );

/** Mentions from [name, type] pairs, one per sentence. */
export const mentionsOf = (pairs: [string, EntityType][]): Mention[] =>
  pairs.map(([name, type], i) => ({ text: name, name, type, sentence: i, start: i * 100, end: i * 100 + name.length }));

export const local = (localId: string, name: string, type: EntityType, aliases: string[] = [], mentions = 1): LocalEntity => ({ localId, name, type, aliases, mentions, merges: [] });
