/**
 * `npm run bench`: throughput of the whole `kg extract` process over a corpus (default: the 2,225
 * BBC articles in ../shared/data/news), against compromise alone parsing the same texts on one
 * core, in the same run, alternating, `--runs` times; medians reported. With `--ingest`, also
 * `kg ingest` end to end into a fresh, private Neo4j (started and removed by the benchmark).
 *
 *   npm run bench [-- --runs 3 --ingest --dir ../shared/data/news]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../graph/server/paths.js';
import { start, stop } from '../graph/server/process.js';
import { scriptArgs } from './args.js';

const o = scriptArgs('npm run bench -- [--runs 3] [--ingest] [--dir ../shared/data/news] [--workers N]', {
  runs: { type: 'string', default: '3' },
  ingest: { type: 'boolean', default: false },
  dir: { type: 'string' },
  workers: { type: 'string' },
});
const root = repoRoot();
const dir = o.dir ?? join(root, '..', 'shared', 'data', 'news');
const runs = Number(o.runs);

const files = (d: string): string[] =>
  readdirSync(d)
    .sort()
    .flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : /\.txt$/.test(f) && !/^README/i.test(f) ? [join(d, f)] : []));
if (!existsSync(dir)) {
  console.error(`bench: corpus folder ${dir} not found (pass --dir, or keep ../shared/data/news beside the repo)`);
  process.exit(1);
}
const corpus = files(dir);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Run a command under GNU time; returns wall seconds, peak RSS (MB), stdout. */
function timed(args: string[], input?: string, env: Record<string, string> = {}): { seconds: number; peakMb: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const [secs, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: secs!, peakMb: kb! / 1024, stdout: r.stdout };
}

const kgArgs = (cmd: string, extra: string[] = []) => [
  process.execPath,
  join(root, 'bin', 'kg.js'),
  cmd,
  ...(o.workers ? ['--workers', o.workers] : []),
  ...extra,
  ...corpus,
];

console.log(`corpus: ${corpus.length} articles from ${dir}; ${runs} alternating runs each`);
const base: number[] = [];
const kg: { seconds: number; peakMb: number; relations: number }[] = [];
let words = 0;
for (let i = 0; i < runs; i++) {
  const b = timed([process.execPath, join(root, 'dist', 'scripts', 'bench-compromise.js')], corpus.join('\n'));
  const parsed = JSON.parse(b.stdout) as { words: number; seconds: number };
  words = parsed.words;
  base.push(b.seconds);
  const k = timed(kgArgs('extract', ['--format', 'jsonl']));
  const relations = k.stdout.split('\n').filter((l) => l.startsWith('{"kind":"relation"')).length;
  kg.push({ seconds: k.seconds, peakMb: k.peakMb, relations });
  console.log(
    `run ${i + 1}: compromise alone ${b.seconds.toFixed(1)} s, kg extract ${k.seconds.toFixed(1)} s (${relations} relations, peak ${k.peakMb.toFixed(0)} MB)`,
  );
}
const kgSec = median(kg.map((k) => k.seconds));
const baseSec = median(base);
const result: Record<string, number> = {
  articles: corpus.length,
  words,
  kgWordsPerSec: Math.round(words / kgSec),
  kgRelationsPerSec: Math.round(kg[0]!.relations / kgSec),
  compromiseWordsPerSec: Math.round(words / baseSec),
  ratio: Number((baseSec / kgSec).toFixed(2)),
  peakMb: Math.round(Math.max(...kg.map((k) => k.peakMb))),
};

if (o.ingest) {
  const home = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const env = { KG_NEO4J_HOME: home, KG_BOLT_PORT: '17697', KG_HTTP_PORT: '17497' };
  try {
    const s = await start({ env: { ...process.env, ...env } });
    // Warm the fresh server's JVM and query planner with the seed article first, as a server in use would be.
    timed([process.execPath, join(root, 'bin', 'kg.js'), 'ingest', join(root, 'seeds')], undefined, { ...env, NEO4J_URI: s.uri });
    const ing = timed(kgArgs('ingest'), undefined, { ...env, NEO4J_URI: s.uri });
    console.log(ing.stdout.trim());
    result.ingestSeconds = Number(ing.seconds.toFixed(1));
    result.ingestToExtract = Number((ing.seconds / kgSec).toFixed(2));
  } finally {
    await stop({ env: { ...process.env, ...env } });
    rmSync(home, { recursive: true, force: true });
  }
}
console.log(`median: kg extract ${kgSec.toFixed(1)} s, compromise alone ${baseSec.toFixed(1)} s`);
console.log(JSON.stringify(result));
