/**
 * Subject layer (ingest/extract/subject.ts): the tests findSubject's coordination rules use to
 * decide which earlier clause a coordinated verb goes on with ("Fallon asked Brown whether ..., and
 * said that ..."), and what it shares with it: the same verb form, the negation of its chain.
 */
import { pastLikeBare, type Token } from '../../parse.js';
import type { Clause, Span, VerbGroup } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { has, hasAny, isConj } from '../tokens.js';
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

/**
 * "Jack McConnell was speaking ... about binge drinking and drink promotions": a lone bare present
 * after "and" shares no helper with a past verb group `shared` (not "will travel ... and meet",
 * "wants to cut taxes and reduce", "did not resign or leave") and does not agree with a person's
 * name as subject: it is no verb of that subject.
 */
export function unagreeing(ts: readonly Token[], vg: VerbGroup, shared: VerbGroup, subj: Span | null): boolean {
  const past = ts.slice(shared.s, shared.e).some((t) => has(t, 'PastTense') || /^(?:was|were|had)$/.test(t.norm));
  const helper = ts.slice(shared.s - 1, shared.e).some((t) => has(t, 'Modal') || /^(?:to|did|do|does)$/.test(t.norm));
  return vg.e === vg.s + 1 && bareVerb(ts[vg.s]) && past && !helper && singular(ts, subj);
}

/** A bare present verb form with no helper ("drink", "remain"; not "drinks", "drank", "be", nor "quit", a past too). */
const bareVerb = (t: Token | undefined): boolean =>
  !!t &&
  /^\p{Ll}+$/u.test(t.text) &&
  hasAny(t, 'Infinitive', 'PresentTense') &&
  !hasAny(t, 'PastTense', 'Gerund', 'Copula', 'Auxiliary', 'Modal') &&
  !/s$/.test(t.norm) &&
  !pastLikeBare(t.norm);

/**
 * A subject that takes an -s verb: one person's name (not a list, a pronoun, nor a team's or a
 * group's name, which British English gives a plural verb: "Chelsea beat Arsenal and remain top").
 */
function singular(ts: readonly Token[], sp: Span | null): boolean {
  if (!sp) return false;
  const span = ts.slice(sp.s, sp.e);
  const head = span.at(-1);
  if (!head || span.some((t) => isConj(t) || /,/.test(t.post)) || hasAny(head, 'Plural', 'Pronoun')) return false;
  return has(head, 'Person') && has(head, 'ProperNoun');
}
