import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../../ingest/types.js';
import { kg } from '../utils/cli.js';

const seed = join('seeds', readdirSync('seeds').find((f) => f.endsWith('.txt'))!);

describe('kg extract --format jsonl (the extraction contract)', () => {
  const r = kg(['extract', seed, '--format', 'jsonl', '--workers', '0']);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleRecord | EntityRecord | RelationRecord);
  const articles = lines.filter((l): l is ArticleRecord => l.kind === 'article');
  const entities = lines.filter((l): l is EntityRecord => l.kind === 'entity');
  const relations = lines.filter((l): l is RelationRecord => l.kind === 'relation');
  const name = (id: string | null) => entities.find((e) => e.id === id)?.name ?? '';

  it('opens the article block with its article line, then prints only entity, relation and message lines, and exits 0', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines[0]).toEqual({
      kind: 'article',
      id: expect.any(String),
      source: seed,
      title: expect.any(String),
      outlet: null,
      date: null,
    });
    expect(articles).toHaveLength(1);
    const messages = lines.filter((l) => (l.kind as string) === 'message');
    expect(1 + entities.length + relations.length + messages.length).toBe(lines.length);
    for (const m of messages)
      expect(m).toEqual({ kind: 'message', code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String), source: seed });
    expect(relations.length).toBeGreaterThan(5);
  });

  it('prints an entity line for every entity a relation names', () => {
    const ids = new Set(entities.map((e) => e.id));
    for (const rel of relations) for (const id of [rel.subject, rel.object, rel.attribution]) if (id) expect(ids).toContain(id);
  });

  it('fills every field of the contract with a legal value', () => {
    for (const e of entities) {
      expect(e).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          aliases: expect.any(Array),
          mentions: expect.any(Number),
        }),
      );
      expect(['Person', 'Organization', 'Place', 'Group', 'Event', 'Concept']).toContain(e.type);
    }
    const raw = readFileSync(seed, 'utf8');
    for (const rel of relations) {
      expect(['positive', 'negative']).toContain(rel.polarity);
      expect(['asserted', 'hedged', 'alleged', 'conditional', 'intended']).toContain(rel.certainty);
      expect(rel.confidence).toBeGreaterThan(0);
      expect(rel.confidence).toBeLessThanOrEqual(1);
      for (const ev of rel.evidence) {
        expect(ev.source).toBe(seed);
        expect(ev.end - ev.start).toBe(ev.text.length);
        expect(raw.replace(/\s+/g, ' ')).toContain(ev.text.replace(/\s+/g, ' '));
      }
    }
  });

  it('never turns the lead’s hedged denial into a plain fact', () => {
    const plainIranOrders = relations.filter(
      (x) => name(x.subject) === 'Iran' && /^(order|approve)/.test(x.predicate) && x.polarity === 'positive' && x.certainty === 'asserted',
    );
    expect(plainIranOrders).toEqual([]);
    expect(relations.some((x) => name(x.subject) === 'Iran' && x.predicate === 'approve' && x.polarity === 'negative')).toBe(true);
  });

  it('reports a missing path in one line and exits 1', () => {
    const bad = kg(['extract', 'no/such/file.txt']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('kg: no/such/file.txt: no such file or folder');
  });
});

describe('kg extract over the same text twice', () => {
  it('extracts it once and names the copy in one message line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    const bbc = readFileSync(join('tests', 'fixtures', 'graph-gold', 'data', 'news', 'politics', '184.txt'));
    writeFileSync(join(dir, 'a.txt'), bbc);
    writeFileSync(join(dir, 'b.txt'), bbc);
    const r = kg(['extract', dir, '--format', 'jsonl', '--workers', '0']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; source?: string; code?: string; message?: string });
    expect(lines.filter((l) => l.kind === 'article').map((l) => l.source)).toEqual([join(dir, 'a.txt')]);
    expect(lines.filter((l) => l.code === 'DUPLICATE_ARTICLE')).toEqual([
      expect.objectContaining({ source: join(dir, 'b.txt'), message: expect.stringContaining(join(dir, 'a.txt')) }),
    ]);
  });
});

describe('kg extract across worker threads', () => {
  it('prints exactly what the single-threaded run prints (deterministic ids and order)', () => {
    const dir = join('..', 'shared', 'data', 'related');
    const args = ['extract', existsSync(dir) ? dir : 'seeds', '--format', 'jsonl'];
    const threaded = kg([...args, '--workers', '2']);
    const inline = kg([...args, '--workers', '0']);
    expect(threaded.code).toBe(0);
    expect(threaded.stdout.length).toBeGreaterThan(1000);
    expect(threaded.stdout).toBe(inline.stdout);
  });
});
