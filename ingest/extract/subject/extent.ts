/**
 * Subject layer (ingest/extract/subject.ts): how far the subject phrase reaches. The noun phrase
 * right before a verb may sit inside a larger one: a preposition's object ("the survey of
 * consumers in the UK"), a place after a plural ("people in the Maldives"), a participle clause on
 * the subject ("Firms selling goods to China"), a gerund clause that is itself the subject
 * ("Selling the unit to Ford would give"); the subject is then the larger phrase, or none. Also
 * the tail an inverted speaker may carry to the sentence's end ("says a report by the IFS").
 */
import type { Token } from '../../parse.js';
import type { Clause, Span, VerbGroup } from '../clauses.js';
import { LEX, PREPOSITION_GERUNDS } from '../lexicon.js';
import { npLeft } from '../phrases.js';
import { THINGS } from '../things.js';
import { breakAfter, has, isConj, isNounAt, isPrep, isVerbal, tensed } from '../tokens.js';
import { opensClause } from './shared.js';

/**
 * "Selling the unit to Ford would give the firm cash", "Allowing Turkey to join the EU would
 * strengthen Europe", "said reopening the Waverley Line would restore the area's prosperity": a
 * gerund clause that opens the sentence, or what a verb of saying or "that" introduces, and runs on
 * to the verb with no comma, is that verb's subject; no noun phrase inside it is ("Ford", "the
 * EU", "the Waverley Line"). Not a participle set off by a comma ("Speaking at a BMW event, Helmut
 * Panke predicted"), nor an -ing preposition.
 */
export function insideGerundSubject(ts: readonly Token[], earlier: readonly Clause[], np: Span, k: number): boolean {
  const g = earlier.findLast((c) => c.vg.e <= np.s);
  if (!g || g.subj || !has(ts[g.vg.head], 'Gerund') || PREPOSITION_GERUNDS.has(ts[g.vg.head]!.norm)) return false;
  let b = g.vg.s;
  while (b > 0 && has(ts[b - 1], 'Adverb') && !breakAfter(ts[b - 1])) b--;
  const before = ts[b - 1];
  const opener = !before || (!breakAfter(before) && (before.norm === 'that' || (has(before, 'Verb') && LEX.reporting.has(before.root))));
  if (!opener || ts.slice(g.vg.s, k - 1).some(breakAfter)) return false;
  // The phrase is the gerund's complement when a preposition or verb leads into it ("to Ford", "to
  // join the EU"); "Fuming Robinson blasts", "Engineering firm Balfour Beatty ... are" have none. A
  // finite verb between makes it another clause's subject ("Shooting ... is expected to begin once
  // Campbell has finished").
  // A subject pronoun is the verb's own ("Speaking after a summit meeting he said"), and one after
  // "that" or another subordinator is the inner clause's ("Turning to fears that the US was poised").
  const mid = ts.slice(g.vg.e, np.s);
  const leads = (t: Token): boolean => isPrep(t) || t.norm === 'to' || (has(t, 'Verb') && /^\p{Ll}/u.test(t.text));
  const opens = (t: Token): boolean => tensed(t) || LEX.subordinators.has(t.norm) || LEX.relativePronouns.has(t.norm);
  const pronoun = np.e - np.s === 1 && SUBJECT_PRONOUNS.has(ts[np.s]!.norm);
  // A determiner right after the -ing word makes it a verb ("reopening the Waverley Line").
  const object = has(ts[g.vg.e], 'Determiner') || (has(ts[g.vg.e], 'Possessive') && has(ts[g.vg.e], 'Pronoun'));
  return !pronoun && (object || mid.some(leads)) && !mid.some(opens);
}
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);

/**
 * "..., says a report by the Institute for Fiscal Studies", "said analyst Erling Refsum at Nomura": a
 * speaker (a document, a person noun or a person's name) and a phrase saying whose, to the sentence's end.
 */
export function sourceTail(ts: readonly Token[], e: number): boolean {
  const head = ts[e - 1]!;
  if (!(THINGS.speakers.has(head.norm) || has(head, 'Person') || has(head, 'Actor'))) return false;
  if (!/^(?:by|from|at|for)$/.test(ts[e]?.norm ?? '')) return false;
  for (let k = e + 1; k < ts.length && ts[k]!.text; k++) {
    if (has(ts[k], 'Verb') && !isNounAt(ts, k)) return false;
    if (breakAfter(ts[k])) return !ts[k + 1]?.text;
  }
  return true;
}

/** Prepositions that open a quantity, not a modifier ("more than 100 workers were killed"). */
const QUANTITY_PREPS = new Set(['than', 'to', 'about', 'around', 'over', 'under', 'like', 'as']);

/**
 * A subject phrase that is the object of a preposition is no subject: after a noun, that noun's
 * phrase is ("the survey of consumers in the UK, France and the Netherlands was carried out" →
 * survey of consumers; "The company named in the lawsuit denied" → company); after
 * a verb ("refuse to comply with the law will face") the clause has no subject we can read (null).
 * Undefined when the phrase is no prepositional object. Coordinated conjuncts are walked over.
 */
export function prepObject(ts: readonly Token[], sp: Span, floor: number): Span | null | undefined {
  let s = sp.s;
  // Over a comma list ending in "and"/"or" ("the UK, France, Germany and the Netherlands"); "X and Y"
  // alone may join two clauses ("sell cars to them and both companies broke even"), so not over that.
  let list = s;
  let commas = 0;
  const joined = ts.slice(sp.s, sp.e).some(isConj); // "Germany and the Netherlands" already in the span
  for (let n = 0; n < 8; n++) {
    const link = ts[list - 1];
    const comma = !!link && /^,\s*$/.test(link.post) && !isConj(link);
    const at = isConj(link) && n === 0 && !joined ? list - 1 : comma && (n > 0 || joined) ? list : -1;
    const left = at > floor ? npLeft(ts, at, floor) : null;
    if (!left) break;
    if (comma) commas++;
    list = left.s;
    // "in England or Wales must register": two places joined are one prepositional object.
    const places = has(ts[sp.e - 1], 'Place') && has(ts[left.e - 1], 'Place');
    // "The clash between Yukos and the Kremlin came": a pair a preposition after a noun takes is one object.
    // (not "was off target with the conversion and Dan Parks then missed": the noun must open the clause)
    const holder =
      isPrep(ts[left.s - 1]) && has(ts[left.s - 2], 'Noun') && !has(ts[left.s - 2], 'Pronoun') ? npLeft(ts, left.s - 1, floor) : null;
    const pair =
      n === 0 &&
      /^(?:and|or)$/.test(link?.norm ?? '') &&
      !breakAfter(ts[left.e - 1]) &&
      !has(ts[sp.s], 'Pronoun') &&
      !!holder &&
      !breakAfter(ts[holder.e - 1]) &&
      opensClause(ts, holder.s);
    if (commas > 0 || (n === 0 && (places || pair) && !joined)) s = list;
  }
  const prep = ts[s - 1];
  const head = ts[s - 2];
  // "The Project and Contract Office (PCO) in Baghdad said": a bracketed short name is the phrase's head.
  const bracketed = !!head && /^\(/.test(head.pre) && /^\)\s*$/.test(head.post);
  if (s - 1 < floor || s < 2 || !isPrep(prep) || breakAfter(prep) || (breakAfter(head) && !bracketed)) return undefined;
  // "surprised if Iran ordered", "understand why the Tories will be gunning for": a clause opener.
  const opener = LEX.subordinators.has(prep!.norm) || LEX.conditionals.has(prep!.norm) || /^(?:why|how)$/.test(prep!.norm);
  // "Shops all over the UK reported": "all" between the noun and its preposition.
  const all = head?.norm === 'all' && s - 3 >= floor && has(ts[s - 3], 'Noun') && !breakAfter(ts[s - 3]) ? 1 : 0;
  // "Tony Blair rather than Michael Howard should form", "Google instead of Yahoo won": the one preferred.
  if ((prep!.norm === 'than' && head?.norm === 'rather') || (prep!.norm === 'of' && head?.norm === 'instead')) {
    const left = s - 3 >= floor && !breakAfter(ts[s - 3]) ? npLeft(ts, s - 2, floor) : null;
    return left && opensClause(ts, left.s) ? left : null;
  }
  // ("links to Opus Dei", "a row over pay": "to", "about" or "over" opens a quantity only before one;
  // not after a title: "Chief Secretary to the Treasury Paul Boateng attacked")
  const role = !!head && (LEX.titles.has(head.norm) || LEX.personRoles.has(head.norm));
  const quantity = QUANTITY_PREPS.has(prep!.norm) && (!/^(?:to|about|over)$/.test(prep!.norm) || has(ts[s], 'Value') || role);
  if ((quantity && !all) || opener || has(head, 'Value')) return undefined;
  if (all || (s - 2 >= floor && has(head, 'Noun') && !has(head, 'Pronoun') && !has(head, 'Verb'))) {
    const left = npLeft(ts, s - 1 - all, floor);
    if (!left) return undefined;
    // The noun phrase opens a clause; else it is the object of the verb before ("play a leading role in ...").
    return opensClause(ts, left.s) ? { s: left.s, e: sp.e } : null;
  }
  // "growth of music services available on the net will continue to drive": after an adjective that
  // follows its noun, the phrase belongs to that noun, and the subject is the noun phrase (if it opens the clause).
  if (
    has(head, 'Adjective') &&
    !has(head, 'Noun') &&
    !has(head, 'Verb') &&
    s - 2 > floor &&
    has(ts[s - 3], 'Noun') &&
    !breakAfter(ts[s - 3])
  ) {
    const left = npLeft(ts, s - 2, floor);
    return left && opensClause(ts, left.s) ? { s: left.s, e: sp.e } : null;
  }
  // ("the worm spotted recently by Spamhaus | routes": over adverbs after the participle)
  let v = s - 2;
  while (v >= floor && v > 0 && has(ts[v], 'Adverb') && !has(ts[v], 'Noun') && !breakAfter(ts[v - 1])) v--;
  const verb = ts[v];
  if (!has(verb, 'Verb') || has(verb, 'Auxiliary') || has(verb, 'Copula')) return undefined;
  // "The company named in the lawsuit | denied": a participle after a clause-opening noun phrase modifies it.
  const noun = has(verb, 'PastTense') || has(verb, 'Participle') ? npLeft(ts, v, 0) : null;
  if (noun && opensClause(ts, noun.s)) return noun;
  // After the verb before this clause ("comply with the law | will face"), or after a verb inside it.
  return null;
}

/**
 * "Firms selling goods to China must pay", "Anyone planning to move to the UK will have to pass": a
 * phrase after a preposition inside a participle clause on the subject is no subject; the noun the
 * participle follows, at the clause's opening, is (before an infinitive's clause: "planning to move").
 */
export function reducedClauseSubject(ts: readonly Token[], sp: Span): Span {
  const prep = ts[sp.s - 1];
  // (compromise may tag "to" a conjunction: "exporting to Iran")
  if (!prep || !(isPrep(prep) || prep.norm === 'to') || /^(?:of|for)$/.test(prep.norm) || LEX.subordinators.has(prep.norm)) return sp;
  for (let g = sp.s - 2; g > 0 && g >= sp.s - 8; g--) {
    const t = ts[g]!;
    if (breakAfter(t) || (isVerbal(ts, g) && !has(t, 'Gerund') && !has(t, 'Infinitive') && !has(t, 'Participle'))) return sp;
    // (compromise may read "planning" before "to move" as a noun)
    const infinitive = ts[g + 1]?.norm === 'to' && has(ts[g + 2], 'Infinitive');
    const participle = /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && (isVerbal(ts, g) || infinitive) && !has(t, 'Adjective');
    if (!participle) continue;
    const head = npLeft(ts, g, 0);
    const before = head ? ts[head.s - 1] : undefined;
    const opens =
      !before || breakAfter(before) || isConj(before) || before.norm === 'that' || LEX.reporting.has(before.root ?? before.norm);
    return head && opens && !breakAfter(ts[head.e - 1]) ? head : sp;
  }
  return sp;
}

/**
 * "Roy Tansley, from Derby developed", "Andrew Fisher, from Omaha, Nebraska, said", "David Redvers,
 * 34, from Hartpury, Gloucestershire, said", "Mr Johnson, MP for Henley-on-Thames, Oxfordshire,
 * said": where someone is from, or the place of their role, is no subject; the name before the
 * aside is.
 */
export function nameBeforeAside(ts: readonly Token[], sp: Span, floor: number): Span {
  const place = sp.e - sp.s === 1 && has(ts[sp.s], 'Place');
  let at = sp.s - 1;
  if (place && has(ts[at], 'ProperNoun') && breakAfter(ts[at])) at--; // (over a town before its county)
  let name: number; // the name's last word, before the aside's comma
  if (ts[at]?.norm === 'from') {
    name = at - 1;
    // (over an age between commas)
    if (has(ts[name], 'Value') && /,/.test(ts[name]?.post ?? '') && /,/.test(ts[name - 1]?.post ?? '')) name--;
    if (name <= floor) return sp;
  } else {
    while (at > floor && has(ts[at], 'Hyphenated')) at--; // (over "Henley-on-")
    let role = at;
    while (role > floor + 1 && !breakAfter(ts[role - 1])) role--;
    const titled = ts.slice(role, at).some((t) => LEX.titles.has(t.norm) || LEX.personRoles.has(t.norm));
    if (!place || !titled || !/^(?:for|of|in)$/.test(ts[at]?.norm ?? '')) return sp;
    name = role - 1;
  }
  return /,/.test(ts[name]?.post ?? '') && has(ts[name], 'ProperNoun') ? (npLeft(ts, name + 1, floor) ?? sp) : sp;
}

/**
 * "23,500 people in the Maldives are facing poverty", "producers elsewhere in Europe must find":
 * a place after "in" and a plural noun is no subject of a verb with an auxiliary; the plural is,
 * with its place. So after a percentage, before any finite verb ("just 1.3% in the UK are capable
 * of getting high-definition").
 */
export function placedSubject(ts: readonly Token[], sp: Span, floor: number, vg: VerbGroup): Span {
  let k = sp.s - 1;
  const auxiliary = ts.slice(vg.s, vg.head).some((t) => has(t, 'Auxiliary') || has(t, 'Modal'));
  const percent = has(ts[k - 1], 'Percent') && tensed(ts[vg.s]);
  if (ts[k]?.norm !== 'in' || !(auxiliary || percent) || k - 1 <= floor) return sp;
  if (ts[k - 1]!.norm === 'elsewhere' && !breakAfter(ts[k - 2])) k--;
  const head = ts[k - 1];
  if (!head || breakAfter(head) || !(has(head, 'Plural') || percent) || has(head, 'ProperNoun') || isVerbal(ts, k - 1)) return sp;
  const left = npLeft(ts, k, floor) ?? (percent ? { s: k - 1, e: k } : null);
  // The plural opens a clause: not the object of a verb before it ("to tackle skills shortages in key subjects").
  let b = left ? left.s - 1 : -1;
  while (b >= floor && has(ts[b], 'Adverb') && !breakAfter(ts[b])) b--; // ("just 1.3%")
  const before = left ? ts[b] : undefined;
  const opens = !before || breakAfter(before) || isConj(before) || before.norm === 'that' || LEX.reporting.has(before.root ?? before.norm);
  return left && opens ? { s: left.s, e: sp.e } : sp;
}
