/** Entity-level word lists that lexicon.ts does not load (ingest/data/groups.json). No logic here. */
import groups from '../data/groups.json' with { type: 'json' };

/** Common nouns that make a lowercase noun phrase an organisation mention ("the government"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(groups.orgNouns);
/** The same, only with a place or name before them ("the US bankruptcy court", "the Bush administration"). */
export const ORG_NOUNS_QUALIFIED: ReadonlySet<string> = new Set(groups.orgNounsQualified);
/** Honorifics after which one word is enough of a name ("Home Office Minister Lord Falconer"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'lord',
  'lady',
  'sir',
  'dame',
  'baroness',
  'baron',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
]);
