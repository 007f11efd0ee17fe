/**
 * The population precision is judged on (scripts/population.ts): BBC politics, business and tech
 * articles, sorted, without the dev gold's articles, other sections or non-.txt files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgedArticles, seededRandom } from '../../scripts/population.js';

describe('judgedArticles', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kg-population-'));
    for (const [d, files] of Object.entries({
      politics: ['002.txt', '001.txt', 'README.md'],
      business: ['246.txt', '247.txt'],
      tech: ['010.txt'],
      sport: ['001.txt'],
    })) {
      mkdirSync(join(root, 'news', d), { recursive: true });
      for (const f of files) writeFileSync(join(root, 'news', d, f), 'text');
    }
    mkdirSync(join(root, 'gold'));
    writeFileSync(join(root, 'gold', 'business-246.json'), JSON.stringify({ file: 'news/business/246.txt' }));
    writeFileSync(join(root, 'gold', 'notes.txt'), 'not a gold file');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the three sections in order, sorted, leaving out the gold, sport and non-text files', () => {
    expect(judgedArticles(join(root, 'news'), join(root, 'gold'))).toEqual([
      'politics/001.txt',
      'politics/002.txt',
      'business/247.txt',
      'tech/010.txt',
    ]);
  });
});

describe('seededRandom', () => {
  it('draws the same numbers in [0, 1) for the same seed, others for another', () => {
    const draw = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 50 }, () => next());
    };
    expect(draw(2491)).toEqual(draw(2491));
    expect(draw(2491)).not.toEqual(draw(2481));
    for (const x of draw(7)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is the linear congruential generator the judged samples were drawn with', () => {
    // state' = 1664525 * state + 1013904223 (mod 2^32), scaled to [0, 1)
    expect(seededRandom(1)()).toBe((1664525 + 1013904223) / 2 ** 32);
  });
});
