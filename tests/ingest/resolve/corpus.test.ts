/**
 * Resolution at corpus scale, over a committed excerpt of BBC and related articles
 * (tests/fixtures/corpus, see its README): the failures that only show when articles are
 * resolved together. Short forms merge only on evidence; the two drone strikes stay two events;
 * the Kadhimi attack's variants are one event; militia variants cluster by their qualifiers.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractLocal, resolveAll } from '../../../ingest/pipeline.js';
import { spellsOut } from '../../../ingest/resolve/local-rules.js';
import { defaultAcronyms } from '../../../ingest/resolve/tables.js';
import type { EntityRecord, Extraction } from '../../../ingest/types.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

const ROOT = join('tests', 'fixtures', 'corpus');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.txt') ? [join(dir, f)] : []));
const xs: Extraction[] = resolveAll(
  files(ROOT)
    .sort()
    .map((f) => extractLocal({ source: f, text: readFileSync(f, 'utf8'), format: 'txt' }, world)),
);
const entities = new Map<string, EntityRecord>(xs.flatMap((x) => x.entities.map((e) => [e.id, e] as const)));
const inArticle = (file: RegExp) => xs.filter((x) => file.test(x.article.source)).flatMap((x) => x.entities);
const idsOf = (names: string[], pool: EntityRecord[] = [...entities.values()]) =>
  new Set(pool.filter((e) => [e.name, ...e.aliases].some((n) => names.some((m) => n.toLowerCase() === m.toLowerCase()))).map((e) => e.id));

describe('resolution over a corpus excerpt (BBC + related)', () => {
  it('merges no short form without evidence: a definition, the alias file or the acronym table', () => {
    const aliases = world.aliases;
    const table = defaultAcronyms().table;
    const grouped = (a: string, b: string) => [aliases, table].some((t) => t.groupOf(a) !== undefined && t.groupOf(a) === t.groupOf(b));
    const unproven: string[] = [];
    for (const e of entities.values()) {
      for (const a of e.aliases.filter((x) => /^[A-Z][A-Z.&]{1,4}$/.test(x))) {
        if (!grouped(a, e.name) && ![e.name, ...e.aliases].some((n) => n !== a && spellsOut(n, a))) unproven.push(`${a} in ${e.name}`);
      }
    }
    expect(unproven).toEqual([]);
    // The failures seen on the whole corpus, named.
    for (const [short, wrong] of [
      ['IBM', 'Iran-backed militias'],
      ['DS', 'drone strike'],
      ['AP', 'Los Angeles Times'],
      ['PC', 'press conference'],
      ['GM', 'G7 meeting'],
    ]) {
      const both = [...idsOf([short!])].filter((id) => idsOf([wrong!]).has(id));
      expect({ short, both }).toEqual({ short, both: [] });
    }
    expect([...idsOf(['Associated Press'])].map((id) => entities.get(id)!.name)).toEqual(['Associated Press']);
    expect(inArticle(/026\.txt$/).find((e) => e.aliases.includes('GM'))?.name).toBe('General Motors');
  });

  it('leaves a 2-3 letter form with no evidence as its own entity, in its article', () => {
    const ds = [...entities.values()].filter((e) => e.name === 'DS');
    expect(ds.length).toBeGreaterThan(0);
    for (const e of ds) expect(e.scope).toBe('article');
  });

  it('keeps "Mr Howard" apart from John Howard and Michael Howard', () => {
    const bare = inArticle(/014\.txt$/).filter((e) => e.name === 'Howard');
    expect(bare).toHaveLength(1);
    expect(bare[0]!.scope).toBe('article');
    expect(idsOf(['John Howard']).size).toBe(1);
    expect([...idsOf(['John Howard'])][0]).not.toBe([...idsOf(['Michael Howard'])][0]);
  });

  it('keeps the two drone strikes two events', () => {
    const events = (file: RegExp) =>
      new Set(
        inArticle(file)
          .filter((e) => e.type === 'Event' && /strike|attack|assassination/i.test(e.name))
          .map((e) => e.id),
      );
    const soleimani = new Set([...events(/14_thenational/), ...events(/15_jurist/)]);
    const kadhimi = new Set(['01', '02', '03', '04', '09', '10', '11', '13'].flatMap((n) => [...events(new RegExp(`/${n}_`))]));
    expect([...soleimani].filter((id) => kadhimi.has(id))).toEqual([]);
    for (const id of soleimani) expect(entities.get(id)!.qualifiers?.time ?? '').not.toMatch(/^2021/);
  });

  it('makes the Kadhimi attack one event with its variants, and one across articles that date it', () => {
    for (const n of ['02', '03', '09', '11']) {
      const attack = inArticle(new RegExp(`/${n}_`)).filter(
        (e) =>
          e.type === 'Event' && [e.name, ...e.aliases].some((a) => /^(attack|drone attack|drone strike|assassination attempt)$/i.test(a)),
      );
      expect({ n, events: attack.length }).toEqual({ n, events: 1 });
    }
    const shared = [...entities.values()].filter((e) => e.type === 'Event' && e.scope !== 'article' && e.qualifiers?.time === '2021-11-07');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.qualifiers?.target).toMatch(/Kadhimi|Kazimi/);
    expect(xs.filter((x) => x.entities.some((e) => e.id === shared[0]!.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('clusters militia variants by head and qualifiers, and keeps differently qualified ones apart', () => {
    const iran = idsOf(['Iran-backed militias', 'Iranian-backed militias', 'pro-Iranian militias']);
    const shia = idsOf(['Shia militias', "Shi'a militias", 'Shiite militias']);
    expect(iran.size).toBe(1);
    expect(shia.size).toBe(1);
    expect([...iran][0]).not.toBe([...shia][0]);
    expect(idsOf(['militias']).size).toBe(0);
  });
});
