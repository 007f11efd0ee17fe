/**
 * Readers for CaRB gold and system-output files. Each returns a map from the sentence text (as
 * written in the file) to its extractions, in file order. Readers are pure: they take file text.
 *
 * Formats (see /work/shared/data/carb/FORMAT.md):
 *  - gold:     sentence \t relation \t arg1 \t arg2 \t arg3 ...   (`C: ` context args are dropped)
 *  - OpenIE-4: confidence \t \t SimpleArgument(a1,List([s, e))) \t Relation(r,List(...)) \t
 *              SimpleArgument(a2,List(...)) \t sentence           (lines lacking arg1/rel/arg2 skipped)
 *  - tabbed:   sentence \t confidence \t relation \t arg1 \t arg2 ...
 *  - ClausIE:  a sentence line, then `n \t "arg1" \t "rel" \t "arg2" \t score` lines; scores are
 *              min-max normalised to (0, 1) over the whole file, as the reference reader does.
 */
import type { CarbExtraction, CarbSet } from './types.js';

const lines = (text: string): string[] => text.split(/\r?\n/);
/** Python's str.strip(): the reference readers strip each line before splitting on tabs. */
const fields = (line: string): string[] => line.trim().split('\t');

function push(set: CarbSet, sentence: string, ex: CarbExtraction): void {
  const list = set.get(sentence);
  if (list) list.push(ex);
  else set.set(sentence, [ex]);
}

export function readGold(text: string): CarbSet {
  const set: CarbSet = new Map();
  for (const line of lines(text)) {
    if (!line.trim()) continue;
    const [sentence = '', relation = '', ...rest] = fields(line);
    const args = rest.map((a) => a.trim()).filter((a) => !a.startsWith('C: '));
    push(set, sentence.trim(), { relation: relation.trim(), args, confidence: 1 });
  }
  return set;
}

/** The text inside `Name(text,List(...))`; null when the span marker is missing. */
export function spanText(field: string): string | null {
  const open = field.indexOf('(');
  const list = field.indexOf(',List(');
  return open < 0 || list < open ? null : field.slice(open + 1, list);
}

export function readOpenie4(text: string): CarbSet {
  const set: CarbSet = new Map();
  for (const line of lines(text)) {
    const f = fields(line);
    const parts = f.slice(2, 5);
    if (parts.length < 3 || parts.some((p) => !p) || f[5] === undefined) continue;
    const [arg1, relation, arg2] = parts.map(spanText);
    if (arg1 == null || relation == null || arg2 == null) continue;
    push(set, f[5], { relation, args: [arg1, arg2], confidence: Number(f[0]) });
  }
  return set;
}

export function readTabbed(text: string): CarbSet {
  const set: CarbSet = new Map();
  for (const line of lines(text)) {
    const [sentence, conf, relation, ...args] = fields(line);
    if (!sentence || conf === undefined || relation === undefined || Number.isNaN(Number(conf))) continue;
    push(set, sentence, { relation, args, confidence: Number(conf) });
  }
  return set;
}

export function readClausie(text: string): CarbSet {
  const set: CarbSet = new Map();
  let sentence = '';
  for (const line of lines(text)) {
    const f = fields(line);
    if (f.length === 1) sentence = f[0] ?? '';
    else if (f.length === 5) {
      const [arg1, relation, arg2] = f.slice(1, 4).map((s) => s.slice(1, -1)) as [string, string, string];
      push(set, sentence, { relation, args: [arg1, arg2], confidence: Number(f[4]) });
    }
  }
  return normaliseConfidence(set);
}

function normaliseConfidence(set: CarbSet): CarbSet {
  const all = [...set.values()].flat().map((e) => e.confidence);
  if (!all.length) return set;
  const eps = 1e-3;
  const min = Math.min(...all);
  const denom = Math.max(...all) - min + 2 * eps;
  for (const ex of [...set.values()].flat()) ex.confidence = (ex.confidence - min + eps) / denom;
  return set;
}
