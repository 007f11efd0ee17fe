/** Clause reader, subject layer: the subject of each verb group (relatives, appositions, coordination, inversion, control). */
import retag from '../data/retag.json' with { type: 'json' };
import type { Token } from '../parse.js';
import type { Apposition, Clause, Span, VerbGroup } from './clauses.js';
import { ADDRESSEE_VERBS, INTRANSITIVE, LEX, PREPOSITION_GERUNDS } from './lexicon.js';
import { extendSubject, npLeft, npRight, roleLike } from './phrases.js';
import { breakAfter, dashAfter, has, hasAny, isBe, isConj, isNounAt, isPrep, isVerbal, phraseBreak, tensed } from './tokens.js';
import { THINGS } from './things.js';
import { CONTACT_PRONOUNS, isAdverbial, usedAsMeans } from './verbs.js';

/**
 * "Selling the unit to Ford would give the firm cash", "Allowing Turkey to join the EU would
 * strengthen Europe", "said reopening the Waverley Line would restore the area's prosperity": a
 * gerund clause that opens the sentence, or what a verb of saying or "that" introduces, and runs on
 * to the verb with no comma, is that verb's subject; no noun phrase inside it is ("Ford", "the
 * EU", "the Waverley Line"). Not a participle set off by a comma ("Speaking at a BMW event, Helmut
 * Panke predicted"), nor an -ing preposition.
 */
function insideGerundSubject(ts: readonly Token[], earlier: readonly Clause[], np: Span, k: number): boolean {
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
  while (
    k > floor &&
    isAdverbial(ts[k - 1]) &&
    !existential(ts[k - 1]) &&
    (!breakAfter(ts[k - 1]) || isAdverbial(ts[k - 2]) || !breakAfter(ts[k - 2]))
  )
    k--;
  k = pastDashes(ts, k, floor);
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
  // right after its verb (not on "jet fuel" in "the plan to tax jet fuel - tabled by France").
  const onObject = !!np && !!prev && np.s === prev.vg.e && ts[prev.vg.s - 1]?.norm !== 'to';
  // (So a naming verb after a comma: "join the ExxonMobil scheme, dubbed Qatargas-2, on Monday".)
  const named = NAMING_VERBS.has(ts[vg.head]!.norm) && /,/.test(ts[k - 1]?.post ?? '');
  // (And a closed aside of place or time: "said the White Paper, published in December 2003, was".)
  const closes = dashAfter(ts[k - 1]) || named || placedAside(ts, vg) || asideChain(ts, vg);
  if (np && onObject && closes && parentheticalPassive(ts, vg, np, c, true)) return;
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
    // "Roy Tansley, from Derby developed": where someone is from is no subject; the name before is.
    // (and "Andrew Fisher, from Omaha, Nebraska, said": over a town before its state)
    let from = c.subj.s - 1;
    if (c.subj.e - c.subj.s === 1 && has(ts[c.subj.s], 'Place') && has(ts[from], 'ProperNoun') && breakAfter(ts[from])) from--;
    if (ts[from]?.norm === 'from' && from - 1 > floor && /,/.test(ts[from - 1]!.post) && has(ts[from - 1], 'ProperNoun'))
      c.subj = npLeft(ts, from, floor) ?? c.subj;
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
  const lifted =
    prev && isConj(before) && LEX.reporting.has(vg.lemma) && !ownStatement(ts, prev)
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
    const closedRelative = isConj(before) && breakAfter(ts[k - 2]) && (prev.relAntecedent !== null || prev.rules.includes('rel-subj'));
    // "He accepted that X ... but believed that ...": a coordinated verb of saying shares the subject of the earlier one.
    const speech = LEX.reporting.has(vg.lemma)
      ? earlier.slice(0, -1).findLast((m) => m.subj && LEX.reporting.has(m.vg.lemma) && m.parent < 0 && !m.rules.includes('rel-subj'))
      : undefined;
    // "Brown said America needed to take more action but defended Bush": after "but", a verb in the
    // form of a verb of saying whose complement just ended is the speaker's; so after ", and" when
    // the complement's verb has another form ("The premier insisted Mr Brown will have a key role
    // ..., and praised his handling of the economy").
    // (a one-word verb outside quotes: not "said: \"Mr Blair has forgotten ..., and has broken\"")
    const andAfter =
      before?.norm === 'and' &&
      /,/.test(ts[k - 2]?.post ?? '') &&
      vg.e === vg.s + 1 &&
      !sameForm(ts[prev.vg.head], ts[vg.head]) &&
      !ts.slice(0, k).some((t) => /["\u201c]/.test(t.pre + t.post));
    const sayer =
      (before?.norm === 'but' || andAfter) && !prev.vg.passive && !prev.vg.copula && !prev.rules.includes('coord-subj')
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
    const overGerund =
      prev.rules.includes('reduced-rel') && (gerund ? !has(ts[vg.head], 'Gerund') : has(ts[vg.s], 'Modal'))
        ? earlier
            .slice(0, -1)
            .findLast(
              (m) =>
                !!m.subj &&
                m.parent < 0 &&
                !m.subord &&
                !m.rules.includes('reduced-rel') &&
                !m.rules.includes('rel-subj') &&
                sameForm(ts[m.vg.head], ts[vg.head]),
            )
        : undefined;
    const host =
      speech ??
      reporter ??
      overGerund ??
      onObject ??
      (closedRelative
        ? earlier.slice(0, -1).findLast((m) => m.subj && m.relAntecedent === null && !m.rules.includes('rel-subj'))
        : undefined);
    c.subj = (host ?? prev).subj;
    c.coordWith = host ? earlier.indexOf(host) : -2; // -2: the previous clause, fixed up by the caller
    c.rules.push('coord-subj');
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
  if (LEX.reporting.has(vg.lemma) && !NEVER_INVERTED.has(vg.lemma) && (!before || breakAfter(before))) {
    c.subj = npRight(ts, vg.e, ts.length);
    if (c.subj) c.rules.push('said-inverted');
  }
}

/**
 * "..., says a report by the Institute for Fiscal Studies", "said analyst Erling Refsum at Nomura": a
 * speaker (a document, a person noun or a person's name) and a phrase saying whose, to the sentence's end.
 */
function sourceTail(ts: readonly Token[], e: number): boolean {
  const head = ts[e - 1]!;
  if (!(THINGS.speakers.has(head.norm) || has(head, 'Person') || has(head, 'Actor'))) return false;
  if (!/^(?:by|from|at|for)$/.test(ts[e]?.norm ?? '')) return false;
  for (let k = e + 1; k < ts.length && ts[k]!.text; k++) {
    if (has(ts[k], 'Verb') && !isNounAt(ts, k)) return false;
    if (breakAfter(ts[k])) return !ts[k + 1]?.text;
  }
  return true;
}

/**
 * "a law backed by Mr Bush", "two Britons held at Guantanamo Bay", "a law relating to sodomy": a bare
 * participle right after a noun phrase of the previous clause modifies it. A past participle is then
 * passive (its noun is the patient); a gerund after another reduced relative's agent hangs on the same
 * noun. The clause is marked 'reduced-rel' so the previous clause keeps the phrase as its argument.
 */
const NAMING_VERBS = new Set([
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
  'nicknamed',
  'branded',
  'labelled',
  'labeled',
  'codenamed',
]);

/**
 * "The site hosting the screensaver | currently shows", "that the problems plaguing net users | do not
 * spread": a gerund right after a clause's determined or plural subject modifies it, and the phrase after the
 * gerund (determined, a name or a plural) is its object, not the next verb's subject. Not a gerund
 * of saying ("a report claiming he warned"), nor a compound ("The mobile gaming industry").
 */
function gerundModifier(ts: readonly Token[], g: Clause, np: Span): boolean {
  const s = g.subj;
  if (!s || g.obj || g.vg.e !== np.s || g.vg.s !== g.vg.head || s.e !== g.vg.s || !has(ts[g.vg.head], 'Gerund')) return false;
  if (LEX.reporting.has(g.vg.lemma) || breakAfter(ts[s.e - 1]) || breakAfter(ts[g.vg.head])) return false;
  const opens = opensClause(ts, s.s) || timeLead(ts, s.s);
  const determined = (t: Token | undefined) => has(t, 'Determiner') || has(t, 'Possessive');
  const object = determined(ts[np.s]) || /^\p{Lu}/u.test(ts[np.s]!.text) || has(ts[np.e - 1], 'Plural');
  // (a bare plural too: "Groups challenging the plans | include")
  const plural = has(ts[s.e - 1], 'Plural') && !has(ts[s.e - 1], 'Pronoun');
  // (a counted subject too: "one drone carrying explosives | struck his residence")
  const counted = has(ts[s.s], 'Value') && !has(ts[s.s], 'Date');
  return opens && (determined(ts[s.s]) || plural || counted) && object;
}

/**
 * "Members working in the NHS or for local government | have never had": a gerund (and its object)
 * after a plural that opens the clause modifies it; its prepositional phrases end at the next verb,
 * whose subject is that plural, not the last phrase's noun. Not where the verb takes a singular.
 */
function gerundPhraseEnds(ts: readonly Token[], g: Clause, np: Span, vg: VerbGroup): boolean {
  const s = g.subj;
  if (!s || g.vg.s !== g.vg.head || s.e !== g.vg.s || !has(ts[g.vg.head], 'Gerund')) return false;
  // (or with its object first: "files containing security details about ... London | were found")
  const obj = g.obj ?? (isPrep(ts[g.vg.e]) ? null : npRight(ts, g.vg.e, np.s));
  if (obj && (obj.s !== g.vg.e || obj.e >= np.s)) return false;
  if (!isPrep(ts[obj ? obj.e : g.vg.e]) || np.e !== vg.s || !has(ts[s.e - 1], 'Plural') || has(ts[s.e - 1], 'Pronoun')) return false;
  if (LEX.reporting.has(g.vg.lemma) || !opensClause(ts, s.s)) return false;
  const phrase = ts.slice(s.s, np.e);
  if (phrase.some((t, i) => breakAfter(t) || (i > g.vg.e - s.s && has(t, 'Verb') && !has(t, 'Noun')))) return false;
  const v = ts[vg.s]!;
  return !(has(v, 'PresentTense') && /[^s]s$/.test(v.norm) && !has(v, 'Modal')) && !/^(?:is|was|has|does)$/.test(v.norm);
}

/** Words of a time phrase that opens a sentence ("Earlier that day", "On Sunday", "Last week"). */
const TIME_LEAD_WORDS: ReadonlySet<string> = new Set(['earlier', 'later', 'last', 'next', 'this', 'that', 'on', 'in', 'late', 'early']);

/** Whether the tokens before `k` are only a sentence-opening time phrase with no comma ("Earlier that day | a drone"). */
function timeLead(ts: readonly Token[], k: number): boolean {
  const lead = ts.slice(0, k);
  return (
    lead.length > 0 &&
    lead.some((t) => has(t, 'Date') || has(t, 'Duration')) &&
    lead.every((t) => !breakAfter(t) && (has(t, 'Date') || has(t, 'Duration') || has(t, 'Value') || TIME_LEAD_WORDS.has(t.norm)))
  );
}

/** Verbs whose "to", "at" or "with" phrase names whom or where one acts ("written to X demanding"). */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['write', 'speak', 'talk', 'complain', 'appeal', 'work', 'serve']);

function reducedRelative(
  ts: readonly Token[],
  vg: VerbGroup,
  np: { s: number; e: number },
  earlier: readonly Clause[],
  c: Clause,
): boolean {
  const prev = earlier.at(-1);
  const h = ts[vg.head]!;
  // "According to a survey conducted by Mirapoint, ...": before any clause, only in a phrase opened
  // by a preposition and with its agent.
  if (!prev && ts[vg.e]?.norm !== 'by') return false;
  // "a lawsuit against two men believed to be among ...": a raised passive of saying modifies the phrase.
  const first = ts[vg.s]!;
  // (Not a promise, active before its infinitive: "France and Germany vowed to run".)
  const raised =
    vg.s < vg.head &&
    ts[vg.s + 1]?.norm === 'to' &&
    has(first, 'PastTense') &&
    LEX.reporting.has(first.root) &&
    !LEX.intentions.has(first.norm);
  if (raised && np.s >= (prev?.vg.e ?? 0) && !breakAfter(ts[np.e - 1]) && !has(ts[np.s], 'Pronoun')) {
    c.subj = np;
    c.rules.push('reduced-rel');
    return true;
  }
  // "reports of any phones being infected by": a passive gerund after a phrase that a preposition
  // opens describes it too (not a verb's object: "prevent the program being caught" is prevented).
  const being =
    ts[vg.s]!.norm === 'being' &&
    vg.head === vg.s + 1 &&
    (has(h, 'PastTense') || has(h, 'Participle')) &&
    isPrep(ts[Math.max(np.s, lastChunkStart(ts, npLeft(ts, np.e, np.s) ?? np)) - 1]);
  if ((vg.s !== vg.head && !being) || np.s < (prev?.vg.e ?? 0) || breakAfter(ts[np.e - 1]) || has(h, 'Auxiliary')) return false;
  // ("warned the picture was not as rosy": a finite form of "be", "have" or "do" is no participle)
  if (/^(?:was|were|had|did)$/.test(h.norm)) return false;
  // A pronoun takes no participle after it: "denied it amounted to a crisis" has a finite verb.
  if (np.e - np.s === 1 && has(ts[np.s], 'Pronoun')) return false;
  const gerund = has(h, 'Gerund');
  const participle = (has(h, 'PastTense') || has(h, 'Participle')) && !gerund && !has(h, 'SimplePast');
  const next = ts[vg.e];
  // "a system called Spotlight", "in a move branded a humiliating retreat" (a noun after a preposition has no verb).
  const inPP = !!ts[np.s - 1] && isPrep(ts[np.s - 1]!);
  // "uses a system dubbed smart serendipity": so right after the previous verb's object.
  const objOfPrev = !!prev && np.s === prev.vg.e;
  const naming = participle && NAMING_VERBS.has(h.norm) && (/^\p{Lu}/u.test(next?.text ?? '') || inPP || objOfPrev);
  if (participle && next && !isPrep(next) && !breakAfter(h) && !naming) return false; // "the militias backed the attack": a main verb with its object
  if (LEX.reporting.has(vg.lemma) && next?.norm !== 'by') return false; // "It claims Mr Blair said ...": a verb of saying is finite
  // Before the sentence has a main clause a simple past is its main verb ("The revelation that Shell had
  // inflated its reserves | led to ..."); an agent ("backed by") or a participle form ("given") still modifies.
  if (participle && next?.norm !== 'by' && !/(?:en|wn|ne)$/.test(h.norm) && !earlier.some((m) => mainClause(ts, m))) return false;
  if ((!gerund && !participle) || (participle && INTRANSITIVE.has(vg.lemma))) return false;
  // "reported that Qaani travelled to Iraq": right after a reporting verb's "that", a past form is the clause's verb.
  // (Not before the clause's own finite verb: "argued that British troops deployed in Iraq should be replaced".)
  const complement = ts[np.s - 1]?.norm === 'that' && !!prev && prev.vg.e === np.s - 1 && LEX.reporting.has(prev.vg.lemma);
  let end = vg.e;
  while (end < ts.length && !breakAfter(ts[end - 1]) && !has(ts[end], 'Modal') && !has(ts[end], 'Auxiliary') && !has(ts[end], 'Copula'))
    end++;
  const finiteAfter = end < ts.length && !breakAfter(ts[end - 1]);
  if (participle && complement && next?.norm !== 'by' && !finiteAfter) return false;
  const chunk = npLeft(ts, np.e, np.s);
  let subj = chunk ? { s: Math.max(np.s, lastChunkStart(ts, chunk)), e: np.e } : np;
  if (gerund && prev?.rules.includes('reduced-rel') && prev.subj && prev.pps.length === 0 && ts[np.s - 1]?.norm === 'by') subj = prev.subj;
  // "people in the UK using its hotspots", "firms in Britain selling arms", "a house in Houston owned
  // by its finance chief": a gerund or agented participle after a place phrase hung on a noun
  // describes that noun, not the place.
  // "has written to Tony Blair demanding an explanation", "worked at MTV hosting the show": after
  // the phrase a verb of writing, speaking or working addresses, a gerund is that verb's
  // subject's act, not the phrase's.
  const det = /^(?:the|a|an)$/.test(ts[np.s]?.norm ?? '') ? np.s : subj.s;
  const addressed = ADDRESSING_VERBS.has(prev?.vg.lemma ?? '') && /^(?:to|at|with|for)$/.test(ts[det - 1]?.norm ?? '');
  if (gerund && prev?.subj && det - 1 === prev.vg.e && addressed && !breakAfter(ts[np.e - 1])) {
    c.subj = prev.subj;
    c.rules.push('verb-phrase-gerund');
    return true;
  }
  const placed = ts.slice(subj.s, subj.e).some((t) => has(t, 'Place') || (has(t, 'ProperNoun') && !has(t, 'Date')));
  if ((gerund || next?.norm === 'by') && placed && LOCATING_PREPS.has(ts[subj.s - 1]?.norm ?? '')) {
    const head = npLeft(ts, subj.s - 1, prev?.vg.e ?? 0);
    if (head && !breakAfter(ts[head.e - 1]) && has(ts[head.e - 1], 'Noun') && !has(ts[head.e - 1], 'Pronoun')) subj = head;
  }
  // "a round-up of ultimate gizmos compiled by Stuff Magazine": a document's maker made the document.
  const before = ts[subj.s - 2];
  const docWord = has(before, 'Hyphenated') && ts[subj.s - 3]?.post === '-' ? `${ts[subj.s - 3]!.norm}-${before!.norm}` : before?.norm;
  if (participle && LEX.documentVerbs.has(vg.lemma) && ts[subj.s - 1]?.norm === 'of' && LEX.documentNouns.has(docWord ?? '')) {
    const doc = npLeft(ts, subj.s - 1, prev?.vg.e ?? 0);
    if (doc) subj = { s: Math.max(doc.s, lastChunkStart(ts, doc)), e: subj.e };
  }
  c.subj = subj;
  c.rules.push('reduced-rel');
  if (participle) c.vg = { ...vg, passive: true };
  return true;
}

/**
 * "His lawyers, led by Bruce Cutler, have vowed", "the case - filed by the Clinton administration -": a
 * bare past participle set off by a comma or dash after a noun phrase and followed by its agent (or
 * a naming verb: "the phone, dubbed a gadget,") is a passive modifying that phrase. On the object
 * of a verb before it (`onObject`), so is a participle or modal adjective with its infinitive, the
 * aside closed before a finite verb ("said the vote - expected to fall on 5 May - will give").
 */
function parentheticalPassive(ts: readonly Token[], vg: VerbGroup, np: Span, c: Clause, onObject = false): boolean {
  const h = ts[vg.head]!;
  const chain = onObject && asideChain(ts, vg);
  if (!(participleAt(ts, vg.head) && vg.s === vg.head && vg.e === vg.s + 1) && !chain) return false;
  if (np.e !== vg.s || !/[,–—]|\s-\s/.test(ts[np.e - 1]!.post)) return false;
  // "The PH-S6500 phone, dubbed a sports-leisure gadget, was": a naming verb needs no agent, nor
  // does an aside of place or time closed before the verb it interrupts.
  if (chain ? !closedAside(ts, np.e - 1, vg.e - 1) : ts[vg.e]?.norm !== 'by' && !NAMING_VERBS.has(h.norm) && !placedAside(ts, vg))
    return false;
  if ((np.e - np.s === 1 && has(ts[np.s], 'Pronoun')) || LEX.reporting.has(vg.lemma)) return false;
  c.subj = np;
  c.rules.push('reduced-rel');
  c.vg = chain ? vg : { ...vg, passive: true };
  return true;
}

const participleAt = (ts: readonly Token[], i: number): boolean =>
  (has(ts[i], 'PastTense') || has(ts[i], 'Participle')) && !has(ts[i], 'Gerund') && !has(ts[i], 'Auxiliary');

/** "the vote - expected to fall on 5 May -", "the pledges - set to underpin ...": a participle or modal adjective and its infinitive. */
function asideChain(ts: readonly Token[], vg: VerbGroup): boolean {
  const first = ts[vg.s]!;
  if (ts[vg.s + 1]?.norm !== 'to' || vg.head <= vg.s + 1 || breakAfter(first)) return false;
  return participleAt(ts, vg.s) || LEX.modalAdjectives.has(first.norm);
}

/**
 * Whether the aside opened after token `open` closes, with the same mark (comma or dash), before a
 * finite verb, with no finite verb of its own from `from` on: "- expected to fall on 5 May - will give".
 */
function closedAside(ts: readonly Token[], open: number, from: number): boolean {
  const dash = dashAfter(ts[open]);
  for (let k = from; k < Math.min(ts.length - 1, from + 10); k++) {
    if (k > from && tensed(ts[k])) return false;
    if (!breakAfter(ts[k])) continue;
    if (dash ? !dashAfter(ts[k]) : !/,/.test(ts[k]!.post)) return false;
    return tensed(ts[k + 1]);
  }
  return false;
}

/**
 * "the White Paper, published in December 2003, was", "the firm, based in Ohio, has": a participle
 * led into a phrase by a preposition, the phrase closed by a comma or dash before a finite verb.
 */
function placedAside(ts: readonly Token[], vg: VerbGroup): boolean {
  if (!isPrep(ts[vg.e]) || ts[vg.e]!.norm === 'by' || breakAfter(ts[vg.head])) return false;
  for (let k = vg.e + 1; k < Math.min(ts.length - 1, vg.e + 8); k++) {
    if (has(ts[k], 'Verb') && !has(ts[k], 'Gerund')) return false;
    if (!breakAfter(ts[k])) continue;
    const next = ts[k + 1]!;
    const finite = hasAny(next, 'Modal', 'Auxiliary', 'Copula', 'PresentTense', 'PastTense') && !has(next, 'Gerund');
    return (/,/.test(ts[k]!.post) || dashAfter(ts[k])) && finite;
  }
  return false;
}

/** Whether a phrase starting at `s` opens a clause: sentence start, punctuation, "and", "that", a subordinator. */
function opensClause(ts: readonly Token[], s: number): boolean {
  const pre = ts[s - 1];
  return !pre || breakAfter(pre) || isConj(pre) || pre.norm === 'that' || LEX.subordinators.has(pre.norm);
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
function prepObject(ts: readonly Token[], sp: Span, floor: number): Span | null | undefined {
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
  if (!has(head, 'Verb') || has(head, 'Auxiliary') || has(head, 'Copula')) return undefined;
  // "The company named in the lawsuit | denied": a participle after a clause-opening noun phrase modifies it.
  const noun = has(head, 'PastTense') || has(head, 'Participle') ? npLeft(ts, s - 2, 0) : null;
  if (noun && opensClause(ts, noun.s)) return noun;
  // After the verb before this clause ("comply with the law | will face"), or after a verb inside it.
  return null;
}

/**
 * "to ensure the most controversial control order, amounting to house arrest, would be imposed": a
 * tensed verb right after a gerund aside set off by commas has the phrase before the aside as its
 * subject (a participle aside with its agent is parentheticalPassive's).
 */
function gerundAsideSubject(ts: readonly Token[], vg: VerbGroup, k: number, earlier: readonly Clause[]): Span | null {
  const prev = earlier.at(-1)!;
  const opened = ts[prev.vg.s - 1];
  if (prev.subj || !has(ts[prev.vg.s], 'Gerund')) return null;
  if (!/,/.test(ts[k - 1]?.post ?? '') || !/,/.test(opened?.post ?? '') || !tensed(ts[vg.s]) || k !== vg.s) return null;
  const np = npLeft(ts, prev.vg.s, earlier.at(-2)?.vg.e ?? 0);
  return np && !has(ts[np.e - 1], 'Pronoun') ? np : null;
}

/** A person's name right after a subordinator ("after Peter Mandelson, ..."): it opens the clause. */
const opensAfterLink = (ts: readonly Token[], np: Span): boolean =>
  LEX.subordinators.has(ts[np.s - 1]?.norm ?? '') &&
  ts[np.s - 2]?.norm !== 'such' && // "writers such as Sylvia Plath, George Orwell ..."
  has(ts[np.e - 1], 'Person') &&
  /,/.test(ts[np.e - 1]!.post);

/**
 * "The market, former British government minister Michael Heseltine once said, has no morality",
 * "The deal, the company said, would boost profits": a report set off by commas between a subject
 * that opens the sentence and its verb; the phrase before it is the subject, and the report governs.
 */
function reportAside(ts: readonly Token[], k: number, earlier: readonly Clause[]): Span | null {
  const said = earlier.at(-1)!;
  if (earlier.length !== 1 || !said.subj || said.obj || said.subj.s >= said.vg.s || said.vg.e !== k) return null;
  if (!LEX.reporting.has(said.vg.lemma) || !/,/.test(ts[k - 1]!.post) || !/,/.test(ts[said.subj.s - 1]?.post ?? '')) return null;
  const np = npLeft(ts, said.subj.s, 0);
  return np && np.s === 0 ? np : null;
}

/** Whether a phrase starting at `s` is a preposition's object, or the last conjunct of one ("outside France and | the UK"). */
function prepObjectAt(ts: readonly Token[], s: number): boolean {
  if (isPrep(ts[s - 1])) return true;
  if (!isConj(ts[s - 1])) return false;
  const left = npLeft(ts, s - 1, 0);
  return !!left && isPrep(ts[left.s - 1]);
}

/** Verbs whose object does a bare verb after it ("let people donate", "helps websites deal"). */
const CAUSATIVE = new Set(['let', 'make', 'help', 'have', 'see', 'hear', 'watch', 'get']);
/** A verb agrees with a head noun: an -s present form takes no plural ("cards ... chips" is a noun). */
const agrees = (verb: Token | undefined, head: Token | undefined): boolean =>
  !(has(verb, 'PresentTense') && /[^s]s$/.test(verb?.norm ?? '') && !has(verb, 'Auxiliary') && has(head, 'Plural'));

/**
 * "none of the companies which received AutoLinks had paid": a verb right after a restrictive
 * relative's object takes the relative's antecedent, whole, with the phrases its PPs hang on
 * ("Kashmiri politicians on both sides of the Line of Control which divides the region welcomed").
 * Not after a verb that takes a clause or a bare verb, across punctuation or a pronoun, or where
 * the verbs do not agree in number with the antecedent. Null when the rule does not apply.
 */
function restrictiveAntecedent(ts: readonly Token[], vg: VerbGroup, k: number, earlier: readonly Clause[]): Span | null {
  const prev = earlier.at(-1);
  if (!prev?.subj || !prev.rules.includes('rel-subj') || prev.pps.length || !tensed(ts[vg.s])) return null;
  // (a naming participle names the object: "which uses the system called BitTorrent")
  if (vg.e === vg.s + 1 && NAMING_VERBS.has(ts[vg.s]!.norm) && /^\p{Lu}/u.test(ts[vg.e]?.text ?? '')) return null;
  const l = prev.vg.lemma;
  // (a causative's object does a bare verb: "the firms which let people | donate"; not a modal's:
  // "patients who have had a stroke | should not take")
  const modal = has(ts[vg.s], 'Modal') || has(ts[vg.s], 'Auxiliary');
  if ((CAUSATIVE.has(l) && !modal) || LEX.reporting.has(l) || LEX.saying.has(l)) return null;
  // (past a pronoun's first object: "the government that brought us the dodgy dossier is publishing")
  const first = /^(?:us|me|him|her|them|you)$/.test(ts[prev.vg.e]?.norm ?? '') && !breakAfter(ts[prev.vg.e]);
  const from = first ? prev.vg.e + 1 : prev.vg.e;
  const between = npLeft(ts, k, from);
  const head = ts[prev.subj.e - 1];
  const fits =
    !!between &&
    ((between.s === from && (!prev.obj || prev.obj.e === k || first)) || (!prev.obj && joinedThrough(ts, from, k))) &&
    !ts.slice(prev.vg.e - 1, k).some((t) => /[,;:()"“”]/.test(t.post)) &&
    !has(ts[between.s], 'Pronoun') && // "who all left I'm A Celebrity": a pronoun opens its own clause
    !(CONTACT_PRONOUNS.has(ts[k - 1]!.norm) && has(ts[k - 1], 'Pronoun')) && // "the team that created the Macintosh he did not
    agrees(ts[vg.s], head) &&
    agrees(ts[prev.vg.s], head);
  const pron = prev.subj.e;
  if (!fits || !LEX.relativePronouns.has(ts[pron]?.norm ?? '') || /,/.test(ts[pron - 1]?.post ?? '')) return null;
  const low = earlier.at(-2)?.vg.e ?? 0;
  let ante = npLeft(ts, pron, low);
  for (let n = 0; ante && n < 2 && isPrep(ts[ante.s - 1]) && !breakAfter(ts[ante.s - 2]); n++) {
    const left = npLeft(ts, ante.s - 1, low);
    if (!left) break;
    ante = { s: left.s, e: ante.e };
  }
  return ante;
}

/** Nouns of a person's tie to another ("His friend, Saxon Spence, ..."). */
const PERSON_RELATIONS = /^(?:friend|colleague|ally|rival|partner|aide|son|daughter|wife|husband|brother|sister|father|mother)$/;

/**
 * "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central
 * Hispano, has started": noun phrases set off by commas from the clause's opening one up to the
 * verb, none with a verb or a conjunction, are its appositions; the opening phrase is the subject
 * (two or more of them: one is describedName's or an aside's).
 */
function appositionChain(ts: readonly Token[], floor: number, k: number): Span | null {
  const first = npRight(ts, floor, k);
  if (!first || (floor > 0 && !breakAfter(ts[floor - 1])) || !/^,\s*$/.test(ts[first.e - 1]!.post)) return null;
  // (not a time, nor a person's role or relation the names after it fill: "Last year, Crown Prince
  // Abdullah, the de-facto ruler, told", "His friend, Saxon Spence, leader of ..., lays")
  const of = ts.slice(first.s, first.e).findIndex((t) => t.norm === 'of');
  const head = ts[of > 0 ? first.s + of - 1 : first.e - 1]!;
  const w = head.norm.replace(/['’]s?$/, '');
  if (hasAny(head, 'Date', 'Duration', 'Value') || LEX.personRoles.has(w) || LEX.titles.has(w) || LEX.plainPeople.has(w)) return null;
  if (PERSON_RELATIONS.test(w)) return null;
  let parts = 0;
  for (let j = first.e; j < k; ) {
    const np = npRight(ts, j, k);
    if (!np || !/^,\s*$/.test(ts[np.e - 1]!.post)) return null;
    for (let q = np.s; q < np.e; q++) if (isConj(ts[q]) || isVerbal(ts, q)) return null;
    parts++;
    j = np.e;
  }
  return parts >= 2 ? first : null;
}

/** The name before ", the <description>," when the name opens the clause ("Ford, the US car company, reported"). */
function describedName(ts: readonly Token[], np: Span, k: number, floor: number): Span | null {
  if (!/^,\s*$/.test(ts[k - 1]!.post) || !/^,\s*$/.test(ts[np.s - 1]?.post ?? '') || ts[np.s]!.norm !== 'the') return null;
  if (ts.slice(np.s, np.e).some((t) => has(t, 'ProperNoun') && has(t, 'Person'))) return null;
  const name = npLeft(ts, np.s, floor);
  if (!name || name.s !== floor || !has(ts[name.e - 1], 'ProperNoun') || has(ts[name.e - 1], 'Place')) return null;
  return ts.slice(name.s, name.e).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:of|and|&)$/.test(t.text)) ? name : null;
}

/** "who have had heart disease or a stroke | should not take": two noun phrases joined by "and"/"or" fill `from`..`k`. */
function joinedThrough(ts: readonly Token[], from: number, k: number): boolean {
  const one = npRight(ts, from, k);
  if (!one || !isConj(ts[one.e]) || breakAfter(ts[one.e - 1])) return false;
  return npRight(ts, one.e + 1, k)?.e === k;
}

/** The phrase before ", whose" when the last main-level clauses since are that relative's, or null. */
function whoseAntecedent(ts: readonly Token[], earlier: readonly Clause[], finite: boolean): Span | null {
  // (so "TV-like services, where clips are downloaded, are offered by ...": a where-relative on a
  // noun, before a finite verb: not "the film Gilbert Grape, where he played a youth ..., played by")
  const opener = (k: number): boolean =>
    ts[k]?.norm === 'whose' || (finite && ts[k]?.norm === 'where' && isNounAt(ts, k - 1) && !has(ts[k - 1], 'Pronoun'));
  const at = earlier.findLastIndex((m) => !!m.subj && m.subj.s < m.vg.s && opener(m.subj.s - 1));
  if (at < 0) return null;
  const w = earlier[at]!.subj!.s - 1;
  if (!/,/.test(ts[w - 1]?.post ?? '')) return null;
  // Nothing but the relative's own clauses (subordinate or subjectless) since it opened.
  if (earlier.slice(at + 1).some((m) => m.subj && m.subj.s < m.vg.s && m.parent < 0 && !m.rules.includes('reduced-rel'))) return null;
  return npLeft(ts, w, 0);
}

/**
 * "the US, who - thanks to subsidies - sell them": an adverbial between dashes right before the verb
 * is an aside; the subject is read before it. Returns where to read from (k when there is no aside).
 */
function pastDashes(ts: readonly Token[], k: number, floor: number): number {
  const dash = (t: Token | undefined): boolean => !!t && /\s[-–—]\s*$/u.test(t.post);
  if (!dash(ts[k - 1])) return k;
  for (let j = k - 2; j >= Math.max(floor, k - 10); j--) {
    if (isVerbal(ts, j)) return k;
    // Not an apposition ("Dominic Carman - son of George Carman - was"): after a relative pronoun,
    // or an aside that opens with a preposition or adverb ("- thanks to subsidies -").
    if (dash(ts[j])) return LEX.relativePronouns.has(ts[j]!.norm) || isPrep(ts[j + 1]) || has(ts[j + 1], 'Adverb') ? j + 1 : k;
  }
  return k;
}

/** A verb group negated by "not" or by a verb of refusing in its chain ("is to refuse to release"). */
const negated = (ts: readonly Token[], vg: VerbGroup): boolean =>
  vg.neg || ts.slice(vg.s, vg.head).some((t) => has(t, 'Verb') && LEX.negationVerbs.has(t.root || t.norm));

const FORMS = ['Infinitive', 'PastTense', 'Gerund', 'Participle', 'PresentTense'];
/** Whether two verbs have the same form ("buy or sell", not "did not resign and left"). */
/** Participles of a claim about their subject ("accused of", "suspected of"). */
const CLAIM_PARTICIPLES: ReadonlySet<string> = new Set(['accused', 'suspected', 'alleged', 'charged', 'convicted', 'cleared', 'acquitted']);
const sameForm = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && FORMS.every((f) => has(a, f) === has(b, f));

/** The clause goes on with an earlier one: that clause's subject, joined to it. */
function goOnWith(c: Clause, host: Clause, earlier: readonly Clause[]): void {
  c.subj = host.subj;
  c.coordWith = earlier.indexOf(host);
  c.rules.push('coord-subj');
}

/** A clause with its own subject before its verb, not introduced by a subordinator or relative pronoun. */
function mainClause(ts: readonly Token[], c: Clause): boolean {
  if (!c.subj || c.subj.s > c.vg.s || c.rules.includes('reduced-rel') || c.rules.includes('rel-subj')) return false;
  const w = ts[c.subj.s - 1]?.norm ?? '';
  return !LEX.relativePronouns.has(w) && !LEX.subordinators.has(w) && !LEX.conditionals.has(w);
}

/** Word classes that open or carry a clause of their own, never inside a noun phrase's tail. */
const CLAUSAL = ['Pronoun', 'Copula', 'Auxiliary', 'Modal', 'PastTense', 'Gerund', 'QuestionWord'];

const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'whether', 'where', 'when']);

/** A clause that is the sentence's own statement (not a question, relative or subordinate clause). */
const ownStatement = (ts: readonly Token[], m: Clause): boolean => {
  if (!mainClause(ts, m)) return false;
  const before = ts[m.subj!.s - 1];
  // Not a complement ("says the Council will adopt", "said that ...") nor a question ("how it affected").
  return !before || !(WH_OPENERS.has(before.norm) || before.norm === 'that' || has(before, 'Verb'));
};

/** Start of the last chunk of a phrase ("the publication of | the full legal advice"). */
function lastChunkStart(ts: readonly Token[], sp: { s: number; e: number }): number {
  for (let k = sp.e - 1; k > sp.s; k--) if (isPrep(ts[k - 1])) return k;
  return sp.s;
}

/**
 * A subjectless participle opening the sentence takes the main clause's subject: "Having returned
 * to the Second Division, they gained ...", "By acquiring stakes in ..., Coke has ...", "Named home
 * secretary ..., Mr Blunkett had" (passive).
 */
export function controlledSubjects(ts: readonly Token[], clauses: Clause[]): void {
  const c = clauses[0];
  if (!c || c.subj) return;
  const h = ts[c.vg.mains[0] ?? c.vg.head]!;
  if (
    !(has(h, 'Gerund') || has(h, 'Participle') || has(h, 'PastTense')) ||
    has(ts[c.vg.s], 'Modal') ||
    (isBe(ts[c.vg.s]) && ts[c.vg.s]!.norm !== 'being')
  )
    return;
  for (let k = 0; k < c.vg.s; k++) if (has(ts[k], 'Verb') || has(ts[k], 'Pronoun') || LEX.conditionals.has(ts[k]!.norm)) return;
  // "Excluding the car sector, US retail sales were up": a gerund used as a preposition is nobody's act.
  if (PREPOSITION_GERUNDS.has(h.norm)) return;
  // "On the possibility of tagging uncooperative parents, Lord Falconer said": a topic, no act of his.
  if (ts[c.vg.s - 1]?.norm === 'of' && LEX.topicNouns.has(ts[c.vg.s - 2]?.norm ?? '')) return;
  const main = clauses.find(
    (m, j) => j > 0 && m.subj && m.coordWith < 0 && m.rules.includes('subj-np') && m.subj.s > c.vg.e && breakAfter(ts[m.subj.s - 1]),
  );
  // A finite verb between with no subject of its own makes the gerund phrase its subject
  // ("Detaining suspects breaks human rights laws, the court has ruled").
  if (!main) return;
  const between = clauses.slice(1, clauses.indexOf(main));
  // A finite verb with no subject, reached with no comma from the gerund.
  const finite = (m: Clause): boolean => {
    const v = ts[m.vg.head]!;
    const tensed =
      (has(v, 'PresentTense') || has(v, 'PastTense') || has(ts[m.vg.s], 'Modal')) &&
      !['Gerund', 'Participle', 'Infinitive'].some((g) => has(v, g) && !has(ts[m.vg.s], 'Modal')) &&
      ts[m.vg.s - 1]?.norm !== 'to';
    const gap = ts.slice(c.vg.e, m.vg.s);
    const linked = gap.some((t) => breakAfter(t) || isConj(t) || LEX.relativePronouns.has(t.norm) || t.norm === 'there');
    return !m.subj && tensed && m.coordWith < 0 && !m.rules.includes('reduced-rel') && !linked;
  };
  if (between.some((m) => (m.subj && !m.rules.includes('coord-subj')) || finite(m))) return;
  c.subj = main.subj;
  c.rules.push('ctrl-subj');
  // "Named home secretary after the election, Mr Blunkett had", "Founded in 1990, the firm": a
  // bare past participle is passive; its subject is the patient.
  // Only opening the sentence ("At the debate, organised by ISPA, Lord Currie": the debate's), and
  // not "Based on the novel by ...", which relates no one.
  const bare = c.vg.s === 0 && c.vg.s === c.vg.head && !has(h, 'Gerund') && h.norm !== 'based';
  if (bare && (has(h, 'Participle') || has(h, 'PastTense'))) c.vg = { ...c.vg, passive: true };
}

/**
 * Verbs whose infinitive takes a clause or a small clause, not an object ("plans to say the firm
 * was ...", "to help Yukos pay off", "to get the site shut down"): the bare-infinitive verbs of
 * retag.json and these.
 */
const CLAUSE_TAKERS: ReadonlySet<string> = new Set([
  ...retag.bareInfinitiveVerbs,
  ...['think', 'believe', 'know', 'ensure', 'show', 'prove', 'suggest', 'argue', 'insist', 'find', 'get', 'keep', 'leave'],
]);

/**
 * "The decision to raise the limit for foreign investors faced opposition": a noun's infinitive
 * (nouns in predicates.json infinitiveNouns) whose object runs into a finite verb. The finite
 * verb's subject is the noun before "to" ("decision"), not that object ("limit").
 */
export function nounInfinitiveSubjects(ts: readonly Token[], clauses: Clause[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const p = clauses[i - 1]!;
    if (c.parent >= 0 && c.parent !== i - 1) continue;
    if (!c.subj || c.coordWith >= 0 || !c.rules.includes('subj-np') || c.subj.s < p.vg.e || c.subj.e !== c.vg.s) continue;
    if (p.subj || p.vg.passive || ts[p.vg.s - 1]?.norm !== 'to') continue;
    // "Moves to lift the EU's ban on arms exports to China | have been condemned": the infinitive's
    // arguments run unbroken into the verb, whose subject is then the noun before "to".
    const tail = ts.slice(p.vg.e, c.subj.e);
    if (tail.some((t) => breakAfter(t) || CLAUSAL.some((g) => has(t, g)) || isConj(t) || t.norm === 'that')) continue;
    if ((p.obj || p.pps.length) && c.subj.s === p.vg.e) continue;
    if (LEX.reporting.has(p.vg.lemma) || CLAUSE_TAKERS.has(p.vg.lemma.split(' ')[0]!)) continue;
    const noun = ts[p.vg.s - 2];
    if (!noun || !LEX.infinitiveNouns.has(noun.norm) || breakAfter(noun) || c.subj.e - c.subj.s < 1) continue;
    if (has(ts[c.subj.e - 1], 'Pronoun')) continue;
    const head = npLeft(ts, p.vg.s - 1);
    if (!head) continue;
    // The infinitive has no subject: whose act it is the sentence does not say.
    c.subj = head;
    c.parent = -1;
    c.rules.push('noun-inf-subj');
  }
}

/**
 * "Katrina Bull, a prospective parliamentary candidate(,) said": a subject that is a role after a
 * name and a comma is the name's appositive; the name is the subject. The closing comma is often
 * missing, then the role must open with a determiner or be a title heading a prepositional phrase
 * ("Andrew Burke, chief of BT's new Entertainment unit told").
 */
function appositiveSubject(ts: readonly Token[], ap: Span, tailed: boolean, c: Clause, apps: Apposition[]): void {
  if (ap.s < 2 || ts.slice(ap.s, ap.e).some((t) => isConj(t))) return; // a list, not a role
  // A prepositional tail only after a noun for a person or body ("a strategist at", not "a body with").
  if (tailed && actorHead(ts, ap) < 0) return;
  const np1 = npLeft(ts, ap.s, 0);
  if (!np1) return;
  const pre = ts[np1.s - 1];
  const head = ts[ap.s]!;
  const titled = (LEX.titles.has(head.norm) || LEX.personRoles.has(head.norm)) && isPrep(ts[ap.s + 1]);
  const unclosed = !roleLike(ts, np1) && roleLike(ts, ap) && (/^(?:a|an|the)$/.test(head.norm) || titled);
  // "alleged that Mr Ebbers, 63, directed": a complementiser or subordinator may open the name too.
  const opens = opensPhrase(pre);
  const host = !opens && breakAfter(ts[ap.e - 1]) && !roleLike(ts, ap) && roleLike(ts, np1) ? placeHost(ts, np1) : null;
  if (host) {
    c.subj = { s: host.s, e: ap.e };
    c.rules.push('appos-skip');
    return;
  }
  if (!opens || !(breakAfter(ts[ap.e - 1]) || unclosed)) return;
  // "According to figures from the Ministry of Economy, Trade and Industry (METI), the decline was
  // led by": a name inside an opening prepositional phrase is no subject a role after it stands by.
  const opening = isPrep(ts[0]) || ts[0]?.norm === 'according';
  if (unclosed && opening && !ts.slice(1, np1.s).some((t, k) => tensed(t) && isVerbal(ts, k + 1))) return;
  // "strong growth outside France and the United Kingdom - its core markets - swelling": a participle
  // after an aside on a preposition's object does not hang on that object (nor on the aside).
  if (has(ts[c.vg.head], 'Gerund') && c.vg.s === c.vg.head && prepObjectAt(ts, np1.s)) {
    c.subj = null;
    return;
  }
  const age = ap.e - ap.s === 1 && /^\d{1,3}$/.test(head.text); // "Jeffrey Royer, 41, fed"
  // "Veritas - Latin for "truth" - would avoid": a phrase between dashes after a name is an aside.
  if (dashAfter(ts[ap.s - 1]) && dashAfter(ts[ap.e - 1]) && has(ts[np1.e - 1], 'ProperNoun') && !roleLike(ts, ap)) {
    c.subj = np1;
    c.rules.push('appos-skip');
  } else if (age || (!roleLike(ts, np1) && roleLike(ts, ap))) {
    apps.push({ name: np1, role: ap });
    c.subj = np1;
    c.rules.push('appos-skip');
  } else if (roleLike(ts, np1) && !roleLike(ts, ap)) {
    // "Dr Cumberbatch, head of the think tank, the Communications Research Group, reviewed": the
    // name is the body of the role's "of"; the person before the role is the subject.
    const person = personBeforeRole(ts, np1);
    if (person) {
      apps.push({ name: person, role: np1 });
      c.subj = person;
      c.rules.push('appos-skip');
    } else apps.push({ name: ap, role: np1 });
  } else if (heldRole(ts, np1) && roleLike(ts, ap) && ts[ap.s]?.norm === 'the') {
    // "The head of Lloyd's of London, the insurance market, has criticised": the aside describes
    // the body of the role's "of"; the one who holds the role is the subject.
    c.subj = np1;
    c.rules.push('appos-skip');
  }
}

/** A title or a role heading an "of" phrase ("head of Lloyd's of London", "the chairman of BP"). */
function heldRole(ts: readonly Token[], sp: Span): boolean {
  const s = ts[sp.s]?.norm === 'the' ? sp.s + 1 : sp.s;
  const head = ts[s]?.norm ?? '';
  return (LEX.titles.has(head) || LEX.personRoles.has(head)) && ts[s + 1]?.norm === 'of';
}

/** The person's name before a role with an "of" phrase, set off by a comma ("Dr Cumberbatch, | head of the think tank"). */
function personBeforeRole(ts: readonly Token[], role: Span): Span | null {
  if (!heldRole(ts, role) || ts[role.s]?.norm === 'the') return null;
  if (!/^,\s*$/.test(ts[role.s - 1]?.post ?? '')) return null;
  const name = npLeft(ts, role.s, 0);
  return name && !roleLike(ts, name) && has(ts[name.e - 1], 'Person') && opensPhrase(ts[name.s - 1]) ? name : null;
}

/** Where a phrase may open: the sentence start, a break, "and"/"or", "that" or a subordinator. */
const opensPhrase = (pre: Token | undefined): boolean =>
  !pre || breakAfter(pre) || isConj(pre) || pre.norm === 'that' || LEX.subordinators.has(pre.norm);

const PLACE_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within']);

/**
 * "Officials at the two-day summit at the foreign secretary's official Kent house, Chevening, will
 * plan", "Officials in the Afghan capital, Kabul, said": a name set off by commas after the object
 * of a place preposition names that place; the subject is the phrase the prepositions hang on,
 * when it opens the clause.
 */
function placeHost(ts: readonly Token[], np: Span): Span | null {
  let s = np.s;
  for (let n = 0; n < 4 && PLACE_PREPS.has(ts[s - 1]?.norm ?? ''); n++) {
    const left = npLeft(ts, s - 1, 0);
    if (!left) return null;
    if (opensPhrase(ts[left.s - 1])) return left;
    s = left.s;
  }
  return null;
}

const ACTOR_SUFFIX = /(?:ist|man|woman|person|er|or|ian)$/;
/** Index of the head noun of a role phrase (the word before its first preposition) when it names a person or a body; else -1. */
function actorHead(ts: readonly Token[], sp: Span): number {
  let h = sp.s;
  while (h + 1 < sp.e && !isPrep(ts[h + 1])) h++;
  const w = ts[h]!.norm;
  const actor = LEX.titles.has(w) || LEX.personRoles.has(w) || LEX.plainPeople.has(w) || LEX.orgHeads.has(w) || ACTOR_SUFFIX.test(w);
  return actor && has(ts[h], 'Noun') ? h : -1;
}

/**
 * "the judgement I took | has been vindicated", "29% of the people it questioned | said": a verb right
 * after a clause whose subject follows a noun phrase with no "that" (an object relative) has that noun
 * phrase as subject. The pronoun is split off the phrase it was read into.
 */
function contactAntecedent(ts: readonly Token[], prev: Clause, k: number): Span | null {
  const sub = prev.subj;
  if (!sub || prev.vg.e !== k || breakAfter(ts[k - 1]) || prev.obj || prev.parent >= 0 || sub.e !== prev.vg.s) return null;
  const last = ts[sub.e - 1]!;
  if (sub.e - sub.s > 1 && CONTACT_PRONOUNS.has(last.norm) && has(ts[sub.e - 2], 'Noun')) {
    prev.subj = { s: sub.e - 1, e: sub.e };
    return { s: sub.s, e: sub.e - 1 };
  }
  return null;
}

/**
 * "Firms selling goods to China must pay", "Anyone planning to move to the UK will have to pass": a
 * phrase after a preposition inside a participle clause on the subject is no subject; the noun the
 * participle follows, at the clause's opening, is (before an infinitive's clause: "planning to move").
 */
function reducedClauseSubject(ts: readonly Token[], sp: Span): Span {
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

/** Places a phrase of a noun is located by: "cinemas across the UK", "people in Bristol". */
const LOCATING_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'across', 'around', 'throughout']);

/**
 * "a selection of cinemas across the UK which will use the digital equipment": a relative after a
 * place that locates a common noun is about the noun, not the place.
 */
function placedAntecedent(ts: readonly Token[], sp: Span): Span {
  const last = ts[sp.e - 1];
  const prep = ts[sp.s - 1];
  const noun = ts[sp.s - 2];
  if (!has(last, 'Place') || !prep || !LOCATING_PREPS.has(prep.norm) || breakAfter(noun)) return sp;
  if (!noun || !has(noun, 'Noun') || has(noun, 'Pronoun') || !/^\p{Ll}/u.test(noun.text)) return sp;
  return npLeft(ts, sp.s - 1, 0) ?? sp;
}

/**
 * "23,500 people in the Maldives are facing poverty", "producers elsewhere in Europe must find":
 * a place after "in" and a plural noun is no subject of a verb with an auxiliary; the plural is,
 * with its place.
 */
function placedSubject(ts: readonly Token[], sp: Span, floor: number, vg: VerbGroup): Span {
  let k = sp.s - 1;
  const auxiliary = ts.slice(vg.s, vg.head).some((t) => has(t, 'Auxiliary') || has(t, 'Modal'));
  if (ts[k]?.norm !== 'in' || !auxiliary || k - 1 <= floor) return sp;
  if (ts[k - 1]!.norm === 'elsewhere' && !breakAfter(ts[k - 2])) k--;
  const head = ts[k - 1];
  if (!head || breakAfter(head) || !has(head, 'Plural') || has(head, 'ProperNoun') || isVerbal(ts, k - 1)) return sp;
  const left = npLeft(ts, k, floor);
  // The plural opens a clause: not the object of a verb before it ("to tackle skills shortages in key subjects").
  const before = left ? ts[left.s - 1] : undefined;
  const opens = !before || breakAfter(before) || isConj(before) || before.norm === 'that' || LEX.reporting.has(before.root ?? before.norm);
  return left && opens ? { s: left.s, e: sp.e } : sp;
}

/** A noun "who" can stand for: a person, a role, a name or a body of people. */
const someone = (t: Token): boolean =>
  has(t, 'Actor') ||
  // ("the chagrin of many US lawmakers who blame": a role in the plural)
  LEX.personRoles.has(t.norm.replace(/s$/, '')) ||
  LEX.plainPeople.has(t.norm) ||
  /^members?$/.test(t.norm) || // "an Iraqi member of parliament who spoke to"
  has(t, 'Person') ||
  has(t, 'ProperNoun') ||
  has(t, 'Pronoun') ||
  LEX.titles.has(t.norm) ||
  LEX.orgHeads.has(t.norm) ||
  THINGS.collectives.has(t.norm);

/**
 * "an offer for the remaining shares that he does not already own": the object a "that" or
 * "which" relative lacks is the last noun of its antecedent's "of"/"for" chain, when that noun is
 * counted (plural, or after a determiner), not its head ("who" may still take the head: "the
 * leader of the party who").
 */
function lowAttached(ts: readonly Token[], np: Span | null, rel: string): Span | null {
  if (!np || (rel !== 'that' && rel !== 'which')) return np;
  for (let k = np.e - 2; k > np.s; k--) {
    if (ts[k]!.norm !== 'of' && ts[k]!.norm !== 'for') continue;
    // (a bare singular names a kind: "centres of excellence which the telco has set up")
    const counted = has(ts[np.e - 1], 'Plural') || hasAny(ts[k + 1], 'Determiner', 'Possessive', 'Value');
    return counted ? { s: k + 1, e: np.e } : np;
  }
  return np;
}
