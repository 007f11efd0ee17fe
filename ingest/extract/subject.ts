/**
 * Clause reader, subject layer: the subject of each verb group (relatives, appositions, coordination, inversion, control).
 *
 * This file is the layer's entry point and keeps the order of its rules: findSubject tries them in
 * turn, most returning at the first that applies. Its helpers are in ./subject/, one module per
 * construction, so that each reads in one sitting:
 * - subject/relatives.ts: relative clauses with a relative pronoun, or none ("the judgement I took");
 * - subject/reduced.ts: reduced relatives, a participle or gerund right after a noun;
 * - subject/asides.ts: participle, gerund, report and dash asides between a subject and its verb;
 * - subject/appositions.ts: a name and a role set off by commas ("Ford, the US car company,");
 * - subject/extent.ts: how far the phrase before the verb reaches (a preposition's object, ...);
 * - subject/coordination.ts: the tests of the coordination rules (same verb form, ...);
 * - subject/shared.ts: the few words and tests several of them read;
 * - subject/passes.ts: controlledSubjects and nounInfinitiveSubjects, whole-sentence passes that
 *   clauses.ts runs, in its own order, once every clause has its subject (re-exported here).
 * No module under subject/ imports this file: no import cycle. (The comments in ingest/data/*.json
 * say "subject.ts" for the whole layer.)
 */
import type { Token } from '../parse.js';
import type { Apposition, Clause, Span, VerbGroup } from './clauses.js';
import { ADDRESSEE_VERBS, INTRANSITIVE, LEX, PREPOSITION_GERUNDS } from './lexicon.js';
import { extendSubject, npLeft, npRight, roleLike } from './phrases.js';
import { actorHead, appositionChain, appositiveSubject, describedName, opensAfterLink } from './subject/appositions.js';
import {
  asideChain,
  gerundAsideSubject,
  parentheticalPassive,
  pastDashes,
  placedAside,
  reportAside,
  reportsAfterObject,
} from './subject/asides.js';
import { goOnWith, negated, ownStatement, sameForm, unagreeing } from './subject/coordination.js';
import { insideGerundSubject, nameBeforeAside, placedSubject, prepObject, reducedClauseSubject, sourceTail } from './subject/extent.js';
import { gerundModifier, gerundPhraseEnds, reducedRelative } from './subject/reduced.js';
import {
  contactAntecedent,
  contactObject,
  lowAttached,
  nameHost,
  placedAntecedent,
  restrictiveAntecedent,
  someone,
  whoseAntecedent,
} from './subject/relatives.js';
import { mainClause, NAMING_VERBS, TIME_LEAD_WORDS } from './subject/shared.js';
import { breakAfter, dashAfter, has, hasAny, isBe, isConj, isPrep, isVerbal, phraseBreak, tensed } from './tokens.js';
import { isAdverbial, usedAsMeans } from './verbs.js';

export { controlledSubjects, nounInfinitiveSubjects, ofGerundSubjects } from './subject/passes.js';

/** Adverbs in -ly that focus or hedge, not say how ("only", "likely"). */
const FOCUS: ReadonlySet<string> = new Set(['likely', 'mainly', 'merely', 'simply', 'largely', 'partly', 'solely', 'really']);

/** Verbs of saying whose phrase after the verb is always the one told ("..., told BBC News"). */
const NEVER_INVERTED: ReadonlySet<string> = new Set(['tell', 'inform']);

export function findSubject(
  ts: readonly Token[],
  vg: VerbGroup,
  floor: number,
  earlier: readonly Clause[],
  c: Clause,
  apps: Apposition[],
): void {
  const prev = earlier.at(-1);
  let k = vg.s;
  // "told Sky News there was masses of support": an existential "there" is the clause's subject, no adverb.
  const existential = (t: Token | undefined): boolean => t?.norm === 'there' && ts.slice(vg.s, vg.e).some(isBe);
  // ("let a person's gadgets quickly and easily swap data": over adverbs joined by "and" too)
  // (two manner adverbs in -ly: not "markets its games responsibly and only targets")
  const manner = (t: Token | undefined): boolean => has(t, 'Adverb') && /^\p{Ll}{3,}ly$/u.test(t!.norm) && !FOCUS.has(t!.norm);
  const joinedAdverbs = (j: number): boolean =>
    j < vg.s && /^(?:and|or)$/.test(ts[j - 1]?.norm ?? '') && manner(ts[j - 2]) && manner(ts[j]) && !breakAfter(ts[j - 2]);
  while (
    k > floor &&
    ((isAdverbial(ts[k - 1]) && !existential(ts[k - 1]) && (!breakAfter(ts[k - 1]) || isAdverbial(ts[k - 2]) || !breakAfter(ts[k - 2]))) ||
      joinedAdverbs(k))
  )
    k--;
  k = pastDashes(ts, k, floor);
  if (prev && reportsAfterObject(ts, vg, k, prev)) {
    goOnWith(c, prev, earlier);
    return;
  }
  // '"BYODKM... bring your own display"': no subject across an ellipsis (the verb after it is an
  // imperative or a sentence broken off).
  if (/\.\.\.|\u2026/u.test(ts[k - 1]?.post ?? '')) return;
  // 'a mining firm that has the motto "Bringing Russia's Gold to Market"': a capitalised quotation
  // opened right after a noun is what the noun names (a motto, a headline, a title), no clause on it.
  const opener = ts[vg.s]!;
  if (k === vg.s && /[\u201c"]/.test(opener.pre) && /^\p{Lu}/u.test(opener.text) && has(ts[k - 1], 'Noun') && !breakAfter(ts[k - 1]))
    return;
  const restricted = restrictiveAntecedent(ts, vg, k, earlier);
  if (restricted) {
    c.subj = restricted;
    c.rules.push('subj-np');
    return;
  }
  const chained = !prev && breakAfter(ts[k - 1]) && !isConj(ts[k - 1]) ? appositionChain(ts, floor, k) : null;
  if (chained) {
    c.subj = chained;
    c.rules.push('appos-skip');
    return;
  }
  const contact = prev ? contactAntecedent(ts, prev, k) : null;
  if (contact) {
    c.subj = contact;
    c.rules.push('subj-np');
    return;
  }
  // "a Tory party, which he said | would turn the clock back": after "which X said", the verb's
  // subject is what "which" stands for; the saying clause governs it.
  const which = prev?.subj ? ts[prev.subj.s - 1] : undefined;
  const saidRightBefore = !!prev && prev.vg.e === vg.s && !breakAfter(ts[vg.s - 1]) && LEX.reporting.has(prev.vg.lemma);
  if (prev?.subj && saidRightBefore && which && LEX.relativePronouns.has(which.norm) && which.norm !== 'whose') {
    const ante = npLeft(ts, prev.subj.s - 1, 0);
    if (ante) {
      c.subj = ante;
      c.parent = earlier.length - 1;
      c.rules.push('rel-subj');
      return;
    }
  }
  let before = ts[k - 1];
  if (before && k - 1 === 0 && before.norm === 'that') {
    c.subj = { s: 0, e: 1 };
    c.rules.push('subj-np');
    return;
  } // "That compared with ..."
  if (before && LEX.relativePronouns.has(before.norm) && before.norm !== 'whose') {
    c.subj = npLeft(ts, k - 1, 0);
    if (c.subj) c.subj = placedAntecedent(ts, c.subj);
    if (c.subj && before.norm === 'that' && !breakAfter(ts[k - 2])) c.subj = nameHost(ts, c.subj);
    // "a detailed proposal from Mr Glazer, which looks set to": "which" is never a person.
    const person = !!c.subj && ts.slice(c.subj.s, c.subj.e).every((t) => has(t, 'Person') || has(t, 'Honorific'));
    if (c.subj && person && before.norm === 'which' && isPrep(ts[c.subj.s - 1])) c.subj = npLeft(ts, c.subj.s - 1, 0) ?? c.subj;
    // "the integration of the fibre optic cables that carry data": "that" and "which" take the nearest
    // noun phrase of an "of" chain; "who" keeps a head that can be someone ("the head of X, who
    // said", "members of the group who"), not one that cannot ("the case of a couple who had").
    const first = c.subj ? ts.slice(c.subj.s, c.subj.e).findIndex((t) => t.norm === 'of') : -1;
    const nobody = c.subj && first > 0 ? !someone(ts[c.subj.s + first - 1]!) && someone(ts[c.subj.e - 1]!) : false;
    const of = c.subj && (before.norm !== 'who' || nobody) ? ts.slice(c.subj.s, c.subj.e).findLastIndex((t) => t.norm === 'of') : -1;
    if (c.subj && of > 0) c.subj = { s: c.subj.s + of + 1, e: c.subj.e };
    // ("paid by Four-Kings for the two UK players who make the grade": after "for", the people nearest)
    const forAt = c.subj ? ts.slice(c.subj.s, c.subj.e).findLastIndex((t) => t.norm === 'for') : -1;
    if (c.subj && forAt > 0 && someone(ts[c.subj.e - 1]!)) c.subj = { s: c.subj.s + forAt + 1, e: c.subj.e };
    // Not a name's place: "SK Telecom of South Korea, which is launching" is about the company.
    const place = (sp: Span): boolean => ts.slice(sp.s, sp.e).every((t) => has(t, 'Place') || has(t, 'Country') || has(t, 'City'));
    const owner = c.subj && ts[c.subj.s - 1]?.norm === 'of' && place(c.subj) ? npLeft(ts, c.subj.s - 1, 0) : null;
    if (owner && /,/.test(ts[k - 2]?.post ?? '') && has(ts[owner.e - 1], 'ProperNoun') && !place(owner)) c.subj = owner;
    // "the Joseph Rowntree Reform Trust Ltd, a company which promotes", "Sir Anthony Meyer, the Tory
    // backbencher who challenged": a role after a name and a comma is the name's appositive; the
    // relative is about the name.
    const named =
      c.subj &&
      /^(?:a|an|the)$/.test(ts[c.subj.s]!.norm) &&
      /,/.test(ts[c.subj.s - 1]?.post ?? '') &&
      actorHead(ts, c.subj) === c.subj.e - 1;
    const name = named ? npLeft(ts, c.subj!.s, 0) : null;
    // (after "the", only a person's name or role: "Anglo-American, the international mining company,
    // which" is read through the description)
    const personal = !!name && (has(ts[name.e - 1], 'Person') || LEX.personRoles.has(ts[c.subj!.e - 1]!.norm));
    const fits = !!name && (ts[c.subj!.s]!.norm !== 'the' || personal) && !roleLike(ts, name);
    if (fits && (name.s === 0 || breakAfter(ts[name.s - 1]) || isPrep(ts[name.s - 1]) || isVerbal(ts, name.s - 1))) c.subj = name;
    if (c.subj) c.rules.push('rel-subj');
    return;
  }
  // "and in 2012 belonged to", "and in September this year said": a bare date after a preposition
  // is an adjunct, not the subject.
  let d = k;
  const dated = (t: Token | undefined, next: Token | undefined): boolean =>
    has(t, 'Value') || has(t, 'Date') || (TIME_LEAD_WORDS.has(t?.norm ?? '') && has(t, 'Determiner') && has(next, 'Date'));
  while (d > floor && dated(ts[d - 1], ts[d]) && !breakAfter(ts[d - 1])) d--;
  if (d < k && d - 1 >= floor && isPrep(ts[d - 1]) && ts[d - 1]!.norm !== 'of' && isConj(ts[d - 2])) {
    k = d - 1;
    before = ts[k - 1];
  }
  const np = k > floor ? npLeft(ts, k, floor) : null;
  const objOfPrev = !!np && breakAfter(ts[k - 1]) && floor > 0 && np.s === floor;
  // "found the case - filed by the Clinton administration in 1999 - could not": an aside on the object
  // right after its verb or its "that" ("said that the plan, launched in May, has failed"; not on
  // "jet fuel" in "the plan to tax jet fuel - tabled by France").
  const after = (v: VerbGroup): boolean => np!.s === v.e || (np!.s === v.e + 1 && ts[v.e]!.norm === 'that');
  const onObject = !!np && !!prev && after(prev.vg) && ts[prev.vg.s - 1]?.norm !== 'to';
  // (So a naming verb after a comma: "join the ExxonMobil scheme, dubbed Qatargas-2, on Monday".)
  const named = NAMING_VERBS.has(ts[vg.head]!.norm) && /,/.test(ts[k - 1]?.post ?? '');
  // (And a closed aside of place or time: "said the White Paper, published in December 2003, was".)
  const closes = dashAfter(ts[k - 1]) || named || placedAside(ts, vg) || asideChain(ts, vg);
  if (np && onObject && closes && parentheticalPassive(ts, vg, np, c, true)) return;
  if (np && onObject && ts[np.s - 1]?.norm === 'that' && parentheticalPassive(ts, vg, np, c)) return;
  // "Ford, the US car company, reported": a described name opening the clause, the description
  // between commas; the name is the subject.
  const described = np ? describedName(ts, np, k, floor) : null;
  if (described && !prev) {
    c.subj = described;
    c.rules.push('appos-skip');
    apps.push({ name: described, role: np! });
    return;
  }
  if (np && !objOfPrev && !(breakAfter(ts[k - 1]) && !breakAfter(ts[np.s - 1]) && np.s > floor)) {
    const split = isPrep(ts[np.s - 1]) ? phraseBreak(ts, np.s, np.e) : -1; // "After a short absence | Keibler began"
    if (split > 0) np.s = split;
    if ((prev || isPrep(ts[np.s - 1])) && reducedRelative(ts, vg, np, earlier, c)) return;
    if (parentheticalPassive(ts, vg, np, c)) return;
    // "the messages sent by the pair | broke laws": the verb's subject is the noun the participle modifies.
    if (prev?.rules.includes('reduced-rel') && prev.subj && ts[np.s - 1]?.norm === 'by' && np.s - 1 === prev.vg.e) {
      c.subj = prev.subj;
      c.rules.push('subj-np');
      return;
    }
    if (prev && gerundModifier(ts, prev, np)) {
      prev.obj = np;
      c.subj = prev.subj;
      c.rules.push('subj-np');
      return;
    }
    if (prev && gerundPhraseEnds(ts, prev, np, vg)) {
      c.subj = prev.subj;
      c.rules.push('subj-np');
      return;
    }
    // "The revelation that Shell had inflated its reserves | led to": the noun phrase the complement completes.
    if (prev?.complementOf && np.s >= prev.vg.e && !earlier.some((m) => mainClause(ts, m))) {
      c.subj = prev.complementOf;
      c.rules.push('subj-np');
      return;
    }
    if (insideGerundSubject(ts, earlier, np, k)) {
      c.subj = null;
      return;
    }
    c.subj = extendSubject(
      ts,
      np,
      floor,
      !!prev && floor === prev.vg.e && LEX.reporting.has(prev.vg.lemma) && !ADDRESSEE_VERBS.has(prev.vg.lemma),
    );
    c.subj = nameBeforeAside(ts, c.subj, floor);
    c.subj = reducedClauseSubject(ts, placedSubject(ts, c.subj, floor, vg));
    // "despite the club agreeing a rescue plan": a preposition may govern a gerund clause's subject.
    const held = has(ts[vg.s], 'Gerund') ? undefined : prepObject(ts, c.subj, floor);
    if (held === null) {
      c.subj = null;
      return;
    }
    if (held) c.subj = held;
    c.rules.push('subj-np');
    const rel = ts[np.s - 1];
    // "told the BBC that X had resigned": after a reporting verb's object, "that" introduces the complement.
    // "posted on Twitter that he was unhurt": so after a verb of saying or posting and a phrase.
    const said = !!prev && (LEX.reporting.has(prev.vg.lemma) || prev.vg.lemma === 'post');
    const between = prev ? npRight(ts, isPrep(ts[prev.vg.e]) ? prev.vg.e + 1 : prev.vg.e, np.s - 1) : null;
    const complement = rel?.norm === 'that' && said && between?.e === np.s - 1;
    // "claims that Labour's advertising agency TBWA was blaming him": the whole phrase follows "that".
    const at = Math.min(np.s, npLeft(ts, np.e, floor)?.s ?? np.s);
    const ofNoun = ts[at - 1]?.norm === 'that' && LEX.reportingNouns.has(ts[at - 2]?.norm ?? '') ? npLeft(ts, at - 1, 0) : null;
    if (ofNoun) {
      c.complementOf = ofNoun;
      c.rules.push('noun-complement');
    }
    // "Alan Milburn, who Mr Blair put in charge": "who" before a subject opens an object relative too.
    if (rel && !complement && !ofNoun && (rel.norm === 'that' || rel.norm === 'which' || rel.norm === 'whom' || rel.norm === 'who')) {
      c.relAntecedent = lowAttached(ts, npLeft(ts, np.s - 1, 0), rel.norm);
    } else if (contactObject(ts, c.subj, vg)) {
      // "arrested following a speech he made in Burnley": a subject pronoun right after a
      // preposition's noun phrase opens a contact relative whose object is that phrase.
      c.relAntecedent = npLeft(ts, c.subj.s, 0);
    } else {
      // "Marc Ostwald, a strategist at Monument Securities told": the role may carry a prepositional tail.
      if (breakAfter(rel)) appositiveSubject(ts, np, false, c, apps);
      else if (c.subj.s < np.s && breakAfter(ts[c.subj.s - 1])) appositiveSubject(ts, c.subj, true, c, apps);
    }
    return;
  }
  // '"...," said the minister', "warns company Sandvine" (never "told").
  // Not a participle: ", explaining Syria's alleged involvement" is an adjunct, not an inversion.
  const inverts = LEX.reporting.has(vg.lemma) && !NEVER_INVERTED.has(vg.lemma) && !has(ts[vg.head], 'Gerund');
  const inv = inverts && before && breakAfter(before) ? npRight(ts, vg.e, ts.length) : null;
  if (inv && (inv.e === ts.length || breakAfter(ts[inv.e - 1]) || !ts[inv.e]?.text || sourceTail(ts, inv.e))) {
    c.subj = inv;
    c.rules.push('said-inverted');
    return;
  }
  // "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said": a participle phrase set
  // off by commas after the subject runs up to the verb; its subject is the verb's.
  const aside =
    prev?.subj &&
    before &&
    breakAfter(before) &&
    has(ts[prev.vg.head], 'Gerund') &&
    !PREPOSITION_GERUNDS.has(ts[prev.vg.head]!.norm) &&
    prev.subj.e === prev.vg.s &&
    breakAfter(ts[prev.subj.e - 1]) &&
    !ts.slice(prev.vg.e, k).some((t) => has(t, 'Verb'));
  if (aside) {
    c.subj = prev.subj;
    c.rules.push('subj-np');
    return;
  }
  if (before && breakAfter(before) && !isConj(before)) {
    let p = k - 2;
    while (p >= floor && !breakAfter(ts[p])) p--;
    const np1 = p >= floor ? npLeft(ts, p + 1, floor) : null;
    const role = { s: p + 1, e: k };
    let verbless = role.s < role.e;
    for (let q = role.s; q < role.e; q++) if (isVerbal(ts, q)) verbless = false;
    // "citizens of Switzerland, Liechtenstein, Iceland or Norway, | intending": names joined by
    // "or"/"and" end a list, not an aside on the name before ("chairman and chief executive" is one).
    const words = ts.slice(role.s, role.e);
    const item = np1 && /,/.test(ts[np1.s - 1]?.post ?? '') && /^\p{Lu}/u.test(ts[np1.e - 1]!.text);
    const list = item && words.some(isConj) && words.every((t) => isConj(t) || /^\p{Lu}/u.test(t.text));
    // "Car manufacturers ..., including BMW, General Motors, Toyota and Volkswagen, have seen": the
    // examples are each the verb's subject (argMentions splits the list).
    const including = list ? ts.slice(Math.max(0, np1!.s - 16), np1!.s).findLastIndex((t) => t.norm === 'including') : -1;
    if (including >= 0) {
      c.subj = { s: Math.max(0, np1!.s - 16) + including + 1, e: role.e };
      c.rules.push('subj-np');
      return;
    }
    if (list) verbless = false;
    // ("a mall in West Edmonton, Alberta, on Friday, bringing along ...": a bare participle after
    // an aside hangs on the clause, not on the phrase before the aside)
    const participle = vg.s === vg.head && vg.mains.length === 1 && has(ts[vg.s], 'Gerund');
    // ("hoping that energy and telecoms, two of the strongest sectors in Pakistan, draw": right
    // after "that", the phrases "and" joins are the subject together)
    const joined = np1 && isConj(ts[np1.s - 1]) && !breakAfter(ts[np1.s - 2]) ? npLeft(ts, np1.s - 1, floor) : null;
    const together = joined && ts[joined.s - 1]?.norm === 'that' ? { s: joined.s, e: np1!.e } : null;
    if (together && verbless && !participle && !isConj(ts[role.s])) {
      c.subj = together;
      c.rules.push('appos-skip');
      return;
    }
    if (
      np1 &&
      verbless &&
      !participle &&
      !isConj(ts[role.s]) &&
      // ("the day after Peter Mandelson, former Labour minister and now a European Commissioner, warned")
      (np1.s === floor || breakAfter(ts[np1.s - 1]) || np1.s === 0 || ts[np1.s - 1]!.norm === 'that' || opensAfterLink(ts, np1)) &&
      !(prev && np1.s === floor && floor > 0)
    ) {
      c.subj = np1;
      c.rules.push('appos-skip');
      // "Mr Currington, like many of the UK's BSL users, will": an aside, not a role.
      if (!isPrep(ts[role.s])) apps.push({ name: np1, role });
      return;
    }
  }
  // "Qaani, who succeeded Soleimani after Soleimani was assassinated, reached Baghdad": a relative opened
  // after a comma (or a dash), with only subordinate clauses since, is closed by this comma; its
  // antecedent is the subject.
  const rel =
    before && breakAfter(before)
      ? earlier.findLastIndex((m) => m.rules.includes('rel-subj') && !!m.subj && /,|\s[-\u2013\u2014]/u.test(ts[m.subj.e - 1]?.post ?? ''))
      : -1;
  const subordinate = (m: Clause): boolean => {
    const w = ts[(m.subj && m.subj.s < m.vg.s ? m.subj.s : m.vg.s) - 1]?.norm ?? '';
    return LEX.subordinators.has(w) || LEX.conditionals.has(w);
  };
  const open =
    rel >= 0 &&
    earlier.slice(rel + 1).every((m) => subordinate(m) || m.rules.includes('rel-subj') || m.rules.includes('reduced-rel') || !m.subj);
  const relClause = open && rel < earlier.length - 1 ? earlier[rel] : prev;
  // "Mr Saakashvili, elected president in January after Mr Shevardnadze was toppled, has urged": so is
  // a participle aside with only subordinate clauses since; what it modifies is the subject.
  const reduced =
    before && breakAfter(before) && tensed(ts[vg.s])
      ? earlier.findLastIndex((m) => m.rules.includes('reduced-rel') && !!m.subj && /,/.test(ts[m.subj.e - 1]?.post ?? ''))
      : -1;
  if (reduced >= 0 && reduced < earlier.length - 1 && earlier.slice(reduced + 1).every((m) => subordinate(m) && m.subj)) {
    c.subj = earlier[reduced]!.subj;
    c.rules.push('subj-np');
    return;
  }
  // "Donna Clarkson, whose daughter Lana was found dead in his home, is seeking damages": a whose-relative
  // closed by this comma; the phrase before "whose" is the subject.
  const agentless = vg.e === vg.s + 1 && ts[vg.e]?.norm === 'by'; // "..., played by Leonardo DiCaprio": a participle
  const whose = before && breakAfter(before) ? whoseAntecedent(ts, earlier, tensed(ts[vg.s]) && !agentless) : null;
  if (whose) {
    c.subj = whose;
    c.rules.push('subj-np');
    return;
  }
  if (relClause && before && breakAfter(before) && relClause.subj && relClause.rules.includes('rel-subj')) {
    const prev = relClause;
    // "Oleg Gordievsky, a KGB officer who became an agent, said": the relative clause is closed; the
    // name before the appositive (else the antecedent itself) is the subject.
    const ante = npLeft(ts, prev.subj!.e, 0) ?? prev.subj!; // the whole phrase, "of" chain included
    // (not when the antecedent is a person's name: "one of the Guildford Four, Gerry Conlon - who ... - said")
    const name = /,/.test(ts[ante.s - 1]?.post ?? '') && !has(ts[ante.e - 1], 'Person') ? npLeft(ts, ante.s, 0) : null;
    if (name && (name.s === 0 || breakAfter(ts[name.s - 1]))) {
      c.subj = name;
      apps.push({ name, role: { s: ante.s, e: k } });
      c.rules.push('appos-skip');
      return;
    }
    // "40% of the subscribers to the Hutch Alive, which uses ..., regularly click": the antecedent
    // a preposition takes after a noun is that noun's, not the verb's subject.
    // (A person named there stays: "during his keynote speech at GDC Mr Allard, who heads ..., gave".)
    const held = has(ts[ante.e - 1], 'Person') ? undefined : prepObject(ts, ante, 0);
    if (held === null) return;
    c.subj = held ?? ante;
    c.rules.push('subj-np');
    return;
  }
  // "The Quds Force, which he leads, is in charge of ...": an object relative opened and closed by
  // commas leaves the verb after it to its antecedent, not to the relative's own subject.
  const objectRelative = prev && before && !isConj(before) && /,/.test(before.post) && !prev.rules.includes('rel-subj');
  const ante = objectRelative ? prev.relAntecedent : null;
  if (ante && prev!.subj && prev!.subj.s > ante.e && /,/.test(ts[ante.e - 1]!.post) && tensed(ts[vg.s])) {
    c.subj = ante;
    c.rules.push('subj-np');
    return;
  }
  // "... the 'time and place shifting' of content - being able to watch video anywhere": a gerund
  // after a dash explains a noun; it is nobody's act.
  if (before && !isConj(before) && /\s[-–—]\s*$/u.test(before.post) && has(ts[vg.s], 'Gerund')) return;
  // "the standard method of recording and saving favourite TV programmes": a gerund joined to a
  // gerund in a noun phrase (no verb of the clause before) names an activity, nobody's act.
  const ing = ts[k - 2];
  const gerundBefore =
    isConj(before) && (has(ing, 'Gerund') || /ing$/.test(ing?.norm ?? '')) && isPrep(ts[k - 3]) && !(prev && prev.vg.e === k - 1);
  if (gerundBefore && has(ts[vg.s], 'Gerund')) return;
  // "accused of arming and funding the militias": a gerund or infinitive joined to one whose
  // subject comes by control (control.ts) shares it and its object.
  const awaiting = !!prev && !prev.subj && isConj(before) && prev.vg.e === k - 1 && prev.vg.mains.length === 1;
  if (awaiting && (has(ts[vg.head], 'Gerund') || ts[prev.vg.s - 1]?.norm === 'to') && sameForm(ts[prev.vg.head], ts[vg.head])) {
    c.coordWith = -2;
    c.rules.push('coord-adjacent');
    return;
  }
  // "Fallon asked Brown whether the Treasury had leaned on ONS to make this change, and said that ...",
  // "The home secretary described how it affected him, but said ...": a verb of saying joined after a
  // question, infinitive or subordinate clause joins the main clause before them and shares its subject.
  // A verb that reports a thing, with its plain object, after a reported clause with its own subject
  // joins that clause: "said the security forces knew who was behind it and would reveal them".
  const thing = LEX.reportingThings.has(vg.lemma) && (has(ts[vg.e], 'Pronoun') || has(ts[vg.e], 'Determiner'));
  const reported = thing
    ? earlier.findLast(
        (m) =>
          !!m.subj &&
          earlier.some(
            (q) => LEX.reporting.has(q.vg.lemma) && (m.subj!.s === q.vg.e || (m.subj!.s === q.vg.e + 1 && ts[q.vg.e]!.norm === 'that')),
          ),
      )
    : undefined;
  // (not a bare infinitive joined to a negated infinitive's chain, whose "not" it shares: '"I'm not
  // going to sit here and say"')
  const chainedInfinitive =
    !!prev && prev.vg.neg && has(ts[vg.s], 'Infinitive') && vg.e === vg.s + 1 && has(ts[prev.vg.head], 'Infinitive');
  const lifted =
    prev && isConj(before) && LEX.reporting.has(vg.lemma) && !ownStatement(ts, prev) && !chainedInfinitive
      ? (reported ?? earlier.findLast((m) => ownStatement(ts, m)))
      : undefined;
  if (lifted) {
    goOnWith(c, lifted, earlier);
    return;
  }
  const asideSubj = prev ? gerundAsideSubject(ts, vg, k, earlier) : null;
  if (asideSubj) {
    c.subj = asideSubj;
    c.rules.push('subj-np');
    return;
  }
  const asideOf = prev ? reportAside(ts, k, earlier) : null;
  if (asideOf) {
    c.subj = asideOf;
    c.parent = earlier.length - 1;
    c.rules.push('subj-np', 'report-aside');
    return;
  }
  // "it was the troops telling the leaders: get in line": past a colon a new sentence begins (an
  // order, a quotation); its verb shares no subject with the clause before.
  if (before && !isConj(before) && /:/.test(before.post)) return;
  // "tried at least twice to hack T-Mobile's network and took names": a past verb joined after an
  // infinitive goes on with the main clause whose verb has its form.
  const afterInfinitive = !!prev && !prev.subj && isConj(before) && ts[prev.vg.s - 1]?.norm === 'to' && vg.e === vg.s + 1;
  const infinitiveHost =
    afterInfinitive && has(ts[vg.head], 'PastTense') && ts[vg.head]!.norm !== ts[vg.head]!.root // not "to cease ... and shut"
      ? earlier.findLast((m) => mainClause(ts, m) && m.parent < 0 && sameForm(ts[m.vg.head], ts[vg.head]))
      : undefined;
  if (infinitiveHost) {
    goOnWith(c, infinitiveHost, earlier);
    return;
  }
  if (prev && before && (isConj(before) || breakAfter(before)) && prev.subj) {
    // "X led the force, which the US designates a terrorist group, and was ...": a relative clause
    // closed by a comma is skipped; the verb shares the subject of the clause it hangs on.
    // (a restrictive "who" relative, with no comma before it, goes on: "a couple who had X, but managed Y")
    const pronoun = prev.rules.includes('rel-subj') && prev.subj ? prev.subj.e : -1;
    const restrictive = pronoun > 0 && ts[pronoun]?.norm === 'who' && !breakAfter(ts[pronoun - 1]) && tensed(ts[vg.s]);
    const closedRelative =
      isConj(before) && breakAfter(ts[k - 2]) && !restrictive && (prev.relAntecedent !== null || prev.rules.includes('rel-subj'));
    // "He accepted that X ... but believed that ...": a coordinated verb of saying shares the subject of the earlier one.
    const speech =
      LEX.reporting.has(vg.lemma) && !chainedInfinitive
        ? earlier.slice(0, -1).findLast((m) => m.subj && LEX.reporting.has(m.vg.lemma) && m.parent < 0 && !m.rules.includes('rel-subj'))
        : undefined;
    // "Brown said America needed to take more action but defended Bush": after "but", a verb in the
    // form of a verb of saying whose complement just ended is the speaker's; so after ", and" when
    // the complement's verb has another form ("The premier insisted Mr Brown will have a key role
    // ..., and praised his handling of the economy").
    // (a one-word verb outside quotes: not "said: \"Mr Blair has forgotten ..., and has broken\"")
    // (without the comma when the complement's verb is a modal's and this one a plain past: "He said
    // the attack would not shake the security forces and asked Iraqis to stay calm")
    const modalThenPast = has(ts[prev.vg.s], 'Modal') && has(ts[vg.head], 'PastTense') && !has(ts[vg.head], 'Participle');
    const andAfter =
      before?.norm === 'and' &&
      (/,/.test(ts[k - 2]?.post ?? '') || modalThenPast) &&
      vg.e === vg.s + 1 &&
      !sameForm(ts[prev.vg.head], ts[vg.head]) &&
      !ts.slice(0, k).some((t) => /["\u201c]/.test(t.pre + t.post));
    // (not after a relative clause, which the verb goes on: "a couple who had hundreds of pictures ...,
    // but managed to reformat the hard drive")
    const sayer =
      (before?.norm === 'but' || andAfter) &&
      !prev.vg.passive &&
      !prev.vg.copula &&
      !prev.rules.includes('coord-subj') &&
      !prev.rules.includes('rel-subj')
        ? earlier.at(-2)
        : undefined;
    const reporter =
      sayer?.subj &&
      LEX.reporting.has(sayer.vg.lemma) &&
      !sayer.rules.includes('rel-subj') &&
      prev.subj!.s >= sayer.vg.e &&
      sameForm(ts[sayer.vg.head], ts[vg.head])
        ? sayer
        : undefined;
    // "Yukos says the sale was illegal and is pursuing damages": after "and", a present verb after a
    // present verb of saying whose complement has another tense goes on with the one who says.
    const said = before?.norm === 'and' ? earlier.at(-2) : undefined;
    const tenseSayer =
      said?.subj &&
      LEX.reporting.has(said.vg.lemma) &&
      !said.rules.includes('rel-subj') &&
      prev.subj!.s >= said.vg.e &&
      // (a present "says" only: after a past one, reported verbs shift tense freely: "Sources told the
      // BBC Michael Howard has always been in favour of ID cards, and tried to introduce them")
      tenseOf(ts[said.vg.s]) === 'present' &&
      tenseOf(ts[vg.s]) === 'present' &&
      tenseOf(ts[prev.vg.s]) !== tenseOf(ts[vg.s])
        ? said
        : undefined;
    // "join the scheme, dubbed Qatargas-2, on Monday, taking ...": past an aside on the object, the
    // verb hangs on the clause whose object that is.
    const closed = breakAfter(before) && /,/.test(ts[prev.vg.s - 1]?.post ?? '');
    const aside = prev.rules.includes('reduced-rel') && closed ? prev.subj! : undefined;
    const onObject = aside && earlier.slice(0, -1).findLast((m) => m.subj && m.vg.e === aside.s);
    // "He spent seven years in New York where he worked at MTV hosting the show, but spent most of
    // his hours tinkering": a finite verb joined after a gerund that modifies a phrase goes on with
    // the main clause whose verb has its form.
    // So a modal after a participle: "may have keywords such as Whistler associated to it but will
    // also widen the search net".
    const gerund = has(ts[prev.vg.head], 'Gerund');
    // (or, for a verb with a helper, the last clause that is no modifier: "Disney says it will
    // produce its future DVDs using Sony's technology, but has not ruled out a rival format")
    const mainAt = (m: Clause): boolean => !!m.subj && !m.subord && !m.rules.includes('reduced-rel') && !m.rules.includes('rel-subj');
    const helped = vg.head > vg.s && hasAny(ts[vg.s], 'Auxiliary', 'Modal');
    const overGerund =
      prev.rules.includes('reduced-rel') && (gerund ? !has(ts[vg.head], 'Gerund') : has(ts[vg.s], 'Modal'))
        ? (earlier.slice(0, -1).findLast((m) => mainAt(m) && m.parent < 0 && sameForm(ts[m.vg.head], ts[vg.head])) ??
          (gerund && helped ? earlier.slice(0, -1).findLast(mainAt) : undefined))
        : undefined;
    // "Apple has sold more than six million iPods since the gadget was launched and has an 87% share":
    // after "and", a verb in the tense of the main clause, not of the subordinate clause just closed,
    // goes on with the main clause.
    const subordinated = subordinate(prev) && isConj(before) && tenseOf(ts[prev.vg.s]) !== tenseOf(ts[vg.s]);
    const mainHost = subordinated
      ? earlier.slice(0, -1).findLast((m) => !!m.subj && m.parent < 0 && !subordinate(m) && !m.rules.includes('rel-subj'))
      : undefined;
    const mainClauseHost = mainHost && tenseOf(ts[mainHost.vg.s]) === tenseOf(ts[vg.s]) ? mainHost : undefined;
    // "he had seen prime ministers and party leaders come and go and knew the pitfalls": a past verb
    // cannot go on with a bare infinitive (a small clause's); it goes on with the last main clause
    // in the past.
    const afterBare =
      has(ts[prev.vg.head], 'Infinitive') &&
      prev.vg.e === prev.vg.s + 1 &&
      ts[prev.vg.s - 1]?.norm !== 'to' &&
      isConj(before) &&
      vg.e === vg.s + 1 &&
      tenseOf(ts[vg.s]) === 'past';
    const pastHost = afterBare
      ? earlier
          .slice(0, -1)
          .findLast(
            (m) =>
              !!m.subj &&
              !m.rules.includes('rel-subj') &&
              (tenseOf(ts[m.vg.s]) === 'past' || /^(?:had|was|were|did)$/.test(ts[m.vg.s]!.norm)),
          )
      : undefined;
    // "Boeing apologised for the affair - although it claimed it did not gain any advantage - and
    // pledged to improve": past an aside between dashes, the verb goes on with the clause before it.
    const open = isConj(before) && dashAfter(ts[k - 2]) ? ts.slice(0, k - 2).findLastIndex((t) => dashAfter(t)) : -1;
    const beforeAside =
      open > 0
        ? earlier.slice(0, -1).findLast((m) => !!m.subj && m.parent < 0 && m.vg.e <= open + 1 && !m.rules.includes('rel-subj'))
        : undefined;
    const host =
      speech ??
      reporter ??
      tenseSayer ??
      beforeAside ??
      overGerund ??
      onObject ??
      mainClauseHost ??
      pastHost ??
      (closedRelative
        ? earlier.slice(0, -1).findLast((m) => m.subj && m.relAntecedent === null && !m.rules.includes('rel-subj'))
        : undefined);
    c.subj = (host ?? prev).subj;
    c.coordWith = host ? earlier.indexOf(host) : -2; // -2: the previous clause, fixed up by the caller
    c.rules.push('coord-subj');
    // "Jack McConnell was speaking ... about binge drinking and drink promotions": a lone bare
    // present after "and" shares no helper with a past verb group (not "will travel ... and meet",
    // "wants to cut taxes and reduce", "did not resign or leave") and does not agree with a singular
    // subject: it is no verb of that subject.
    if (isConj(before) && unagreeing(ts, vg, (host ?? prev).vg, c.subj)) c.subj = null;
    // "Tate's shares have leapt 55%, boosted by firming sugar prices": a bare participle after a
    // comma, with its agent, is passive: the shared subject is what was boosted (clauses.ts keeps it
    // only if the clause before names nothing else it could hang on).
    const h = ts[vg.head]!;
    const participle = (has(h, 'PastTense') || has(h, 'Participle')) && !has(h, 'Gerund') && vg.e === vg.s + 1;
    if (participle && !isConj(before) && ts[vg.e]?.norm === 'by' && !INTRANSITIVE.has(vg.lemma)) {
      c.vg = { ...vg, passive: true };
      if (host) c.subj = null;
      else c.rules.push('comma-participle');
    }
    // "Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud": a claim's
    // participle after a comma is passive; the subject is the one accused, not the accuser.
    if (participle && !isConj(before) && ts[vg.e]?.norm === 'of' && CLAIM_PARTICIPLES.has(h.norm)) c.vg = { ...vg, passive: true };
    if (isConj(before) && !host && prev.vg.e === k - 1) {
      c.rules.push('coord-adjacent'); // "armed and supported"
      // "pledged not to release or re-release any songs", "is to refuse to release or stage concerts":
      // a verb of the same form shares the negation; after "but" it is the contrast ("was not
      // crucified, but married").
      if (before.norm !== 'but' && negated(ts, prev.vg) && sameForm(ts[prev.vg.head], ts[vg.head])) c.vg = { ...c.vg, neg: true };
      if (usedAsMeans(ts, prev.vg)) c.rules.push('means'); // "is used to send and receive information"
    }
    return;
  }
  if (!LEX.reporting.has(vg.lemma) || NEVER_INVERTED.has(vg.lemma) || (before && !breakAfter(before))) return;
  // ("Tory delegates are gathering ..., declaring Britain needs a change": a participle of saying
  // after a comma is said by the subject of the main clause before it, not by what follows it)
  if (has(ts[vg.head], 'Gerund')) {
    const main = earlier.findLast((m) => !!m.subj && m.parent < 0 && !m.rules.includes('rel-subj') && m.vg.e <= vg.s);
    // (not an extraposed "it": "It was left to Mr Prescott ..., claiming"; nor before a quotation,
    // the words said: 'declaring "today Brent South, tomorrow Soweto"')
    const it = main?.subj && main.subj.e - main.subj.s === 1 && ts[main.subj.s]!.norm === 'it';
    if (before && main?.subj && !it && !/["\u201c]/.test(ts[vg.e]?.pre ?? '')) {
      c.subj = main.subj;
      c.rules.push('adjunct-subj');
    }
    return;
  }
  c.subj = npRight(ts, vg.e, ts.length);
  if (c.subj) c.rules.push('said-inverted');
}

/** Participles of a claim about their subject ("accused of", "suspected of"). */
const CLAIM_PARTICIPLES: ReadonlySet<string> = new Set(['accused', 'suspected', 'alleged', 'charged', 'convicted', 'cleared', 'acquitted']);

/** A finite verb's tense, for matching verbs joined by "and": past, present or a modal's ('' otherwise). */
function tenseOf(t: Token | undefined): '' | 'past' | 'present' | 'modal' {
  if (!t) return '';
  if (has(t, 'Modal')) return 'modal';
  if (has(t, 'PastTense') && !has(t, 'Participle')) return 'past';
  if (/^(?:is|are|has|have|does|do|am)$/.test(t.norm) || (has(t, 'PresentTense') && !has(t, 'Gerund') && !has(t, 'Infinitive')))
    return 'present';
  return '';
}
