import { EntityIndex, resolveExtraction } from '../../../ingest/resolve/global.js';
import type { Article, LocalEntity, LocalExtraction } from '../../../ingest/types.js';
import { local, testAliases } from './helpers.js';

const article = (id: string): Article => ({ id, source: `${id}.txt`, title: id, outlet: null, url: null, publishedAt: null, contentHash: id, text: '' });
const extraction = (id: string, entities: LocalEntity[]): LocalExtraction => ({ article: article(id), entities, relations: [], messages: [] });

describe('EntityIndex across articles', () => {
  it('resolves surnames, transliterations and acronyms to ids fixed by the first article', () => {
    const index = new EntityIndex(testAliases());
    const a = resolveExtraction(extraction('a', [local('e0', 'Kadhimi', 'Person'), local('e1', 'CIA', 'Organization')]), index);
    const b = resolveExtraction(extraction('b', [local('e0', 'Mustafa al-Kadimi', 'Person'), local('e1', 'Central Intelligence Agency', 'Organization')]), index);
    const c = resolveExtraction(extraction('c', [local('e0', 'Kazemi', 'Person', ['Mustafa Kazemi'])]), index);
    expect(a.entities.map((e) => e.id)).toEqual(['kadhimi', 'cia']);
    expect(b.entities.map((e) => e.id)).toEqual(['kadhimi', 'cia']);
    expect(c.entities.map((e) => e.id)).toEqual(['kadhimi']);
    // the displayed name grows to the fullest form; the id stays
    expect(c.entities[0]!.name).toBe('Mustafa al-Kadimi');
    expect(b.entities[0]!.merges).toEqual([{ alias: 'Mustafa al-Kadimi', into: 'Kadhimi', rule: 'transliteration' }]);
    expect(b.entities[1]!.merges).toEqual([{ alias: 'Central Intelligence Agency', into: 'CIA', rule: 'acronym' }]);
  });

  it('keeps different people and look-alike places apart', () => {
    const index = new EntityIndex(testAliases());
    resolveExtraction(extraction('a', [local('e0', 'Qasem Soleimani', 'Person'), local('e1', 'Iran', 'Place')]), index);
    const b = resolveExtraction(extraction('b', [local('e0', 'Douglas Silliman', 'Person'), local('e1', 'Iraq', 'Place'), local('e2', 'Suleimani', 'Person')]), index);
    expect(b.entities.map((e) => e.id)).toEqual(['douglas-silliman', 'iraq', 'qasem-soleimani']);
  });

  it('gives a fresh, typed id when a slug is taken by an incompatible entity', () => {
    const index = new EntityIndex(testAliases());
    resolveExtraction(extraction('a', [local('e0', 'Jordan', 'Place')]), index);
    const b = resolveExtraction(extraction('b', [local('e0', 'Jordan', 'Person')]), index);
    expect(b.entities[0]!.id).toBe('jordan-person');
  });

  it('lets the type follow the majority of mentions across articles', () => {
    const index = new EntityIndex(testAliases());
    resolveExtraction(extraction('a', [local('e0', 'Hamas', 'Group', [], 1)]), index);
    const b = resolveExtraction(extraction('b', [local('e0', 'Hamas', 'Organization', [], 3)]), index);
    expect(b.entities[0]).toMatchObject({ id: 'hamas', type: 'Organization' });
  });

  it('answers lookups from records added from the store', () => {
    const index = new EntityIndex(testAliases());
    index.add({ kind: 'entity', id: 'esmail-qaani', name: 'Esmail Qaani', type: 'Person', aliases: ['Qaani'], mentions: 3 });
    expect(index.lookup('Kani')?.id).toBe('esmail-qaani');
    expect(index.lookup('Ghaani', 'Person')?.id).toBe('esmail-qaani');
    expect(index.lookup('Qatar')).toBeUndefined();
  });

  it('resolves 20,000 distinct entities quickly (blocking, no scans)', () => {
    let seed = 42;
    const letter = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return String.fromCharCode(97 + ((seed >>> 0) % 26));
    };
    const word = (n: number) => Array.from({ length: n }, letter).join('');
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const index = new EntityIndex(testAliases());
    const t0 = Date.now();
    for (let i = 0; i < 2000; i++) {
      const ents = Array.from({ length: 10 }, (_, j) => local(`e${j}`, `${cap(word(6))} ${cap(word(8))}`, j % 2 ? 'Person' : 'Organization'));
      const out = resolveExtraction(extraction(`a${i}`, ents), index);
    }
    expect(index.size).toBeGreaterThan(19_000);
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});
