/**
 * Subject layer (ingest/extract/subject.ts): passes over a whole sentence's clauses, run by
 * clauses.ts (which sets their order among its own passes) once findSubject has read every clause:
 * an opening participle takes the main clause's subject (controlledSubjects), and a verb after a
 * noun's infinitive takes that noun (nounInfinitiveSubjects). Re-exported by subject.ts.
 */
import retag from '../../data/retag.json' with { type: 'json' };
import type { Token } from '../../parse.js';
import type { Clause } from '../clauses.js';
import { LEX, PREPOSITION_GERUNDS } from '../lexicon.js';
import { npLeft } from '../phrases.js';
import { breakAfter, has, isBe, isConj } from '../tokens.js';

/** Word classes that open or carry a clause of their own, never inside a noun phrase's tail. */
const CLAUSAL = ['Pronoun', 'Copula', 'Auxiliary', 'Modal', 'PastTense', 'Gerund', 'QuestionWord'];

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
 * "little prospect of America agreeing to cut emissions", "the risk of Iran walking away": a
 * gerund after a noun of chance and its "of" phrase is that phrase's act, not the whole noun
 * phrase's (data: cues.json chanceNouns).
 */
export function ofGerundSubjects(ts: readonly Token[], clauses: Clause[]): void {
  for (const c of clauses) {
    const sp = c.subj;
    if (!sp || sp.e !== c.vg.s || !has(ts[c.vg.s], 'Gerund')) continue;
    const of = ts.findIndex((t, k) => k > sp.s && k < sp.e - 1 && t.norm === 'of');
    if (of < 0 || !LEX.chanceNouns.has(ts[of - 1]!.norm) || ts.slice(of, sp.e).some((t) => breakAfter(t))) continue;
    c.subj = { s: of + 1, e: sp.e };
  }
}
