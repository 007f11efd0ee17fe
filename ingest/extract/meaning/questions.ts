/**
 * Meaning layer (ingest/extract/meaning.ts): clauses that ask rather than state (questionClauses):
 * "whether" clauses, a subject opened by which/what, an "if" after a verb of asking (askingIf), and
 * direct questions up to their question mark, with every clause hanging on them. candidates.ts
 * stores no relation for them; an asking "if" conditions nothing (sentenceMeanings).
 */
import type { Token } from '../../parse.js';
import type { Clause, SentenceAnalysis } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { breakAfter, dashAfter, has } from '../tokens.js';
import { clauseStart } from './shared.js';

const ASKING = new Set(['which', 'what']);
/** Verbs whose dash opens the question they ask ("he asked -- what ..."). */
const ASKING_VERBS: ReadonlySet<string> = new Set(['ask', 'wonder', 'question']);

/** "which country would": a determiner-less common noun right after which/what is their noun, not a relative's subject ("on which the firm"). */
const bareNoun = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Determiner');

/**
 * Clauses that ask rather than state, and every clause hanging on them: "whether (or not) X ...",
 * "to confirm which minister would take decisions", "looked at which of 100 home photo printers
 * offered a better deal" (a subject opened by which/what, or by "which of"). "why" and
 * "how" clauses presuppose what they ask about ("understand why the Tories will be gunning for X").
 */
export function questionClauses(ts: readonly Token[], an: SentenceAnalysis): boolean[] {
  const out: boolean[] = [];
  const direct = directQuestions(ts);
  an.clauses.forEach((c, i) => {
    const at = clauseStart(c);
    const whether = c.subord === 'whether' || (ts[at - 1]?.norm === 'not' && ts[at - 2]?.norm === 'or' && ts[at - 3]?.norm === 'whether');
    const wh =
      !c.rules.includes('rel-subj') &&
      !c.rules.includes('rel-obj') &&
      c.coordWith < 0 &&
      !!c.subj &&
      c.subj.s > 0 &&
      c.subj.e <= c.vg.s &&
      ((c.subj.s + 1 < c.subj.e && ASKING.has(ts[c.subj.s]!.norm)) ||
        (ASKING.has(ts[c.subj.s - 1]!.norm) && bareNoun(ts[c.subj.s]!)) ||
        (ts[c.subj.s - 1]!.norm === 'of' && ASKING.has(ts[c.subj.s - 2]?.norm ?? '')));
    const up = (j: number): boolean => j >= 0 && j < i && !!out[j];
    const asked = direct.some(([a, e]) => a <= c.vg.s && c.vg.s < e);
    // "decide on Friday whether to recommend the sale": an infinitive after "whether" is asked too.
    const whetherTo = ts[c.vg.s]?.norm === 'whether' || (ts[c.vg.s - 1]?.norm === 'to' && ts[c.vg.s - 2]?.norm === 'whether');
    out.push(asked || whether || whetherTo || askingIf(ts, an, c) || wh || up(c.parent) || up(c.coordWith));
  });
  return out;
}

/**
 * "the party always asked people if they would be happy": an "if" right after a verb of asking
 * (cues.json askingIf) and its object opens a question.
 */
export function askingIf(ts: readonly Token[], an: SentenceAnalysis, c: Clause): boolean {
  if (c.subord !== 'if') return false;
  const at = clauseStart(c) - 1;
  return an.clauses.some(
    (p) => LEX.askingIf.has(p.vg.lemma) && p.vg.e <= at && at - p.vg.e <= 3 && !ts.slice(p.vg.e - 1, at).some((t) => breakAfter(t)),
  );
}

/** Words that open a direct question: a wh-word, or an auxiliary before its subject ("Will he ...?"). */
const WH_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'what', 'which', 'why', 'how', 'when', 'where']);
const QUESTION_OPENERS = new Set([
  ...WH_WORDS,
  ...['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had'],
  ...['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
]);

/** Connectives that may come before a question's first word. */
const QUESTION_LEADS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then', 'yet', 'or', 'now', 'well']);

/**
 * Token ranges of direct questions, in the writer's voice or quoted: "How will he achieve the
 * breakthrough?", '"Is this a fair deal?" he asked', "the problem for Mr Howard - can he persuade
 * voters ...?". A range opens at the sentence start, after an opening quote, a colon or a dash, and
 * ends at its question mark; it asks if its first word opens a question.
 */
function directQuestions(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = 0;
  let dash = false;
  ts.forEach((t, k) => {
    if (k > 0 && (/["“‘]/u.test(t.pre) || /:\s*$/u.test(ts[k - 1]!.post))) [open, dash] = [k, false];
    // (after a dash only an auxiliary asks: "the Black Eyed Peas - who had a hit with Where is the Love?";
    // any opener after a verb of asking: "he asked -- what aid group could possibly give ...?")
    if (k > 0 && (dashAfter(ts[k - 1]) || /\s--\s/.test(ts[k - 1]!.post))) [open, dash] = [k, !ASKING_VERBS.has(ts[k - 1]!.root)];
    if (!t.post.includes('?')) return;
    // ("So why has Labour abandoned its pledge?", "But is it legal?": after a connective)
    const lead = QUESTION_LEADS.has(ts[open]!.norm) && open < k ? open + 1 : open;
    const opener = ts[lead]!.norm;
    if (QUESTION_OPENERS.has(opener) && !(dash && WH_WORDS.has(opener))) out.push([open, k + 1]);
    [open, dash] = [k + 1, false];
  });
  return out;
}
