/**
 * `kg eval graph`: run the pipeline over each gold file's article (as `kg extract` does, one
 * article per run, a fresh entity index each) and score it with score.ts. The only I/O here.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../../graph/server/paths.js';
import { kgError } from '../../errors.js';
import { defaultTables, resolveAll } from '../../resolve/global.js';
import type { LocalExtraction, World } from '../../types.js';
import { loadWorld } from '../../world.js';
import { runPipeline } from '../../run.js';
import { addCounts, articleLine, confidenceAuc, graphFigures, type Ranked, scoreGraph } from './score.js';
import type { GoldFile, GraphCounts, GraphFigures } from './types.js';

export interface GraphEvalOptions {
  gold?: string;
  data?: string;
  workers?: number;
  /** Folder to keep each article's JSONL output in. */
  keep?: string;
}

export interface GraphEvalResult {
  lines: string[];
  figures: GraphFigures & { files: number };
  counts: GraphCounts | null;
  /** How well confidence ranks the relations that are gold triples above the rest (not in the scorer's figures). */
  confidenceAuc: number | null;
}

const FIXTURES = (): string => join(repoRoot(), 'tests', 'fixtures', 'graph-gold');
export const goldDir = (x?: string): string => resolve(x ?? process.env.KG_GOLD_DIR ?? join(FIXTURES(), 'dev'));
export const dataDir = (x?: string): string => resolve(x ?? process.env.KG_GOLD_DATA ?? join(FIXTURES(), 'data'));

/** The JSONL lines `kg extract --format jsonl` prints for one file. */
export async function extractLines(path: string, world: World, workers = 0): Promise<string[]> {
  const locals: LocalExtraction[] = [];
  for await (const item of runPipeline([path], { world, workers })) if (item.kind === 'local') locals.push(item.local);
  return resolveAll(locals, defaultTables({ aliases: world.aliases })).flatMap((x) =>
    [...x.entities, ...x.relations].map((r) => JSON.stringify(r)),
  );
}

export async function runGraphEval(opts: GraphEvalOptions = {}): Promise<GraphEvalResult> {
  const gold = goldDir(opts.gold);
  const data = dataDir(opts.data);
  if (!existsSync(gold)) throw kgError('FILE_NOT_FOUND', `eval graph: gold folder not found: ${gold}`, 'pass --gold DIR');
  const files = readdirSync(gold)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const world = loadWorld();
  const lines: string[] = [];
  let total: GraphCounts | null = null;
  const ranked: Ranked[] = [];
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as GoldFile;
    const input = join(data, g.file);
    if (!existsSync(input)) throw kgError('FILE_NOT_FOUND', `eval graph: article of ${f} not found: ${input}`, 'pass --data DIR');
    const out = await extractLines(input, world, opts.workers ?? 0);
    if (opts.keep) {
      mkdirSync(opts.keep, { recursive: true });
      writeFileSync(join(opts.keep, f.replace(/\.json$/, '.jsonl')), out.length ? `${out.join('\n')}\n` : '');
    }
    const { counts, detail, ranked: r } = scoreGraph(g, out);
    ranked.push(...r);
    total = addCounts(total, counts);
    lines.push(articleLine(f.replace(/\.json$/, ''), counts, detail));
  }
  const figures = { files: files.length, ...(total ? graphFigures(total) : graphFigures(addCounts(null, ZERO))) };
  lines.push(JSON.stringify(figures));
  return { lines, figures, counts: total, confidenceAuc: confidenceAuc(ranked) };
}

const ZERO: GraphCounts = {
  triples: 0,
  found: 0,
  core: 0,
  coreFound: 0,
  certainty: 0,
  certaintyOk: 0,
  attribution: 0,
  attributionOk: 0,
  entities: 0,
  entityFound: 0,
  named: 0,
  namedOk: 0,
  clusters: 0,
  clustersSeen: 0,
  clustersUnified: 0,
  wrongMerges: 0,
  forbidden: 0,
  junk: 0,
  relations: 0,
  bad: 0,
};
