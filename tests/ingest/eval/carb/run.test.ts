import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCarb } from '../../../../bin/commands/eval.js';
import { isKgError } from '../../../../ingest/errors.js';

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-carb-'));
  mkdirSync(join(dir, 'data', 'gold'), { recursive: true });
  writeFileSync(join(dir, 'data', 'test.txt'), 'Bush made an offer .\n');
  writeFileSync(join(dir, 'data', 'gold', 'test.tsv'), 'Bush made an offer .\tmade\tBush\tan offer\n');
  writeFileSync(
    join(dir, 'out.txt'),
    '0.9\t\tSimpleArgument(Bush,List([0, 4)))\tRelation(made,List([5, 9)))\tSimpleArgument(an offer,List([10, 18)))\tBush made an offer .\n',
  );
  return dir;
}

describe('kg eval carb', () => {
  it('scores an existing OpenIE-4 output; the last line is the JSON result', async () => {
    const dir = fixtureDir();
    const lines = await evalCarb({ split: 'test', data: dir, score: join(dir, 'out.txt') }, () => {});
    expect(JSON.parse(lines.at(-1)!)).toEqual({ P: 1, R: 1, F1: 1, AUC: 1 });
    expect(lines.length).toBeGreaterThan(1);
  });

  it('reports a missing data directory as one FILE_NOT_FOUND error naming the path', async () => {
    let err: unknown;
    try {
      await evalCarb({ split: 'test', data: '/nonexistent/carb' }, () => {});
    } catch (e) {
      err = e;
    }
    expect(isKgError(err, 'FILE_NOT_FOUND')).toBe(true);
    expect((err as Error).message).toContain('/nonexistent/carb');
  });

  it('rejects an unknown split with BAD_ARGUMENT', async () => {
    await expect(evalCarb({ split: 'train', data: '/tmp' }, () => {})).rejects.toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT' }));
  });
});
