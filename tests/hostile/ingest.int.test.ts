/**
 * The hostile-input suite for ingest (cases in ingest-cases.ts). Every case is run on its own
 * through `kg extract` (exit code, one line per problem, codes from the pipeline itself), then all
 * of them through `kg ingest` against the real Neo4j: the failing ones must leave the stored graph
 * exactly as it was, the others must store their articles and still report their bad parts.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Store } from '../../graph/store.js';
import { runPipeline } from '../../ingest/run.js';
import { articleIdsUnder, testStore } from '../utils/neo4j.js';
import { snapshot } from '../utils/snapshot.js';
import { CASES, type Case } from './ingest-cases.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();

const root = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
const nonce = Date.now().toString(36);
const dirOf = (i: number) => join(root, `case-${String(i).padStart(2, '0')}`);
const inputsOf = (c: Case, i: number) => (c.inputs ?? ['{dir}']).map((p) => p.replace('{dir}', dirOf(i)));
const stored = (c: Case) => c.stored ?? (c.codes.length ? 0 : 1);

function build(c: Case, i: number): void {
  mkdirSync(dirOf(i), { recursive: true });
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const p = join(dirOf(i), rel);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof content === 'object' && 'fifo' in content) execFileSync('mkfifo', [p]);
    else if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, p);
    else
      writeFileSync(p, Buffer.from(Buffer.from(content).toString('latin1').replaceAll('{nonce}', `${nonce}-${i}-${rel.length}`), 'latin1'));
  }
}
CASES.forEach(build);

/** Run `kg` without blocking the event loop (so cases can run two at a time). */
function kgAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/kg.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
  });
}

const lines = (stderr: string) => stderr.split('\n').filter(Boolean);
/** No stack trace, no raw control character: every line is `kg: ` and printable text. */
const clean = (stderr: string) =>
  lines(stderr).every(
    (l) => l.startsWith('kg: ') && !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(l) && !/\bat .*:\d+:\d+\)?$/.test(l),
  );

describe('hostile inputs, each on its own', () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s: its codes, from the pipeline', async (_name, c, i) => {
    Object.assign(process.env, c.env ?? {});
    const codes: string[] = [];
    for await (const item of runPipeline(inputsOf(c, i), { world, workers: 0 })) if (item.kind === 'error') codes.push(item.error.code);
    expect(codes).toEqual(c.codes);
  });

  it('through kg extract: exit code, one clean line per problem, within time', async () => {
    const queue = CASES.map((c, i) => [c, i] as const);
    const results: { name: string; code: number | null; lines: number; clean: boolean }[] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [c, i] = next;
        const r = await kgAsync(['extract', ...inputsOf(c, i), '--workers', '0'], c.env);
        results.push({ name: c.name, code: r.code, lines: lines(r.stderr).length, clean: clean(r.stderr) });
      }
    };
    await Promise.all([worker(), worker()]);
    const expected = CASES.map((c) => ({ name: c.name, code: c.codes.length ? 1 : 0, lines: c.codes.length, clean: true }));
    expect(results.sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual(expected.sort((a, b) => (a.name < b.name ? -1 : 1)));
  }, 600_000);
});

describe('hostile inputs through kg ingest (real Neo4j)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await testStore();
  });
  afterAll(async () => {
    await store.deleteArticles(await articleIdsUnder(store, root));
    await store.close();
  });
  const env = { KG_MAX_FILE_MB: '1' };

  it('cases that store nothing: one line each, exit 1, and the stored graph exactly as it was', async () => {
    const failing = CASES.map((c, i) => [c, i] as const).filter(([c]) => stored(c) === 0);
    const before = await snapshot(store.driver);
    const r = await kgAsync(['ingest', ...failing.flatMap(([c, i]) => inputsOf(c, i)), '--workers', '1'], env);
    expect(await snapshot(store.driver)).toEqual(before);
    expect(r.code).toBe(1);
    expect(clean(r.stderr)).toBe(true);
    expect(lines(r.stderr)).toHaveLength(failing.reduce((n, [c]) => n + c.codes.length, 0));
    expect(r.stdout).toMatch(/^articles: 0 new, 0 unchanged, 0 replaced, \d+ failed$/m);
    expect(r.stdout).toMatch(/^skipped: 4 dataset files \(.*\): .*CHANGELOG\.md/m);
  }, 300_000);

  it('cases that hold articles: each stored (once), their bad parts still reported', async () => {
    const good = CASES.map((c, i) => [c, i] as const).filter(([c]) => stored(c) > 0);
    const r = await kgAsync(['ingest', ...good.flatMap(([c, i]) => inputsOf(c, i)), '--workers', '2'], env);
    expect(clean(r.stderr)).toBe(true);
    expect(lines(r.stderr)).toHaveLength(good.reduce((n, [c]) => n + c.codes.length, 0));
    expect(r.code).toBe(1);
    for (const [c, i] of good) expect([c.name, (await articleIdsUnder(store, `${dirOf(i)}/`)).length]).toEqual([c.name, stored(c)]);
    const labels = await store.driver.executeQuery('MATCH (n) WHERE n.polluted IS NOT NULL OR n.x IS NOT NULL RETURN count(n) AS n');
    expect(labels.records[0]!.get('n')).toBe(0);
  }, 300_000);
});
