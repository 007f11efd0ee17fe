/**
 * Coreference (ingest/extract/coref.ts): an "it" that stands for no name: an extraposition ("it is
 * easy to ...", "it seems that ...", expletive), left unresolved, and an "it" that stands for an
 * event the text has named ("denied any role in it", "Washington denounced it", eventAntecedent).
 * Coref tries both before the pronoun resolver.
 */
import type { Token } from '../../parse.js';
import type { Mention } from '../../types.js';
import { LEX, nominalPredicate } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { breakAfter, has, isPrep } from '../tokens.js';

const BE = new Set([
  'is',
  'was',
  "'s",
  'be',
  'been',
  'being',
  'seems',
  'seemed',
  'looks',
  'looked',
  'remains',
  'remained',
  'becomes',
  'became',
]);
const AUX = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'has',
  'have',
  'had',
  'not',
  "n't",
  'also',
  'still',
]);
/** Degree words before the adjective: "it is now as easy to ...", "it is so hard to ...". */
const DEGREE = new Set(['as', 'so', 'too', 'more', 'less', 'very', 'quite', 'far', 'much', 'even', 'now', 'never', 'always']);
const COMPLEMENTS = new Set(['to', 'that', 'whether', 'if', 'how', 'why', 'for', 'what', 'when']);
const RAISING = new Set(['seems', 'seemed', 'appears', 'appeared', 'emerged', 'transpired']);

/**
 * "it is easy to insert fake files", "it was not clear whether ...", "it seems that ...": an
 * extraposition `it` stands for the clause that follows, not for any entity (data: pronouns.json).
 */
export function expletive(ts: readonly Token[], e: number): boolean {
  let k = e;
  while (AUX.has(ts[k]?.norm ?? '')) k++;
  if (RAISING.has(ts[k]?.norm ?? '') && ts[k + 1]?.norm === 'that') return true;
  // "It would take a mighty piece of work to feel worthwhile", "it took the firm three years to
  // build": a span of time or an effort "it" takes before an infinitive (not "it had taken remedial
  // actions to address", "It took the action to try").
  if (ts[k]?.root === 'take') {
    const modal = k > e && has(ts[k - 1], 'Modal');
    for (let j = k + 1; j < k + 10 && ts[j] && !breakAfter(ts[j - 1]); j++) {
      if (ts[j]!.norm === 'to') {
        const span = ts.slice(k + 1, j);
        const amount = span.some((t) => has(t, 'Duration') || has(t, 'Value'));
        return has(ts[j + 1], 'Infinitive') && (amount || (modal && /^(?:a|an)$/.test(span[0]?.norm ?? '')));
      }
      if (has(ts[j], 'Verb') && !has(ts[j], 'Noun')) return false;
    }
    return false;
  }
  if (!BE.has(ts[k]?.norm ?? '')) return false;
  k++;
  while (AUX.has(ts[k]?.norm ?? '') || DEGREE.has(ts[k]?.norm ?? '') || (has(ts[k], 'Adverb') && !has(ts[k], 'Adjective'))) k++;
  let last: Token | undefined;
  while (has(ts[k], 'Adjective') || LEX.extraposition.has(ts[k]?.norm ?? '') || (last && ts[k]?.norm === 'and')) {
    if (ts[k]?.norm !== 'and') last = ts[k];
    k++;
  }
  // "it was keen to point out": a control adjective has a real subject; "that"/"whether" never does.
  // (a comparative by its root: "it would have been safer to seek")
  const next = ts[k]?.norm ?? '';
  const extraposing = !!last && (LEX.extraposition.has(last.norm) || LEX.extraposition.has(last.root));
  return !!last && (next === 'to' || next === 'for' ? extraposing : COMPLEMENTS.has(next));
}

/**
 * "condemned the attack and denied any role in it": "it" after a relation noun's preposition
 * ("role in", "responsibility for") stands for the nearest event before it in its sentence; right
 * after a verb whose object is an event ("Washington denounced it", cues.json eventObjectVerbs), for
 * the nearest event of its sentence or the one before.
 */
export function eventAntecedent(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const at = info[i]!.s;
  const prep = ts[at - 1]?.norm ?? '';
  const judged = has(ts[at - 1], 'Verb') && LEX.eventObjectVerbs.has(ts[at - 1]!.root);
  if (!judged && !nominalPredicate(ts[at - 2]?.norm ?? '', prep)) return undefined;
  const reach = ms[i]!.sentence - (judged ? 1 : 0);
  let nearest: number | undefined;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= reach; j--) {
    if (info[j]!.kind !== 'event') continue;
    nearest ??= j;
    // (an argument of its clause, not the complement of a preposition: "called the attack a prelude to an attempted coup")
    if (!judged || !inPhrase(ts, info[j]!)) return ms[j]!.corefOf ?? j;
  }
  return nearest === undefined ? undefined : (ms[nearest]!.corefOf ?? nearest);
}

/** Whether a mention on its sentence's tokens stands after a preposition ("to an attempted coup"). */
function inPhrase(ts: readonly Token[], m: MentionInfo): boolean {
  let k = m.s - 1;
  while (k >= 0 && (has(ts[k], 'Determiner') || has(ts[k], 'Adjective'))) k--;
  return isPrep(ts[k]);
}

/**
 * "Phil Shiner described it as "a historic day"", "hailed it as", "saw it as": an "it" a verb
 * describes "as" something stands for a decision, an event or a text, never a place or a person.
 */
export function describedAs(ts: readonly Token[], m: MentionInfo): boolean {
  return has(ts[m.s - 1], 'Verb') && ts[m.e]?.norm === 'as' && !has(ts[m.s - 1], 'Copula');
}
