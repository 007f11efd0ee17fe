/** Builders for constructed resolution inputs (no NLP involved). */
import { AliasTable, parseAliases } from '../../../ingest/resolve/aliases.js';
import { kindOf, namesKey } from '../../../ingest/resolve/keys.js';
import { fullness, parseName } from '../../../ingest/resolve/normalize.js';
import type { Article, EntityType, LocalEntity, LocalExtraction, Mention } from '../../../ingest/types.js';

export const testAliases = (): AliasTable =>
  new AliasTable().addGroups(
    parseAliases(
      [
        'United States\tUS\tU.S.\tUSA',
        'Popular Mobilization Forces\tPMF\tPMU\tPopular Mobilization Units\tHashed al-Shaabi\tHasd al-Saabi',
        'Kataib Hezbollah\tHezbollah Brigades\tKatib Hezbollah',
        'Asaib Ahl al-Haq\tAsaib\tAAH',
      ].join('\n'),
      'test-aliases',
    ),
  );

/** Mentions from [name, type] pairs, one per sentence. */
export const mentionsOf = (pairs: [string, EntityType][]): Mention[] =>
  pairs.map(([name, type], i) => ({ text: name, name, type, sentence: i, start: i * 100, end: i * 100 + name.length }));

export const local = (localId: string, name: string, type: EntityType, aliases: string[] = [], mentions = 1): LocalEntity => ({
  localId,
  name,
  type,
  aliases,
  mentions,
  merges: [],
});

/** A local entity with the key, scope, kind and counts the cluster stage would give it. */
export function keyed(localId: string, name: string, type: EntityType, aliases: string[] = [], mentions = 1): LocalEntity {
  const names = [name, ...aliases].map((n) => parseName(n, type)).sort((a, b) => fullness(b) - fullness(a));
  const k = namesKey(type, names);
  return {
    ...local(localId, name, type, aliases, mentions),
    key: k.key,
    scope: k.scope,
    kind: kindOf(type, undefined, names[0]!),
    counts: { [name]: mentions },
    votes: { [type]: mentions },
  };
}

/** A bare article with id `id` (no text, no metadata). */
export const article = (id: string): Article => ({
  id,
  source: `${id}.txt`,
  title: id,
  outlet: null,
  url: null,
  publishedAt: null,
  contentHash: id,
  text: '',
});

/** One article's local extraction holding only `entities`. */
export const extraction = (id: string, entities: LocalEntity[]): LocalExtraction => ({
  article: article(id),
  entities,
  relations: [],
  messages: [],
});
