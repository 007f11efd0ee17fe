/**
 * `kg eval carb`: locate the CaRB data, produce or read system extractions, score them.
 * The only I/O in ingest/eval/carb; scoring itself is pure (score.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kgError } from '../../errors.js';
import { readClausie, readGold, readOpenie4, readTabbed } from './readers.js';
import { scoreCarb } from './score.js';
import type { CarbScore } from './curve.js';
import type { CarbSet } from './types.js';

export type CarbSplit = 'test' | 'dev';
export type CarbFormat = 'openie4' | 'tabbed' | 'clausie';
const READERS: Record<CarbFormat, (text: string) => CarbSet> = { openie4: readOpenie4, tabbed: readTabbed, clausie: readClausie };

export interface CarbEvalOptions {
  split: string;
  data?: string;
  score?: string;
  format?: string;
}

export interface CarbEvalResult {
  split: CarbSplit;
  dataDir: string;
  system: string;
  sentences: number;
  goldTuples: number;
  predictions: number;
  failures: number;
  score: CarbScore;
}

/** The repo root: the nearest ancestor of this module holding package.json (works from dist/ too). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function carbDataDir(explicit?: string): string {
  return resolve(explicit ?? process.env.KG_CARB_DIR ?? join(repoRoot(), '../shared/data/carb'));
}

function readOrFail(path: string, what: string): string {
  if (!existsSync(path)) throw kgError('FILE_NOT_FOUND', `eval carb: ${what} not found: ${path}`, 'pass --data DIR or set KG_CARB_DIR');
  return readFileSync(path, 'utf8');
}

/**
 * Run kg's own CaRB-mode extractor over each sentence; a sentence that throws yields nothing.
 * The extractor (and the NLP library behind it) is loaded only when needed.
 */
export async function extractAll(sentences: string[]): Promise<{ set: CarbSet; failures: number }> {
  const { carbExtract } = await import('./extractor.js');
  const set: CarbSet = new Map();
  let failures = 0;
  for (const sentence of sentences) {
    try {
      set.set(
        sentence,
        carbExtract(sentence).map((t) => ({ relation: t.relation, args: [t.arg1, ...t.args], confidence: t.confidence })),
      );
    } catch {
      failures++;
    }
  }
  return { set, failures };
}

export async function runCarbEval(opts: CarbEvalOptions): Promise<CarbEvalResult> {
  if (opts.split !== 'test' && opts.split !== 'dev')
    throw kgError('BAD_ARGUMENT', `eval carb: unknown split "${opts.split}"`, 'use --split test or --split dev');
  const format = (opts.format ?? 'openie4') as CarbFormat;
  if (!(format in READERS)) throw kgError('BAD_ARGUMENT', `eval carb: unknown format "${opts.format}"`, 'use openie4, tabbed or clausie');
  const dataDir = carbDataDir(opts.data);
  if (!existsSync(dataDir))
    throw kgError('FILE_NOT_FOUND', `eval carb: CaRB data directory not found: ${dataDir}`, 'pass --data DIR or set KG_CARB_DIR');
  const gold = readGold(readOrFail(join(dataDir, 'data', 'gold', `${opts.split}.tsv`), 'gold file'));
  let pred: CarbSet;
  let failures = 0;
  if (opts.score) pred = READERS[format](readOrFail(resolve(opts.score), 'system output'));
  else {
    const lines = readOrFail(join(dataDir, 'data', `${opts.split}.txt`), 'sentence file')
      .split(/\r?\n/)
      .filter((l) => l.trim());
    ({ set: pred, failures } = await extractAll(lines));
  }
  const count = (s: CarbSet) => [...s.values()].reduce((n, l) => n + l.length, 0);
  return {
    split: opts.split,
    dataDir,
    system: opts.score ? `${opts.score} (${format})` : 'kg carbExtract',
    sentences: gold.size,
    goldTuples: count(gold),
    predictions: count(pred),
    failures,
    score: scoreCarb(gold, pred),
  };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Readable summary lines, then one JSON line with P, R, F1 and AUC to 3 decimals. */
export function formatCarbResult(r: CarbEvalResult): string[] {
  const { P, R, F1, AUC, curve } = r.score;
  return [
    `CaRB ${r.split} split (${r.dataDir})`,
    `system: ${r.system}`,
    `gold: ${r.goldTuples} tuples over ${r.sentences} sentences; predictions: ${r.predictions}${r.failures ? ` (${r.failures} sentences failed)` : ''}`,
    `best F1 point: P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${F1.toFixed(3)}  (${curve.length} thresholds)`,
    `AUC: ${AUC.toFixed(3)}`,
    JSON.stringify({ P: r3(P), R: r3(R), F1: r3(F1), AUC: r3(AUC) }),
  ];
}
