import { existsSync, readFileSync } from 'node:fs';
import { readClausie, readGold, readOpenie4 } from '../../../../ingest/eval/carb/readers.js';
import { scoreCarb } from '../../../../ingest/eval/carb/score.js';

const DIR = '/work/shared/data/carb';
const have = existsSync(`${DIR}/data/gold/test.tsv`);
const read = (p: string) => readFileSync(`${DIR}/${p}`, 'utf8');
const r3 = (x: number) => Math.round(x * 1000) / 1000;

(have ? describe : describe.skip)('CaRB reproduction on the test split', () => {
  const gold = have ? readGold(read('data/gold/test.tsv')) : new Map();

  it('reproduces the published OpenIE-4 figures', () => {
    const s = scoreCarb(gold, readOpenie4(read('system_outputs/openie4.txt')));
    expect([r3(s.P), r3(s.R), r3(s.F1), r3(s.AUC)]).toEqual([0.553, 0.437, 0.488, 0.272]);
  });

  it('reproduces the published ClausIE figures', () => {
    const s = scoreCarb(gold, readClausie(read('system_outputs/clausie.txt')));
    expect([r3(s.P), r3(s.R), r3(s.F1), r3(s.AUC)]).toEqual([0.411, 0.496, 0.45, 0.224]);
  });
});
