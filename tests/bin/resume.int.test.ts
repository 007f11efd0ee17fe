/**
 * An interrupted ingest converges: kill `kg ingest` (SIGKILL) or its Neo4j at several points,
 * re-run, and the graph is the graph of one clean ingest. Runs on a private Neo4j (it gets
 * killed) over the first KG_RESUME_ARTICLES (80) BBC politics articles; KG_RESUME_CORPUS points
 * it at another folder (the whole BBC corpus, by hand, with KG_RESUME_BATCH and KG_RESUME_WORKERS).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateNeo4j, type PrivateNeo4j } from '../utils/private-neo4j.js';
import { difference, snapshot, type Snapshot } from '../utils/snapshot.js';

const corpus = process.env.KG_RESUME_CORPUS ?? '/work/shared/data/news/politics'; // like tests/viz/fixture.ts, not relative to the clone
const count = Number(process.env.KG_RESUME_ARTICLES ?? 80);
const BATCH = process.env.KG_RESUME_BATCH ?? '10';
const WORKERS = process.env.KG_RESUME_WORKERS ?? '1';
const TIMEOUT = Number(process.env.KG_RESUME_TIMEOUT_MS ?? 600_000);

function copyCorpus(): string {
  if (!existsSync(corpus)) throw new Error(`resume test: corpus ${corpus} not found (the BBC corpus in ../shared/data/news)`);
  const dir = mkdtempSync(join(tmpdir(), 'kg-resume-'));
  const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') && !/README/i.test(f))
    .sort()
    .slice(0, count);
  files.forEach((f, i) => copyFileSync(join(corpus, f), join(dir, `${String(i).padStart(5, '0')}-${f.replace(/\//g, '-')}`)));
  return dir;
}

/** Start `kg ingest`, wait until at least `atLeast` articles are stored, then call `interrupt`. */
async function interruptAt(
  db: PrivateNeo4j,
  dir: string,
  atLeast: number,
  interrupt: (pid: number) => void,
): Promise<{ code: number | null; stderr: string; storedAtKill: number }> {
  const child = spawn(process.execPath, ['bin/kg.js', 'ingest', dir, '--batch', BATCH, '--workers', WORKERS], {
    env: db.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let stored = 0;
  for (let done = false; !done; ) {
    await new Promise((r) => setTimeout(r, 100));
    const s = db.driver.session();
    stored = await s.run('MATCH (a:Article) RETURN count(a) AS n').then(
      (r) => r.records[0]!.get('n') as number,
      () => stored,
    );
    await s.close();
    done = stored >= atLeast || child.exitCode !== null;
  }
  if (child.exitCode === null) interrupt(child.pid!);
  return { code: await exited, stderr, storedAtKill: stored };
}

function ingest(db: PrivateNeo4j, dir: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/kg.js', 'ingest', dir, '--batch', BATCH, '--workers', WORKERS], {
    env: db.env,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  return { code: r.status, stderr: r.stderr };
}

describe('an interrupted ingest converges to the graph of one clean ingest', () => {
  let db: PrivateNeo4j;
  let dir: string;
  let clean: Snapshot;
  beforeAll(async () => {
    dir = copyCorpus();
    db = await privateNeo4j();
    const r = ingest(db, dir);
    expect(r.stderr).toBe('');
    clean = await snapshot(db.driver);
    expect(clean.articles.length).toBeGreaterThan(count * 0.9);
    expect(clean.evidenceTwice).toEqual([]);
  }, TIMEOUT);
  afterAll(() => db?.close(), 120_000);
  beforeEach(() => db.wipe());

  it.each([
    ['early', 0.15],
    ['late', 0.7],
  ])(
    'kg ingest killed (SIGKILL) %s, then re-run',
    async (_when, at) => {
      const run = await interruptAt(db, dir, Math.round(count * at), (pid) => process.kill(pid, 'SIGKILL'));
      expect(run.code).toBe(null);
      expect(run.storedAtKill).toBeLessThan(clean.articles.length);
      expect(ingest(db, dir).code).toBe(0);
      expect(difference(clean, await snapshot(db.driver))).toEqual({});
    },
    TIMEOUT,
  );

  it(
    'Neo4j killed (SIGKILL) mid-ingest: one kg: line and exit 1; restarted and re-run, the same graph',
    async () => {
      const run = await interruptAt(db, dir, Math.round(count * 0.4), () => db.kill());
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg: Neo4j is not reachable at /)]);
      await db.restart();
      expect(ingest(db, dir).code).toBe(0);
      expect(difference(clean, await snapshot(db.driver))).toEqual({});
    },
    TIMEOUT,
  );
});
