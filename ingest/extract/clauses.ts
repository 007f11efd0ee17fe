/**
 * Clause reader (a kernel, hence longer than our usual file): one parsed sentence's tokens →
 * verb groups with subject, object, prepositional arguments and the links between clauses
 * (coordination, relative clauses, complements, subordinators, appositions). Pure and linear in
 * the sentence length. Shared by graph mode (ingest/extract/relations.ts) and CaRB mode.
 */
import type { Token } from '../nlp.js';
import retag from '../data/retag.json' with { type: 'json' };
import { LEX } from './lexicon.js';
import { breakAfter, has, stopAfter, isBe, isConj, isNeg, isNounAt, isPrep, isVerbal, phraseBreak } from './tokens.js';

export interface Span { s: number; e: number }
export interface VerbGroup {
  s: number; e: number; head: number;
  /** Main (non-auxiliary) verbs of a chain such as "sought to marginalize". */
  mains: number[];
  neg: boolean; passive: boolean; copula: boolean;
  /** Lemma of the head verb plus particle ("carry out"); `first` is the chain's first main verb. */
  lemma: string; first: string;
}
export interface PP { prep: string; at: number; np: Span }
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
  /** Clause whose subject this one shares ("condemned ... and denied"), or -1. */
  coordWith: number;
  /** Token index where this clause's right-hand region ends (next clause or boundary). */
  end: number;
  rules: string[];
}
export interface Apposition { name: Span; role: Span }
export interface SentenceAnalysis { clauses: Clause[]; appositions: Apposition[] }

const AUX_LEMMA: Record<string, string> = { has: 'have', had: 'have', having: 'have', have: 'have', did: 'do', does: 'do', do: 'do' };
const lemmaOf = (t: Token): string => (isBe(t) ? 'be' : AUX_LEMMA[t.norm] ?? t.root ?? t.norm);
const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && !has(t, 'Determiner');
const isAdverbial = (t: Token | undefined): boolean =>
  !!t && (has(t, 'Adverb') || LEX.hedges.has(t.norm) || LEX.allegations.has(t.norm) || LEX.notNominal.has(t.norm)) && !has(t, 'Noun') && !has(t, 'Verb');

/** "the lamps went out and ...", "were filled in.": an adverbial particle closing the verb (not before an object: measured on dev). */
const particleEnd = (ts: readonly Token[], j: number): boolean => {
  const n = ts[j + 1];
  return !n || breakAfter(ts[j]) || isConj(n) || (isPrep(n) && n.norm !== 'of');
};
const PARTICLES: ReadonlySet<string> = new Set(retag.particles);

function verbGroups(ts: readonly Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  const n = ts.length;
  let i = 0;
  while (i < n) {
    if (!isVerbal(ts, i)) { i++; continue; }
    const verbs: number[] = [];
    let neg = false;
    let j = i;
    let particle = -1;
    while (j < n) {
      const t = ts[j]!;
      if (isVerbal(ts, j)) verbs.push(j);
      else if (isNeg(t)) neg = true;
      else if (isAdverbial(t) && (isVerbal(ts, j + 1) || isNeg(ts[j + 1]) || isAdverbial(ts[j + 1]))) { /* "has also armed" */ }
      else if (t.norm === 'to' && isVerbal(ts, j + 1) && has(ts[j + 1], 'Infinitive')) { /* "sought to marginalize" */ }
      else if (LEX.modalAdjectives.has(t.norm) && verbs.length && isBe(ts[verbs.at(-1)!]) && ts[j + 1]?.norm === 'to' && isVerbal(ts, j + 2)) { /* "were able to reinforce" */ }
      else if (has(t, 'Particle') || (PARTICLES.has(t.norm) && j === verbs.at(-1)! + 1 && particleEnd(ts, j))) { particle = j; j++; break; }
      else break;
      j++;
      if (breakAfter(t)) break;
    }
    while (verbs.length && verbs.at(-1)! < j - 1 && particle < 0 && !isNeg(ts[j - 1]) && !isVerbal(ts, j - 1)) j--;
    if (!verbs.length) { i = j > i ? j : i + 1; continue; }
    const head = verbs.at(-1)!;
    const h = ts[head]!;
    const mains = verbs.filter((v) => !has(ts[v], 'Auxiliary') && !has(ts[v], 'Modal') || v === head);
    const beAux = verbs.slice(0, -1).some((v) => isBe(ts[v]));
    const passive = !isBe(h) && (has(h, 'Passive') || (beAux && (has(h, 'PastTense') || has(h, 'Participle'))));
    const copula = isBe(h) && !passive;
    const p = particle >= 0 ? ` ${ts[particle]!.norm}` : '';
    out.push({ s: i, e: j, head, mains, neg, passive, copula, lemma: lemmaOf(h) + p, first: lemmaOf(ts[mains[0] ?? head]!) });
    i = j;
  }
  return out;
}

/** The noun phrase ending at `end` (exclusive), with "of"/"for" attachments ("head of US Central Command"). */
export function npLeft(ts: readonly Token[], end: number, floor = 0): Span | null {
  let s = end;
  const ok = (k: number) => k >= floor && isNounAt(ts, k) && !(k < end - 1 && stopAfter(ts[k]));
  while (s > floor && ok(s - 1)) s--;
  for (;;) {
    const link = ts[s - 1]?.norm;
    const joins = link === 'of' || link === 'for';
    if (!(s - 2 >= floor && s < end && joins && !stopAfter(ts[s - 2]) && ok(s - 2))) break;
    s -= 1;
    while (s > floor && ok(s - 1)) s--;
  }
  return s < end ? { s, e: end } : null;
}

/** The noun phrase starting at `start`, with "of" attachments. */
export function npRight(ts: readonly Token[], start: number, limit: number): Span | null {
  let e = start;
  const ok = (k: number) => k < limit && !(k > start && stopAfter(ts[k - 1])) &&
    (isNounAt(ts, k) || (has(ts[k], 'Adverb') && has(ts[k + 1], 'Adjective') && !stopAfter(ts[k])));
  while (ok(e)) e++;
  while (e > start && e + 1 < limit && ts[e]!.norm === 'of' && !stopAfter(ts[e - 1]) && ok(e + 1)) {
    e++;
    while (ok(e)) e++;
  }
  return e > start ? { s: start, e } : null;
}

/** A clause-initial subject reaches back over "X and Y" and prepositional attachments ("Britain's relationship with Spain"). */
function extendSubject(ts: readonly Token[], np: Span, floor: number): Span {
  let s = np.s;
  for (let n = 0; n < 4; n++) {
    const link = ts[s - 1];
    if (!link || stopAfter(ts[s - 2]) || !(isConj(link) || isPrep(link))) break;
    const left = npLeft(ts, s - 1, floor);
    if (!left || (floor > 0 && left.s === floor)) break;
    const split = isPrep(ts[left.s - 1]) ? phraseBreak(ts, left.s, left.e) : -1; // "During the 1730s | Britain's relationship with Spain"
    if (split > 0) return { s: split, e: np.e };
    if (!(left.s === 0 || stopAfter(ts[left.s - 1]))) break;
    s = left.s;
  }
  return { s, e: np.e };
}

/** A role, not a name: lowercase start, or a name's possessive before a lowercase head ("Monsanto's director"). */
function roleLike(ts: readonly Token[], sp: Span): boolean {
  if (!isCap(ts[sp.s])) return true;
  // "Deputy State Secretary of the State Chancellory": a title word heading an "of" phrase.
  const w = ts[sp.s]!.norm.replace(/\.$/, '');
  if ((LEX.titles.has(w) || LEX.personRoles.has(w)) && ts.slice(sp.s + 1, sp.e).some((t) => t.norm === 'of')) return true;
  for (let k = sp.s; k + 1 < sp.e; k++) if (has(ts[k], 'Possessive')) return !isCap(ts[k + 1]) && has(ts[k + 1], 'Noun') || has(ts[k + 1], 'Adjective');
  return false;
}

function findSubject(ts: readonly Token[], vg: VerbGroup, floor: number, prev: Clause | undefined, c: Clause, apps: Apposition[]): void {
  let k = vg.s;
  while (k > floor && isAdverbial(ts[k - 1]) && (!breakAfter(ts[k - 1]) || isAdverbial(ts[k - 2]) || !breakAfter(ts[k - 2]))) k--;
  let before = ts[k - 1];
  if (before && k - 1 === 0 && before.norm === 'that') { c.subj = { s: 0, e: 1 }; c.rules.push('subj-np'); return; } // "That compared with ..."
  if (before && LEX.relativePronouns.has(before.norm) && before.norm !== 'whose') {
    c.subj = npLeft(ts, k - 1, 0);
    if (c.subj) c.rules.push('rel-subj');
    return;
  }
  // "and in 2012 belonged to": a bare date after a preposition is an adjunct, not the subject.
  let d = k;
  while (d > floor && (has(ts[d - 1], 'Value') || has(ts[d - 1], 'Date')) && !breakAfter(ts[d - 1])) d--;
  if (d < k && d - 1 >= floor && isPrep(ts[d - 1]) && ts[d - 1]!.norm !== 'of' && isConj(ts[d - 2])) { k = d - 1; before = ts[k - 1]; }
  const np = k > floor ? npLeft(ts, k, floor) : null;
  const objOfPrev = !!np && breakAfter(ts[k - 1]) && floor > 0 && np.s === floor;
  if (np && !objOfPrev && !(breakAfter(ts[k - 1]) && !breakAfter(ts[np.s - 1]) && np.s > floor)) {
    const split = isPrep(ts[np.s - 1]) ? phraseBreak(ts, np.s, np.e) : -1; // "After a short absence | Keibler began"
    if (split > 0) np.s = split;
    c.subj = extendSubject(ts, np, floor);
    c.rules.push('subj-np');
    const rel = ts[np.s - 1];
    if (rel && (rel.norm === 'that' || rel.norm === 'which' || rel.norm === 'whom')) {
      c.relAntecedent = npLeft(ts, np.s - 1, 0);
    } else if (rel && breakAfter(rel) && np.s >= 2) {
      const np1 = npLeft(ts, np.s, 0);
      const pre = np1 ? ts[np1.s - 1] : undefined;
      if (np1 && (!pre || breakAfter(pre) || isConj(pre)) && breakAfter(ts[np.e - 1])) {
        if (!roleLike(ts, np1) && roleLike(ts, np)) { apps.push({ name: np1, role: np }); c.subj = np1; c.rules.push('appos-skip'); }
        else if (roleLike(ts, np1) && !roleLike(ts, np)) apps.push({ name: np, role: np1 });
      }
    }
    return;
  }
  const inv = LEX.reporting.has(vg.lemma) && before && breakAfter(before) ? npRight(ts, vg.e, ts.length) : null;
  if (inv && (inv.e === ts.length || breakAfter(ts[inv.e - 1]) || !ts[inv.e]?.text)) {
    c.subj = inv;
    c.rules.push('said-inverted');
    return;
  }
  if (before && breakAfter(before) && !isConj(before)) {
    let p = k - 2;
    while (p >= floor && !breakAfter(ts[p])) p--;
    const np1 = p >= floor ? npLeft(ts, p + 1, floor) : null;
    const role = { s: p + 1, e: k };
    let verbless = role.s < role.e;
    for (let q = role.s; q < role.e; q++) if (isVerbal(ts, q)) verbless = false;
    if (np1 && verbless && !isConj(ts[role.s]) && (np1.s === floor || breakAfter(ts[np1.s - 1]) || np1.s === 0) && !(prev && np1.s === floor && floor > 0)) {
      c.subj = np1;
      c.rules.push('appos-skip');
      apps.push({ name: np1, role });
      return;
    }
  }
  if (prev && before && breakAfter(before) && prev.subj && prev.rules.includes('rel-subj')) {
    // "Oleg Gordievsky, a KGB officer who became an agent, said": the relative clause is closed; the
    // name before the appositive (else the antecedent itself) is the subject.
    const ante = prev.subj;
    const name = /,/.test(ts[ante.s - 1]?.post ?? '') ? npLeft(ts, ante.s, 0) : null;
    if (name && (name.s === 0 || breakAfter(ts[name.s - 1]))) { c.subj = name; apps.push({ name, role: { s: ante.s, e: k } }); c.rules.push('appos-skip'); return; }
    c.subj = ante; c.rules.push('subj-np');
    return;
  }
  if (prev && before && (isConj(before) || breakAfter(before)) && prev.subj) {
    c.subj = prev.subj;
    c.coordWith = prev === undefined ? -1 : -2; // fixed up by the caller
    c.rules.push('coord-subj');
    return;
  }
  if (LEX.reporting.has(vg.lemma) && (!before || breakAfter(before))) {
    c.subj = npRight(ts, vg.e, ts.length);
    if (c.subj) c.rules.push('said-inverted');
  }
}

function findArgs(ts: readonly Token[], c: Clause, limit: number): void {
  let j = c.vg.e;
  if (c.rules.includes('said-inverted') && c.subj) return;
  if (j < limit && !isPrep(ts[j]) && !(breakAfter(ts[j - 1]))) {
    const np = npRight(ts, j, limit);
    if (np) { c.obj = np; j = np.e; }
  }
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

/** "X, the son of Y," / "X, a fellow at Y": a verbless comma segment after a proper name. */
function findAppositions(ts: readonly Token[], apps: Apposition[]): void {
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
    if (name) { apps.push({ name, role }); seen.add(i + 1); }
  }
}

/**
 * A sentence must have a verb: when compromise tagged none ("The academy specializes in ...",
 * "Plant communities include ..."), take the first -s/-ed word between two noun phrases.
 */
function verblessFallback(ts: readonly Token[]): VerbGroup | null {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!/(?:[^s]s|ed)$/.test(t.norm) || has(t, 'ProperNoun') || has(t, 'Possessive') || /^\p{Lu}/u.test(t.text)) continue;
    if (!isNounAt(ts, i - 1) || breakAfter(ts[i - 1]) || breakAfter(t)) continue;
    const n = ts[i + 1]!;
    if (!(has(n, 'Determiner') || isPrep(n) || has(n, 'Adjective') || has(n, 'Noun'))) continue;
    const lemma = t.norm.endsWith('ies') ? `${t.norm.slice(0, -3)}y` : t.norm.endsWith('ed') ? t.root : t.norm.replace(/e?s$/, (m) => (m === 'es' && /(?:ch|sh|ss|x|z)es$/.test(t.norm) ? '' : m === 'es' ? 'e' : ''));
    return { s: i, e: i + 1, head: i, mains: [i], neg: false, passive: false, copula: false, lemma, first: lemma };
  }
  return null;
}

/**
 * A subjectless participle opening the sentence takes the main clause's subject: "Having returned
 * to the Second Division, they gained ...", "By acquiring stakes in ..., Coke has ...".
 */
function controlledSubjects(ts: readonly Token[], clauses: Clause[]): void {
  const c = clauses[0];
  if (!c || c.subj) return;
  const h = ts[c.vg.mains[0] ?? c.vg.head]!;
  if (!(has(h, 'Gerund') || has(h, 'Participle') || has(h, 'PastTense')) || has(ts[c.vg.s], 'Modal') || (isBe(ts[c.vg.s]) && ts[c.vg.s]!.norm !== 'being')) return;
  for (let k = 0; k < c.vg.s; k++) if (has(ts[k], 'Verb') || has(ts[k], 'Pronoun') || LEX.conditionals.has(ts[k]!.norm)) return;
  const main = clauses.find((m, j) => j > 0 && m.subj && m.coordWith < 0 && m.rules.includes('subj-np') && m.subj.s > c.vg.e && breakAfter(ts[m.subj.s - 1]));
  if (!main || clauses.slice(1, clauses.indexOf(main)).some((m) => m.subj && !m.rules.includes('coord-subj'))) return;
  c.subj = main.subj;
  c.rules.push('ctrl-subj');
}

/** Analyse one sentence's tokens. Never throws on odd input: no verb gives no clauses. */
export function analyseSentence(ts: readonly Token[]): SentenceAnalysis {
  const vgs = verbGroups(ts);
  if (!vgs.length) {
    const v = verblessFallback(ts);
    if (v) vgs.push(v);
  }
  const clauses: Clause[] = [];
  const appositions: Apposition[] = [];
  vgs.forEach((vg, i) => {
    const c: Clause = { vg, subj: null, obj: null, pps: [], parent: -1, subord: null, relAntecedent: null, coordWith: -1, end: ts.length, rules: [] };
    const floor = i > 0 ? vgs[i - 1]!.e : 0;
    findSubject(ts, vg, floor, clauses[i - 1], c, appositions);
    if (c.coordWith === -2) c.coordWith = i - 1;
    clauses.push(c);
  });
  clauses.forEach((c, i) => {
    const next = clauses[i + 1];
    let limit = next ? (next.subj && next.subj.s >= c.vg.e && next.rules.includes('subj-np') ? next.subj.s : next.vg.s) : ts.length;
    if (breakAfter(ts[c.vg.e - 1]) && !/[\u201c"]/.test(ts[c.vg.e - 1]!.post)) limit = c.vg.e;
    for (let k = c.vg.e; k < limit; k++) {
      const t = ts[k]!;
      if (k > c.vg.e && (LEX.relativePronouns.has(t.norm) || LEX.subordinators.has(t.norm) || LEX.conditionals.has(t.norm)) && !isPrep(t)) { limit = k; break; }
      if (breakAfter(t) && !(has(t, 'ProperNoun') && has(ts[k + 1], 'ProperNoun'))) { limit = k + 1; break; }
    }
    c.end = limit;
    findArgs(ts, c, limit);
    // Subordinator or complementizer right before the subject, and the clause that governs it.
    const at = c.subj && c.coordWith < 0 && !c.rules.includes('said-inverted') ? c.subj.s : c.vg.s;
    const w = ts[at - 1];
    if (w && (LEX.subordinators.has(w.norm) || LEX.conditionals.has(w.norm))) c.subord = w.norm;
    if (!c.subord && ts[0] && (LEX.conditionals.has(ts[0].norm) || LEX.subordinators.has(ts[0].norm)) && i === 0) c.subord = ts[0].norm;
    if (i > 0 && c.coordWith < 0 && !c.rules.includes('rel-subj')) {
      const p = clauses[i - 1]!;
      const gap = at - p.vg.e;
      if ((gap === 0 && !breakAfter(ts[at - 1])) || (gap === 1 && (ts[at - 1]!.norm === 'that' || c.subord))) c.parent = i - 1;
    }
  });
  controlledSubjects(ts, clauses);
  findAppositions(ts, appositions);
  // Coordinated verbs share the object: "armed and supported".
  for (let i = clauses.length - 2; i >= 0; i--) {
    const c = clauses[i]!;
    const n = clauses[i + 1]!;
    if (!c.obj && !c.pps.length && !c.vg.passive && !n.vg.copula && n.coordWith === i && n.vg.s === c.vg.e + 1 && isConj(ts[c.vg.e])) {
      c.obj = n.obj; c.pps = n.pps; c.relAntecedent ??= n.relAntecedent; c.rules.push('coord-obj');
    }
  }
  clauses.forEach((c, i) => {
    if (c.coordWith >= 0 && !c.relAntecedent) c.relAntecedent = clauses[c.coordWith]!.relAntecedent;
    if (c.coordWith >= 0) c.parent = clauses[c.coordWith]!.parent;
    if (c.relAntecedent && !c.obj && !c.vg.passive) { c.obj = c.relAntecedent; c.rules.push('rel-obj'); }
    void i;
  });
  return { clauses, appositions };
}
