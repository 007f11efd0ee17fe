/**
 * Subject layer (ingest/extract/subject.ts): the tests findSubject's coordination rules use to
 * decide which earlier clause a coordinated verb goes on with ("Fallon asked Brown whether ..., and
 * said that ..."), and what it shares with it: the same verb form, the negation of its chain.
 */
import type { Token } from '../../parse.js';
import type { Clause, VerbGroup } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { has } from '../tokens.js';
import { mainClause } from './shared.js';

/** A verb group negated by "not" or by a verb of refusing in its chain ("is to refuse to release"). */
export const negated = (ts: readonly Token[], vg: VerbGroup): boolean =>
  vg.neg || ts.slice(vg.s, vg.head).some((t) => has(t, 'Verb') && LEX.negationVerbs.has(t.root || t.norm));

const FORMS = ['Infinitive', 'PastTense', 'Gerund', 'Participle', 'PresentTense'];
/** Whether two verbs have the same form ("buy or sell", not "did not resign and left"). */
export const sameForm = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && FORMS.every((f) => has(a, f) === has(b, f));

/** The clause goes on with an earlier one: that clause's subject, joined to it. */
export function goOnWith(c: Clause, host: Clause, earlier: readonly Clause[]): void {
  c.subj = host.subj;
  c.coordWith = earlier.indexOf(host);
  c.rules.push('coord-subj');
}

const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'whether', 'where', 'when']);

/** A clause that is the sentence's own statement (not a question, relative or subordinate clause). */
export const ownStatement = (ts: readonly Token[], m: Clause): boolean => {
  if (!mainClause(ts, m)) return false;
  const before = ts[m.subj!.s - 1];
  // Not a complement ("says the Council will adopt", "said that ...") nor a question ("how it affected").
  return !before || !(WH_OPENERS.has(before.norm) || before.norm === 'that' || has(before, 'Verb'));
};
