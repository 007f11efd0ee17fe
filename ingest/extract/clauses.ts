/**
 * Clause reader: one parsed sentence's tokens → verb groups with subject, object, prepositional
 * arguments and the links between clauses (coordination, relative clauses, complements,
 * subordinators, appositions). Pure and linear in the sentence length. Layers: verbs.ts (verb
 * groups), phrases.ts (noun phrases), subject.ts (subjects, its helpers in subject/); this file
 * wires them and reads the arguments. Shared by graph mode (ingest/extract/relations.ts) and CaRB mode.
 */
import { lexiconTags, type Token } from '../parse.js';
import { ADDRESSEE_VERBS, DITRANSITIVE, hasPredicate, INTRANSITIVE, LEX, NAMING_VERBS } from './lexicon.js';
import { addresseeEnd, npLeft, npRight, OPENS_AFTER_NAME, recipientEnd, roleLike } from './phrases.js';
import { controlledSubjects, findSubject, nounInfinitiveSubjects, ofGerundSubjects } from './subject.js';
import { breakAfter, dashAfter, has, hasAny, isConj, isPrep, isVerbal, tensed } from './tokens.js';
import { isCap, verbGroups, verblessFallback } from './verbs.js';

export { npLeft, npRight } from './phrases.js';

export interface Span {
  s: number;
  e: number;
}
export interface VerbGroup {
  s: number;
  e: number;
  head: number;
  /** Main (non-auxiliary) verbs of a chain such as "sought to marginalize". */
  mains: number[];
  neg: boolean;
  passive: boolean;
  copula: boolean;
  /** Lemma of the head verb plus particle ("carry out"); `first` is the chain's first main verb. */
  lemma: string;
  first: string;
}
export interface PP {
  prep: string;
  at: number;
  np: Span;
}
export interface Clause {
  vg: VerbGroup;
  subj: Span | null;
  obj: Span | null;
  pps: PP[];
  /** Index of the clause this one is the complement or adjunct of, or -1. */
  parent: number;
  /** Subordinating word right before the clause ("if", "because"), lowercased. */
  subord: string | null;
  relAntecedent: Span | null;
  /** For a clause opened by "NOUN that" ("the revelation that ..."): the noun phrase it completes. */
  complementOf?: Span;
  /** Clause whose subject this one shares ("condemned ... and denied"), or -1. */
  coordWith: number;
  /** Token index where this clause's right-hand region ends (next clause or boundary). */
  end: number;
  rules: string[];
}
/** A relative or reduced relative: a clause that describes a phrase rather than stating on its own. */
export const describesPhrase = (c: Clause): boolean => c.rules.includes('rel-subj') || c.rules.includes('reduced-rel');

export interface Apposition {
  name: Span;
  role: Span;
}
export interface SentenceAnalysis {
  clauses: Clause[];
  appositions: Apposition[];
}

/** A second noun phrase right after an object, opened by a determiner, a possessive or an amount ("an injunction", "his warmest congratulations", "$250m"). */
function secondObject(ts: readonly Token[], j: number, limit: number): Span | null {
  const t = ts[j];
  if (!t || breakAfter(ts[j - 1]) || t.norm === 'that') return null;
  if (!hasAny(t, 'Determiner', 'Value', 'Money') && !OPENS_AFTER_NAME.test(t.text)) return null;
  const np = npRight(ts, j, limit);
  const pronoun = (x: Token, k: number) => has(x, 'Pronoun') && !(k === 0 && OPENS_AFTER_NAME.test(x.text));
  return np && !ts.slice(np.s, np.e).some((x, k) => has(x, 'Date') || pronoun(x, k)) ? np : null;
}

const QUANTITY_PREPS = new Set(['over', 'about', 'around', 'under', 'between', 'nearly', 'almost', 'roughly']);

/** 'Richard Thomas "totally condemned" the deletion': quotation marks around the verb group only. */
function quotedGroup(ts: readonly Token[], vg: VerbGroup): boolean {
  if (!/^["\u201d]\s*$/.test(ts[vg.e - 1]!.post)) return false;
  // (not a quoted modifier after a verb: 'appoint "roving" safety reps')
  const h = ts[vg.head]!;
  if (has(h, 'Gerund') && /["\u201c]/.test(h.pre) && has(ts[vg.head - 1], 'Verb')) return false;
  return ts.slice(Math.max(0, vg.s - 2), vg.e).some((t) => /["\u201c]/.test(t.pre));
}

function findArgs(ts: readonly Token[], c: Clause, limit: number): void {
  let j = c.vg.e;
  if (c.rules.includes('said-inverted') && c.subj) return;
  // "opposed earlier by", "snapped up days later by": an adverb of time, with its measure, before a prepositional argument.
  let e = j;
  while (
    e < limit &&
    e < j + 3 &&
    (has(ts[e], 'Value') || has(ts[e], 'Duration') || /^(?:days?|weeks?|months?|years?|hours?)$/.test(ts[e]!.norm))
  )
    e++;
  if (e < limit && LEX.notNominal.has(ts[e]!.norm) && isPrep(ts[e + 1]) && !breakAfter(ts[j - 1])) j = e + 1;
  // "absorbed over £1.5bn of lost sales", "imports about 70% of its oil": a preposition of quantity
  // before an amount belongs to the object (not "worried about 200 jobs": "worry about" is a predicate).
  // ("sold more than six million iPods", "cut fewer than 500 jobs": a comparison of amount opens the object)
  const compared =
    j + 2 < limit &&
    /^(?:more|less|fewer)$/.test(ts[j]!.norm) &&
    ts[j + 1]!.norm === 'than' &&
    hasAny(ts[j + 2], 'Value', 'Money', 'Percent') &&
    !breakAfter(ts[j - 1]) &&
    !breakAfter(ts[j]) &&
    !breakAfter(ts[j + 1]);
  if (compared) j++;
  const amount = j + 1 < limit && hasAny(ts[j + 1], 'Value', 'Money', 'Percent');
  const quantity =
    amount && (QUANTITY_PREPS.has(ts[j]!.norm) || compared) && !hasPredicate(`${c.vg.lemma} ${ts[j]!.norm}`) && !breakAfter(ts[j - 1]);
  if (quantity) j++;
  if (j < limit && !isPrep(ts[j]) && (!breakAfter(ts[j - 1]) || (j === c.vg.e && quotedGroup(ts, c.vg)))) {
    const given = recipientEnd(ts, j);
    const np = given > 0 ? { s: j, e: given } : npRight(ts, j, limit);
    if (np) {
      c.obj = quantity ? { s: j - 1, e: np.e } : np;
      j = np.e;
      // "granted Yukos an injunction": the recipient, then the object.
      const second = given > 0 ? npRight(ts, j, limit) : DITRANSITIVE.has(c.vg.lemma) ? secondObject(ts, j, limit) : null;
      if (second) {
        c.pps.push({ prep: 'to', at: np.s - 1, np });
        c.obj = second;
        j = second.e;
      }
    }
  }
  // "defend themselves strongly against the accusations": an adverb between the object and its phrase.
  if (c.obj && has(ts[j], 'Adverb') && /ly$/.test(ts[j]?.norm ?? '') && isPrep(ts[j + 1]) && !breakAfter(ts[j - 1]) && !breakAfter(ts[j]))
    j++;
  while (j < limit && isPrep(ts[j]) && !breakAfter(ts[j - 1]) && !(ts[j]!.norm === 'to' && isVerbal(ts, j + 1))) {
    let np = npRight(ts, j + 1, limit);
    if (!np && has(ts[j + 1], 'Gerund') && !breakAfter(ts[j + 1]) && ts[j]!.norm !== 'to') {
      // "caused by interacting elements", "clarified by adding a potato": a gerund phrase as the object.
      const g = npRight(ts, j + 2, ts.length);
      np = { s: j + 1, e: g ? g.e : j + 2 };
      c.pps.push({ prep: ts[j]!.norm, at: j, np });
      break;
    }
    if (!np) break;
    c.pps.push({ prep: ts[j]!.norm, at: j, np });
    j = np.e;
    while (j < limit && has(ts[j], 'Adverb') && !breakAfter(ts[j - 1])) j++;
  }
}

const ROLE_ATTACH = new Set(['with', 'at', 'of', 'for', 'in']);

/**
 * "X, the son of Y," / "X, a fellow at Y": a verbless comma segment after a proper name. Not after a
 * fronted phrase whose noun opens the clause: "In Argentina, Suez's subsidiary, which ..., has
 * maintained": the subsidiary is the subject, not Argentina.
 */
function findAppositions(ts: readonly Token[], apps: Apposition[], clauses: readonly Clause[]): void {
  const seen = new Set(apps.map((a) => a.name.e));
  for (let i = 0; i + 1 < ts.length; i++) {
    if (!breakAfter(ts[i]) || !/,/.test(ts[i]!.post) || seen.has(i + 1) || !isCap(ts[i])) continue;
    const role = npRight(ts, i + 1, ts.length);
    if (!role || !roleLike(ts, role) || isConj(ts[role.s])) continue;
    // "an analyst with PaineWebber", "chairman of X at Y": the role's own attachments.
    for (let n = 0; n < 3 && ROLE_ATTACH.has(ts[role.e]?.norm ?? '') && !breakAfter(ts[role.e - 1]); n++) {
      const pp = npRight(ts, role.e + 1, ts.length);
      if (!pp) break;
      role.e = pp.e;
    }
    const after = ts[role.e];
    if (after && !breakAfter(ts[role.e - 1])) continue;
    const name = npLeft(ts, i + 1, 0);
    const fronted =
      !!name &&
      name.s - 1 === sentenceOpening(ts) &&
      isPrep(ts[name.s - 1]) &&
      clauses.some((c) => c.subj?.s === role.s && c.vg.s > role.e);
    if (name && !fronted) {
      apps.push({ name, role });
      seen.add(i + 1);
    }
  }
}

/**
 * The word that frames what follows a clause: its verb's lemma, or after a copula an adjective of
 * belief or worry ("is confident that the deal will go ahead": "confident"; "are worried that").
 */
export function frameWord(ts: readonly Token[], c: Clause): string {
  const o = c.obj;
  // "are concerned that ...": the participle is the adjective.
  const adjective = c.vg.passive ? ts[c.vg.head]!.norm : o && c.vg.copula && o.s === c.vg.e && o.e - o.s <= 2 ? ts[o.e - 1]!.norm : '';
  return LEX.beliefAdjectives.has(adjective) ? adjective : c.vg.lemma;
}

/**
 * "considered it almost certain that ...", "believe it likely that ...": an extraposed "it" and its
 * adjective between a verb (from `from`) and the clause (at `at`) its "that" opens.
 */
function extraposed(ts: readonly Token[], from: number, at: number): boolean {
  const w = ts.slice(from, at);
  if (w.length < 3 || w[0]!.norm !== 'it' || w.at(-1)!.norm !== 'that') return false;
  const between = w.slice(1, -1);
  return has(between.at(-1), 'Adjective') && between.every((t) => has(t, 'Adjective') || has(t, 'Adverb'));
}

/** Where a sentence's own words start, after an opening "But", "And", "Similarly," (at most two). */
function sentenceOpening(ts: readonly Token[]): number {
  let k = 0;
  while (k < 2 && (has(ts[k], 'Conjunction') || (has(ts[k], 'Adverb') && !has(ts[k], 'Gerund')))) k++;
  return k;
}

/** A word of an amount or a date ("55% this year", "to $284m"). */
const amountWord = (t: Token): boolean => hasAny(t, 'Value', 'Date', 'Money', 'Determiner', 'Preposition');

/**
 * "facing fraud and tax evasion charges": a lone bare form joined to a lone gerund's object, with a
 * noun after it, is a noun of that object, not a verb: a verb joined to a gerund takes its form.
 */
function nounAfterGerund(ts: readonly Token[], vg: VerbGroup, prev: VerbGroup | undefined): boolean {
  if (!prev || prev.e !== prev.s + 1 || !has(ts[prev.s], 'Gerund') || vg.e !== vg.s + 1 || vg.s - prev.e < 2) return false;
  const bare = ts[vg.s]!;
  if (has(bare, 'Gerund') || has(bare, 'PastTense') || /s$/.test(bare.norm) || !isConj(ts[vg.s - 1])) return false;
  const between = ts.slice(prev.e, vg.s - 1);
  return between.every((t) => !breakAfter(t) && !isPrep(t)) && has(ts[vg.e], 'Noun') && !has(ts[vg.e], 'Pronoun');
}

/** Participles that name what the noun before them is called. */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'nicknamed', 'codenamed', 'entitled', 'titled']);

/**
 * "An umbrella organisation called the Disasters Emergency Committee (DEC) has been set up": a
 * naming participle after a noun, whose name (capitalised or quoted) runs up to a tensed verb, only
 * names; it is no verb, and the name is what the tensed verb's subject is.
 */
function namingParticiple(ts: readonly Token[], vg: VerbGroup, next: VerbGroup | undefined): boolean {
  if (!next || vg.e !== vg.s + 1 || !NAMING.has(ts[vg.s]!.norm)) return false;
  const before = ts[vg.s - 1];
  if (!has(before, 'Noun') || has(before, 'Pronoun') || has(before, 'ProperNoun') || breakAfter(before)) return false;
  const name = ts.slice(vg.e, next.s);
  const words = name.filter((t) => t.norm !== 'the');
  if (!words.length || !words.every((t) => /^[\p{Lu}\d"'“‘]/u.test(t.text))) return false;
  return name.slice(0, -1).every((t) => !breakAfter(t) || /^\s*\)?\s*$/.test(t.post)) && !isConj(ts[next.s - 1]) && tensed(ts[next.s]);
}

/** Analyse one sentence's tokens. Never throws on odd input: no verb gives no clauses. */
export function analyseSentence(ts: readonly Token[]): SentenceAnalysis {
  const vgs = verbGroups(ts).filter((vg, i, all) => !nounAfterGerund(ts, vg, all[i - 1]) && !namingParticiple(ts, vg, all[i + 1]));
  if (!vgs.length) {
    const v = verblessFallback(ts);
    if (v) vgs.push(v);
  }
  const clauses: Clause[] = [];
  const appositions: Apposition[] = [];
  vgs.forEach((vg, i) => {
    const c: Clause = {
      vg,
      subj: null,
      obj: null,
      pps: [],
      parent: -1,
      subord: null,
      relAntecedent: null,
      coordWith: -1,
      end: ts.length,
      rules: [],
    };
    const floor = i > 0 ? vgs[i - 1]!.e : 0;
    findSubject(ts, vg, floor, clauses, c, appositions);
    if (c.subj) c.subj = beyondExamples(ts, c.subj, /^(?:is|was|has|does)$|^\p{Ll}+[^s]s$/u.test(ts[vg.s]!.norm));
    // "(But) buying MCI would give Qwest access": after an opening gerund, the phrase is its object and the
    // gerund phrase, no entity, is the subject.
    const pv = vgs[i - 1];
    // (Not a name: "Downing Street has denied", "Meeting Point has become".)
    const opening =
      !!pv && pv.s === sentenceOpening(ts) && has(ts[pv.head], 'Gerund') && pv.mains.length === 1 && !LEX.reporting.has(pv.lemma);
    const named = /^\p{Lu}\p{Ll}/u.test(ts[pv?.e ?? 0]?.text ?? '');
    if (c.subj && opening && !named && c.subj.s === pv!.e && c.subj.e === vg.s && !breakAfter(ts[vg.s - 1])) c.subj = null;
    // "is confident the company will": the adjective after the copula is not the subject's.
    if (c.subj && c.subj.e - c.subj.s > 1 && LEX.beliefAdjectives.has(ts[c.subj.s]!.norm) && i > 0 && vgs[i - 1]!.e === c.subj.s)
      c.subj = { ...c.subj, s: c.subj.s + 1 };
    if (c.coordWith === -2) c.coordWith = i - 1;
    clauses.push(c);
  });
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    let limit = next
      ? next.subj && next.subj.s >= c.vg.e && next.rules.includes('subj-np') && !next.rules.includes('reduced-rel')
        ? next.subj.s
        : next.vg.s
      : ts.length;
    if (breakAfter(ts[c.vg.e - 1]) && !/[\u201c"]/.test(ts[c.vg.e - 1]!.post)) limit = c.vg.e;
    for (let k = c.vg.e; k < limit; k++) {
      const t = ts[k]!;
      if (k > c.vg.e && (LEX.relativePronouns.has(t.norm) || LEX.subordinators.has(t.norm) || LEX.conditionals.has(t.norm)) && !isPrep(t)) {
        limit = k;
        break;
      }
      if (breakAfter(t) && !(has(t, 'ProperNoun') && has(ts[k + 1], 'ProperNoun'))) {
        limit = k + 1;
        break;
      }
    }
    c.end = limit;
    findArgs(ts, c, limit);
    // "attributed the falls to expectations, fuelled by ...", "Ireland has been the most successful
    // country, followed by the UK": the participle may hang on any phrase before it; only after a
    // clause with none but amounts ("have leapt 55% this year, boosted by") is it the subject's.
    const host = clauses[c.coordWith];
    // ("investigated the Trident Funds, managed by MMC Capital": right after the object of a verb
    // that is no copula, the participle is said of that object)
    const onObject =
      host && !host.vg.copula && host.obj && host.obj.s >= host.vg.e && host.obj.e === c.vg.s && /,/.test(ts[c.vg.s - 1]!.post);
    if (c.rules.includes('comma-participle') && onObject) c.subj = host.obj;
    else if (c.rules.includes('comma-participle') && (!host || !ts.slice(host.vg.e, c.vg.s).every(amountWord))) c.subj = null;
    // Subordinator or complementizer right before the subject, and the clause that governs it.
    const start = c.subj && c.coordWith < 0 && !c.rules.includes('said-inverted') ? c.subj.s : c.vg.s;
    // "there was ...": the clause opens at its existential "there".
    const at = !c.subj && ts[start - 1]?.norm === 'there' ? start - 1 : start;
    const w = ts[at - 1];
    const example = w?.norm === 'as' && ts[at - 2]?.norm === 'such'; // "firms such as Microsoft": no "as" clause
    // (two words too: "on standby in case they need to help evacuate")
    const two = w ? `${ts[at - 2]?.norm ?? ''} ${w.norm}` : '';
    const link = (x: string): boolean => LEX.subordinators.has(x) || LEX.conditionals.has(x);
    if (w && !example && (link(two) || link(w.norm))) c.subord = link(two) ? two : w.norm;
    const listed = ts[conjunctsStart(ts, at) - 1]?.norm ?? '';
    if (!c.subord && at !== c.vg.s && listed === 'whether') c.subord = listed;
    // (so after a sentence's opening "But" or "And": "But if the judge rules that Grokster ...")
    const opener = /^(?:but|and|yet)$/.test(ts[0]?.norm ?? '') && ts[1] ? ts[1] : ts[0];
    if (!c.subord && opener && link(opener.norm) && i === 0) c.subord = opener.norm;
    if (i > 0 && c.coordWith < 0 && !c.rules.includes('rel-subj')) {
      const p = clauses[i - 1]!;
      const gap = at - p.vg.e;
      // "told Sky News | there was masses of support": a report's complement after its addressee.
      const addressed = !!p.obj && p.obj.s >= p.vg.e && p.obj.e === at && LEX.reporting.has(p.vg.lemma) && !breakAfter(ts[at - 1]);
      // "is confident (that) the deal will go ahead": a clause after an adjective of belief.
      const o = p.obj;
      const held =
        !!o && frameWord(ts, p) !== p.vg.lemma && !breakAfter(ts[o.e - 1]) && (at === o.e || (at === o.e + 1 && ts[o.e]!.norm === 'that'));
      // "predicts that nearly 70% of all phones will", "suggests that last year's rate increases":
      // words before the subject's span, after the complementizer.
      const that =
        gap > 1 && gap <= 4 && ts[p.vg.e]!.norm === 'that' && ts.slice(p.vg.e + 1, at).every((t) => !has(t, 'Verb') && !breakAfter(t));
      const next = (gap === 0 && !breakAfter(ts[at - 1])) || (gap === 1 && (ts[at - 1]!.norm === 'that' || c.subord));
      if (next || that || addressed || held || extraposed(ts, p.vg.e, at)) c.parent = i - 1;
      // "alleges that messages sent by the companies broke the law": past a reduced relative on its
      // subject, the clause is what the governing verb's "that" opens.
      else if (p.rules.includes('reduced-rel') && p.parent >= 0 && c.subj && p.subj && c.subj.s <= p.subj.s && c.subj.e >= p.subj.e)
        c.parent = p.parent;
      // "designed to show the prime minister is speaking directly to voters - and that he has not lost
      // touch": a second "that" clause after "and" is the same verb's.
      else if (w?.norm === 'that' && isConj(ts[at - 2]) && p.parent >= 0 && LEX.reporting.has(clauses[p.parent]!.vg.lemma))
        c.parent = p.parent;
    }
  });
  reducedBeforeVerb(ts, clauses);
  nounInfinitiveSubjects(ts, clauses);
  ofGerundSubjects(ts, clauses);
  saidSubjects(ts, clauses);
  afterRelatives(ts, clauses);
  addresseesBeforeSubjects(ts, clauses);
  objectsOpeningClauses(ts, clauses);
  wayObjects(ts, clauses);
  objectsAcrossAsides(ts, clauses);
  controlledSubjects(ts, clauses);
  findAppositions(ts, appositions, clauses);
  // Coordinated verbs share the object: "armed and supported" (not "will go out and test this law",
  // nor the infinitive's object after a verb that governs it: "lost and failed to build a coalition").
  for (let i = clauses.length - 2; i >= 0; i--) {
    const c = clauses[i]!;
    const n = clauses[i + 1]!;
    const governed = ts.slice(n.vg.s, n.vg.e).some((t) => t.norm === 'to');
    const shares = !c.obj && !c.pps.length && !c.vg.passive && !n.vg.copula && !INTRANSITIVE.has(c.vg.lemma) && !governed;
    if (shares && n.coordWith === i && n.vg.s === c.vg.e + 1 && isConj(ts[c.vg.e])) {
      c.obj = n.obj;
      c.pps = n.pps;
      c.relAntecedent ??= n.relAntecedent;
      c.rules.push('coord-obj');
    }
  }
  clauses.forEach((c, i) => {
    if (c.coordWith >= 0 && !c.relAntecedent) c.relAntecedent = clauses[c.coordWith]!.relAntecedent;
    if (c.coordWith >= 0) c.parent = clauses[c.coordWith]!.parent;
    // "the Quds Force, which the US designates a Foreign Terrorist Organization": after a verb that
    // names its object, the phrase is what the antecedent is called, and the antecedent the object.
    // (only after "which" or "whom": "that" may open a complement, "told the media in Paris that ...")
    const relative = c.relAntecedent ? ts[c.relAntecedent.e]?.norm : undefined;
    const naming =
      !!c.obj &&
      (NAMING_VERBS.has(c.vg.lemma) || CLASSING_VERBS.has(c.vg.lemma)) &&
      c.obj.s === c.vg.e &&
      !has(ts[c.obj.s], 'Pronoun') &&
      /^(?:which|whom)$/.test(relative ?? '');
    // (a verb that takes no object makes the "that" a noun's complement: "get advance notice that an
    // attack is about to happen")
    // (nor one whose object is a question: "charges from US federal regulators that it failed to
    // disclose how family members ... were employed" states the charges, no regulators disclosed)
    const question = /^(?:how|what|why|whether)$/.test(ts[c.vg.e]?.norm ?? '');
    // (nor one whose preposition is left at the clause's end: "detain suspects without trial, which
    // the law lords have ruled against (as a breach)" — the antecedent is that preposition's, far back)
    const stranded = isPrep(ts[c.vg.e]) && (c.vg.e + 1 === ts.length || breakAfter(ts[c.vg.e]) || isPrep(ts[c.vg.e + 1]));
    if (c.relAntecedent && (!c.obj || naming) && !c.vg.passive && !INTRANSITIVE.has(c.vg.lemma) && !question && !stranded) {
      c.obj = c.relAntecedent;
      c.rules.push('rel-obj');
    }
    void i;
  });
  return { clauses, appositions };
}

/**
 * Verbs that, besides the naming verbs (predicates.json namingVerbs, whose relation triples.ts then
 * drops as a name given), take an object and then the class it is put in ("designates X a
 * terrorist group"): the designating is the relation.
 */
const CLASSING_VERBS: ReadonlySet<string> = new Set(['designate', 'declare', 'deem', 'classify']);

/**
 * "A damaging campaign against stars such as Beenie Man and Sizzla has been waged": examples after
 * "such as" or "including" are the subject only when the noun they illustrate is ("Firms such as
 * Microsoft and Apple have criticised"); after a preposition that noun is inside a phrase, and the
 * subject is the phrase it hangs on.
 */
function beyondExamples(ts: readonly Token[], subj: Span, singular: boolean): Span {
  // (past the list's earlier names: "brands such as Dairy Milk, | Dr Pepper and Snapple")
  let a = subj.s;
  while (a > 1 && /,\s*$/.test(ts[a - 1]!.post) && /^\p{Lu}/u.test(ts[a - 1]!.text) && a > subj.s - 8) {
    a--;
    while (a > 0 && /^\p{Lu}/u.test(ts[a - 1]!.text) && !breakAfter(ts[a - 1])) a--;
  }
  const k = ts[a - 1]?.norm === 'including' ? a - 1 : ts[a - 1]?.norm === 'as' && ts[a - 2]?.norm === 'such' ? a - 2 : -1;
  if (k <= 0) return subj;
  const shown = npLeft(ts, k, 0);
  // ("The owner of brands such as Dairy Milk, Dr Pepper and Snapple generates": a singular verb after
  // a list of examples agrees with the head of the phrase they illustrate)
  const of = shown ? ts.slice(shown.s, shown.e).findIndex((t) => t.norm === 'of') : -1;
  const list = ts.slice(subj.s, subj.e).some((t) => isConj(t));
  if (shown && of > 0 && list && singular) return { s: shown.s, e: shown.s + of };
  if (!shown || !isPrep(ts[shown.s - 1]) || breakAfter(ts[shown.s - 2])) return subj;
  return npLeft(ts, shown.s - 1, 0) ?? subj;
}

/**
 * "whether Mr McManus and Mr Magnier would support": where a subject read as its last conjunct
 * starts with the conjuncts before it, so the "whether" before them is found.
 */
function conjunctsStart(ts: readonly Token[], s: number): number {
  for (let n = 0; n < 4 && isConj(ts[s - 1]) && !breakAfter(ts[s - 2]) && !breakAfter(ts[s - 1]); n++) {
    const np = npLeft(ts, s - 1, 0);
    if (!np || !has(ts[np.e - 1], 'Noun') || has(ts[np.e - 1], 'Pronoun')) break;
    s = np.s;
  }
  return s;
}

/**
 * "told BBC News schools had been warned", "the Pentagon told BBC News US policy condemns": the
 * phrase read as the next clause's subject opens with the telling verb's addressee (addresseeEnd);
 * the name is the verb's object, the rest the clause's subject.
 */
function addresseesBeforeSubjects(ts: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    const p = clauses[i - 1];
    if (!p || p.obj || !c.subj || c.subj.s !== p.vg.e || c.subj.e !== c.vg.s) return;
    const k = addresseeEnd(ts, p.vg.e);
    if (k < 0 || k >= c.subj.e) return;
    p.obj = { s: c.subj.s, e: k };
    c.subj = { s: k, e: c.subj.e };
  });
}

/**
 * After a verb of saying or finding, a phrase read as its object that opens the next clause is that
 * clause's subject: a list whose last items the clause reader gave the next verb ("Yili confirmed
 * its chairman, chief financial officer and securities representative were all in custody"), or a
 * phrase and its prepositional tail right before a tensed verb ("The commission found the most
 * common approach around the world is for ...", where it took only "the world").
 */
function objectsOpeningClauses(ts: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    const p = clauses[i - 1];
    if (!p?.obj || c.coordWith >= 0 || p.obj.s !== p.vg.e) return;
    if (!LEX.reporting.has(p.vg.lemma) && !BARE_CLAUSE_VERBS.has(p.vg.lemma)) return;
    // ("I know many people in the country will be grateful": a tail the clause reader gave no subject)
    const last = ts[c.vg.s - 1];
    const bare =
      !c.subj &&
      c.vg.s > p.obj.e + 1 &&
      !c.rules.length &&
      tensed(ts[c.vg.s]) &&
      !has(ts[c.vg.head], 'Gerund') &&
      has(last, 'Noun') &&
      !hasAny(last, 'Pronoun', 'Determiner');
    if (bare) c.subj = { s: c.vg.s - 1, e: c.vg.s };
    if (!c.subj || !(c.rules.includes('subj-np') || bare) || c.subj.e !== c.vg.s) return;
    if (!listOpens(ts, p.obj, c) && !tailOpens(ts, p, c)) {
      if (bare) c.subj = null;
      return;
    }
    c.subj = { s: p.obj.s, e: c.subj.e };
    if (bare) c.rules.push('subj-np');
    c.parent = i - 1;
    p.obj = null;
  });
}

/**
 * "has criticised the way Tony Blair's government operates": the object "the way" (or "the
 * manner") of a clause with no pronoun is what that clause's subject does; the verb is about its
 * subject, which becomes the object.
 */
function wayObjects(ts: readonly Token[], clauses: Clause[]): void {
  const way = (k: number): boolean => ts[k]?.norm === 'the' && /^(?:way|manner)$/.test(ts[k + 1]?.norm ?? '') && !breakAfter(ts[k + 1]);
  clauses.forEach((c, i) => {
    const n = clauses[i + 1];
    const o = c.obj ?? { s: c.vg.e, e: c.vg.e + 2 };
    if (!n?.subj || o.e - o.s !== 2 || !way(o.s) || n.coordWith >= 0) return;
    // ("the way Tony Blair's government" read as one subject phrase)
    if ((n.subj.s === o.s || n.subj.s === o.s + 1) && n.subj.e > o.e) {
      const old = n.subj;
      n.subj = { s: o.e, e: old.e };
      // (", accusing it of ...": a verb that shared the misread subject is the main clause's)
      for (const m of clauses.slice(i + 2)) if (m.subj === old && m.rules.includes('coord-subj')) m.subj = c.subj;
    }
    // (not a pronoun: "changed the way it creates transistors" changed no "it";
    // nor one that a determiner or a name does not open: "the way his side have got", "the way technology is")
    const first = ts[o.e];
    if (n.subj.s !== o.e || has(first, 'Pronoun') || !(first?.norm === 'the' || has(first, 'ProperNoun'))) return;
    c.obj = n.subj;
    c.rules.push('way-object');
  });
}

/**
 * "Citizens in a majority of nations surveyed in a BBC World Service poll | believe ...", "Most people
 * questioned in the poll | said": a bare past form with no object, only a phrase, right before a
 * tensed verb that has no subject of its own is a passive participle on the subject; the subject is
 * the tensed verb's.
 */
function reducedBeforeVerb(ts: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((c, i) => {
    const n = clauses[i + 1];
    const h = ts[c.vg.head]!;
    if (!n || !c.subj || c.subj.e !== c.vg.s || c.obj || !c.pps.length || c.subord || c.parent >= 0) return;
    if (c.vg.e !== c.vg.s + 1 || !/ed$/.test(h.norm) || !has(h, 'PastTense') || has(h, 'Auxiliary')) return;
    if (INTRANSITIVE.has(c.vg.lemma) || LEX.reporting.has(c.vg.lemma) || !c.rules.includes('subj-np')) return;
    const subj = c.subj;
    const last = c.pps.at(-1)!.np;
    const same = !n.subj || (n.subj.s === subj.s && n.subj.e === subj.e) || (n.subj.s >= last.s && n.subj.e <= last.e);
    const verb = ts[n.vg.s]!;
    // (not a noun read as a verb: "protested outside the Old Trafford | ground")
    if (n.vg.e === n.vg.s + 1 && lexiconTags(verb.norm).some((g) => /^(?:Noun|Singular|Plural)$/.test(g))) return;
    const end = ts[n.vg.s - 1]; // "for Wasps' second | try": a phrase ends on its noun
    if (!has(end, 'Noun') || hasAny(end, 'Adjective', 'Ordinal', 'Possessive')) return;
    const finite = tensed(verb) || (has(verb, 'PresentTense') && ts[n.vg.s - 1]?.norm !== 'to');
    const reach = Math.max(...c.pps.map((p) => p.np.e));
    const adjacent = ts.slice(reach, n.vg.s).every((t) => has(t, 'Adverb')) && !breakAfter(ts[n.vg.s - 1]);
    if (!same || !finite || !adjacent || n.subord || n.coordWith >= 0 || has(verb, 'Gerund') || n.rules.includes('reduced-rel')) return;
    if (isPrep(ts[subj.s - 1])) return; // "In a statement issued on Wednesday Lord Woolf said": the phrase is no subject
    c.rules.push('reduced-rel');
    c.vg = { ...c.vg, passive: true };
    n.subj = subj;
    if (!n.rules.includes('subj-np')) n.rules.push('subj-np');
  });
}

/**
 * "meaning the ESPN games presently developed by Sega will have to come to an end", "to ensure the
 * control order, amounting to house arrest, would be imposed": a phrase read as a verb's object that
 * is, past an aside (a reduced relative, a relative, a gerund), the subject of a tensed clause opens
 * that clause; the verb governs the clause, not the phrase.
 */
function objectsAcrossAsides(ts: readonly Token[], clauses: Clause[]): void {
  const aside = (m: Clause): boolean =>
    ['reduced-rel', 'rel-subj'].some((r) => m.rules.includes(r)) || (!m.subj && has(ts[m.vg.s], 'Gerund'));
  clauses.forEach((c, i) => {
    if (!c.subj || c.coordWith >= 0 || c.subj.e > c.vg.s || !c.rules.includes('subj-np') || !tensed(ts[c.vg.s])) return;
    if (has(ts[c.vg.s - 1], 'Pronoun')) return; // "drove the team that created the Macintosh | he did not stay"
    const { s, e } = c.subj;
    const j = clauses.findLastIndex((p, n) => n < i - 1 && !!p.obj && p.obj.s <= s && p.obj.e === e && p.obj.s === p.vg.e);
    const asides = clauses.slice(j + 1, i);
    if (j < 0 || ['rel-subj', 'noun-complement'].some((r) => clauses[j]!.rules.includes(r)) || !asides.every(aside)) return;
    // The last aside's words run up to the verb: "which showed that the numbers ... rose" has its own subject.
    const last = asides.at(-1)!;
    const reach = Math.max(last.vg.e, last.obj?.e ?? 0, ...last.pps.map((x) => x.np.e));
    if (ts.slice(reach, c.vg.s).some((t) => !has(t, 'Adverb'))) return;
    // A bare past form right after the aside may be another participle ("which can hold 6GB compared to").
    const closed = breakAfter(ts[c.vg.s - 1]);
    if (!closed && !hasAny(ts[c.vg.s], 'Modal', 'Auxiliary', 'Copula')) return;
    c.subj = clauses[j]!.obj;
    clauses[j]!.obj = null;
    c.parent = j;
  });
}

/** A list after a comma runs on into the next clause's subject (not a sentence-final -s "verb": "and two other Russian firms."). */
function listOpens(ts: readonly Token[], obj: Span, c: Clause): boolean {
  return c.subj!.s === obj.e && /^,$/.test(ts[obj.e - 1]!.post.trim()) && ts.slice(c.subj!.s, c.subj!.e).some(isConj) && c.vg.e < ts.length;
}

/** A prepositional tail with no break, verb, pronoun or clause word runs from the object to a tensed verb's subject. */
function tailOpens(ts: readonly Token[], p: Clause, c: Clause): boolean {
  const obj = p.obj!;
  // "told an audience in the UK that ...": the object of a verb of telling is its addressee.
  if (p.vg.passive || ADDRESSEE_VERBS.has(p.vg.lemma) || has(ts[c.subj!.s], 'Pronoun')) return false;
  if (c.subj!.s <= obj.e || !isPrep(ts[obj.e])) return false;
  const h = ts[c.vg.s];
  if (!has(h, 'PastTense') && !has(h, 'PresentTense') && !has(h, 'Modal')) return false;
  if (has(h, 'Gerund') || has(h, 'Infinitive') || ts[c.vg.s - 1]?.norm === 'to') return false;
  // ("claims of a clash between Muslims and Christians were": the "and" of "between" joins no clause)
  let between = false;
  for (let k = obj.s; k < c.subj!.s; k++) {
    const t = ts[k]!;
    between ||= t.norm === 'between';
    const joins = isConj(t) && !(between && t.norm === 'and');
    if (breakAfter(t) || isVerbal(ts, k) || joins || t.norm === 'that' || LEX.subordinators.has(t.norm)) return false;
    if (LEX.relativePronouns.has(t.norm) || LEX.conditionals.has(t.norm) || has(t, 'Pronoun')) return false;
  }
  return true;
}

/** Verbs that take a clause with no "that" besides those of saying ("knows the firm is"). */
const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'know',
  'feel',
  'mean',
  'wish',
  'guess',
  'realise',
  'realize',
  'assume',
  'worry',
  'doubt',
  'bet',
  'see',
  'prove',
  'show',
  'demonstrate',
]);

/**
 * "Ms Robinson, who presents The Weakest Link tells Cockerell that ...": a relative whose verb
 * takes no clause, then a phrase and a finite verb with no comma closing the relative: the phrase
 * is the relative's object and the verb goes on with the relative's antecedent.
 */
function afterRelatives(ts: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((c, ci) => {
    const p = clauses[ci - 1];
    if (!p || !c.subj || c.parent !== ci - 1 || !p.rules.includes('rel-subj') || !p.subj || p.vg.neg) return;
    if (ts[p.vg.s - 1]?.norm !== 'who' || !/,/.test(ts[p.vg.s - 2]?.post ?? '')) return;
    const lemma = p.vg.lemma;
    if (LEX.reporting.has(lemma) || LEX.opinionVerbs.has(lemma) || LEX.reportingThings.has(lemma) || LEX.askingIf.has(lemma)) return;
    if (BARE_CLAUSE_VERBS.has(lemma) || p.vg.copula || p.vg.passive || p.vg.mains.length !== 1) return;
    if (c.subj.s !== p.vg.e || c.subj.e !== c.vg.s || ts.slice(p.vg.e, c.vg.s).some((t) => breakAfter(t) || has(t, 'Pronoun'))) return;
    const head = ts[c.vg.s]!;
    if (c.vg.s !== c.vg.head || !(has(head, 'PresentTense') || has(head, 'PastTense')) || has(head, 'Participle')) return;
    p.obj = c.subj;
    p.end = c.vg.s;
    c.subj = p.subj;
    c.parent = p.parent;
    c.rules = c.rules.map((r) => (r === 'subj-np' ? 'after-relative' : r));
  });
}

/**
 * "Mr Gates said the PC, like Microsoft's Media Centre, had a central role": the phrase after a verb
 * of saying, then an aside between commas, then a verb: the phrase is that verb's subject (it was
 * read as the saying verb's object, and the verb as coordinated with "said").
 */
function saidSubjects(ts: readonly Token[], clauses: Clause[]): void {
  clauses.forEach((c, ci) => {
    const p = clauses[c.coordWith];
    if (!p || !c.rules.includes('coord-subj') || !p.obj || p.obj.s !== p.vg.e || !LEX.reporting.has(p.vg.lemma)) return;
    // (or between dashes: "said the pledges - set to underpin Labour's campaign - were")
    const mark = (t: Token | undefined): string => (/,/.test(t?.post ?? '') ? ',' : dashAfter(t) ? '-' : '');
    if (!mark(ts[p.obj.e - 1]) || mark(ts[p.obj.e - 1]) !== mark(ts[c.vg.s - 1]) || c.vg.s - p.obj.e < 2) return;
    c.subj = p.obj;
    c.parent = c.parent < 0 ? c.coordWith : c.parent;
    c.coordWith = -1;
    c.rules[c.rules.indexOf('coord-subj')] = 'said-subject';
    p.obj = null;
    // "... was flawed and did not follow": a verb joined to it shares its new subject.
    for (const d of clauses) if (d.coordWith === ci && d.rules.includes('coord-subj')) d.subj = c.subj;
  });
}
