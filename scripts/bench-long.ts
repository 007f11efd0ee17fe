/**
 * `npm run bench:long`: does the cost of one article grow linearly with its size, whatever its
 * shape? Builds inputs from the BBC corpus (../shared/data/news) at 50 KB, 500 KB and 5 MB in
 * three shapes: prose (the articles, paragraphs kept), one sentence (no . ! ? and no line breaks),
 * and bare (no punctuation at all), and runs `kg extract --workers 1` on each under GNU time,
 * `--runs` times; medians of wall and CPU seconds and the peak memory of the process (all threads).
 *
 *   npm run bench:long [-- --runs 3 --sizes 50000,500000,5000000 --dir ../shared/data/news]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../graph/server/paths.js';
import { scriptArgs } from './args.js';

const o = scriptArgs('npm run bench:long -- [--runs 3] [--sizes 50000,500000,5000000] [--dir ../shared/data/news]', {
  runs: { type: 'string', default: '3' },
  sizes: { type: 'string', default: '50000,500000,5000000' },
  dir: { type: 'string' },
});
const root = repoRoot();
const dir = o.dir ?? join(root, '..', 'shared', 'data', 'news');
const files = (d: string): string[] =>
  readdirSync(d)
    .sort()
    .flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : /^\d+\.txt$/.test(f) ? [join(d, f)] : []));
const corpus = files(dir)
  .map((f) => readFileSync(f, 'utf8').trim())
  .join('\n\n');

const SHAPES: Record<string, (t: string) => string> = {
  prose: (t) => t,
  sentence: (t) => t.replace(/[.!?]/g, '').replace(/\s+/g, ' '),
  bare: (t) => t.replace(/[^\p{L}\p{N}\s']/gu, '').replace(/\s+/g, ' '),
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const tmp = mkdtempSync(join(tmpdir(), 'kg-bench-long-'));
const rows: Record<string, string | number>[] = [];
try {
  for (const size of o.sizes.split(',').map(Number)) {
    for (const [shape, make] of Object.entries(SHAPES)) {
      let text = make(corpus);
      while (Buffer.byteLength(text) < size) text += ` ${text}`;
      const file = join(tmp, `${shape}-${size}.txt`);
      writeFileSync(
        file,
        Buffer.from(text)
          .subarray(0, size)
          .toString('utf8')
          .replace(/\uFFFD$/, ''),
      );
      const runs = Array.from({ length: Number(o.runs) }, () => {
        const r = spawnSync(
          '/usr/bin/time',
          ['-f', '%e %U %S %M', process.execPath, join(root, 'bin', 'kg.js'), 'extract', file, '--workers', '1'],
          { encoding: 'utf8', maxBuffer: 1 << 30 },
        );
        if (r.status !== 0) throw new Error(`kg extract ${file} failed: ${r.stderr.slice(-400)}`);
        const [wall, user, sys, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
        return {
          wall: wall!,
          cpu: user! + sys!,
          mb: kb! / 1024,
          relations: r.stdout.split('\n').filter((l) => l.startsWith('{"kind":"relation"')).length,
        };
      });
      const row = {
        size,
        shape,
        wallS: median(runs.map((r) => r.wall)),
        cpuS: median(runs.map((r) => r.cpu)),
        peakMb: Math.round(Math.max(...runs.map((r) => r.mb))),
        relations: runs[0]!.relations,
      };
      rows.push({ ...row, cpuMsPerKb: Number(((row.cpuS * 1000) / (size / 1000)).toFixed(2)) });
      console.log(JSON.stringify(rows.at(-1)));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.table(rows);
