/**
 * Clause → candidate triples over mention indices (graph mode). Conventions:
 *  - active: subject → verb lemma (+ particle) → direct object; a prepositional object right after
 *    the verb gives subject → "lemma prep"; after an object only when the table lists "lemma prep"
 *    (normalised by ingest/data/predicates.json: "blame on" → "blame");
 *  - light verbs: "made a visit to Baghdad" → visit (table entry "make visit to");
 *  - passive: by-agent → lemma → grammatical subject; no agent, no relation;
 *  - copula and apposition: X is/, Y's ROLE / the ROLE of Y → X → ROLE → Y ("successor", "head").
 */
import type { Token } from '../nlp.js';
import { headEnd, headMention, ofMention, possessorMention, roleNoun } from './args.js';
import type { Clause, SentenceAnalysis, Span } from './clauses.js';
import { hasPredicate, LEX, LIGHT_VERBS, normalisePredicate } from './lexicon.js';

export interface Triple { s: number; p: string; o: number; rules: string[]; negate?: boolean }
type ByEnd = Map<number, number>;

const ROLE_PREPS = new Set(['of', 'at', 'for', 'in', 'with']);
const SKIP_PREPS = new Set(['by', 'since', 'until', 'during', 'after', 'before', 'than', 'like', 'as', 'despite', 'without']);

function roleTriple(ts: readonly Token[], byEnd: ByEnd, subj: number | undefined, sp: Span, after: Clause['pps'], rule: string, extra: string[]): Triple[] {
  if (subj === undefined) return [];
  const role = roleNoun(ts, sp);
  if (!role) return [];
  const pp = after[0];
  const o = possessorMention(ts, byEnd, sp) ?? ofMention(ts, byEnd, sp) ?? (pp && ROLE_PREPS.has(pp.prep) && pp.at === sp.e ? headMention(ts, byEnd, pp.np) : undefined);
  return o === undefined ? [] : [{ s: subj, p: role, o, rules: [rule, ...extra] }];
}

export function clauseTriples(ts: readonly Token[], byEnd: ByEnd, c: Clause): Triple[] {
  const subj = headMention(ts, byEnd, c.subj);
  const lemma = c.vg.lemma;
  if (ts[c.vg.head]!.norm === 'according') return [];
  if (c.vg.copula) return c.obj && c.obj.s >= c.vg.e ? roleTriple(ts, byEnd, subj, c.obj, c.pps, 'copula-role', c.rules) : [];
  if (c.vg.passive) {
    const by = c.pps.find((p) => p.prep === 'by');
    const agent = by ? headMention(ts, byEnd, by.np) : undefined;
    return agent !== undefined && subj !== undefined ? [{ s: agent, p: normalisePredicate(lemma), o: subj, rules: ['passive-agent', ...c.rules] }] : [];
  }
  if (subj === undefined || LEX.reporting.has(lemma) && c.rules.includes('said-inverted')) return [];
  const out: Triple[] = [];
  const pp0 = c.pps[0];
  if (c.obj && pp0 && pp0.at === c.obj.e && LIGHT_VERBS.has(lemma)) {
    const noun = ts[headEnd(ts, c.obj) - 1]!;
    const key = `${lemma} ${noun.root || noun.norm} ${pp0.prep}`;
    const o = headMention(ts, byEnd, pp0.np);
    if (hasPredicate(key) && o !== undefined) return [{ s: subj, p: normalisePredicate(key), o, rules: ['light-verb', ...c.rules], negate: LEX.negationVerbs.has(lemma) }];
  }
  const o = headMention(ts, byEnd, c.obj);
  if (o !== undefined) out.push({ s: subj, p: normalisePredicate(lemma), o, rules: ['svo', ...c.rules] });
  for (const [k, pp] of c.pps.entries()) {
    if (SKIP_PREPS.has(pp.prep)) break;
    // A PP after the object (or after another PP) is an argument only when the table says so ("blame on").
    if ((c.obj || k > 0) && !hasPredicate(`${lemma} ${pp.prep}`)) break;
    const po = headMention(ts, byEnd, pp.np);
    if (po !== undefined && po !== o) out.push({ s: subj, p: normalisePredicate(`${lemma} ${pp.prep}`), o: po, rules: ['svo-pp', ...c.rules] });
  }
  return out;
}

export function appositionTriples(ts: readonly Token[], byEnd: ByEnd, an: SentenceAnalysis): Triple[] {
  return an.appositions.flatMap((a) => roleTriple(ts, byEnd, headMention(ts, byEnd, a.name), a.role, [], 'appos-role', []));
}
