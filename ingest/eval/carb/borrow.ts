/**
 * CaRB mode only: subjects CaRB's annotators read into subjectless infinitives and participles.
 * "Terms call for First Security to issue ..." → (First Security; to issue; ...), "X retained Y,
 * assisting in Z" → (X; assisting in; Z). Graph mode never sees these (an infinitive is an
 * intention, not an asserted fact), so the analysis is only changed on CaRB's own copy.
 */
import type { Token } from '../../parse.js';
import type { SentenceAnalysis, Span } from '../../extract/clauses.js';
import { breakAfter, has } from '../../extract/tokens.js';

/** Which argument of the previous clause an infinitive takes: measured on dev (see the commit log). */
const INF = 'obj' as 'subj' | 'obj';
const PARTICIPLE = true;

export function borrowSubjects(ts: readonly Token[], an: SentenceAnalysis): void {
  an.clauses.forEach((c, i) => {
    if (c.subj || i === 0) return;
    const p = an.clauses[i - 1]!;
    const before = ts[c.vg.s - 1];
    const h = ts[c.vg.mains[0] ?? c.vg.head];
    let subj: Span | null = null;
    if (before?.norm === 'to' && has(h, 'Infinitive')) {
      const last = p.pps.at(-1)?.np ?? (p.obj && p.obj.s >= p.vg.e ? p.obj : null); // "call for First Security | to issue"
      const adjacent = last && last.e === c.vg.s - 1 ? last : null;
      subj = INF === 'obj' && adjacent ? adjacent : p.subj;
    } else if (PARTICIPLE && before && breakAfter(before) && /,/.test(before.post) && has(h, 'Gerund') && c.vg.s === c.vg.head) {
      subj = p.subj;
    }
    if (subj) {
      c.subj = subj;
      c.rules.push('borrowed-subj');
    }
  });
}
