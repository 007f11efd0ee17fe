import { resolveAll, resolveSet } from '../../../ingest/resolve/global.js';
import { AliasTable } from '../../../ingest/resolve/aliases.js';
import type { LocalExtraction } from '../../../ingest/types.js';
import { extraction, keyed, testAliases } from './helpers.js';

const tables = () => ({
  aliases: testAliases(),
  acronyms: {
    table: new AliasTable().addGroups([{ canonical: 'IBM', names: ['IBM', 'International Business Machines'] }]),
    typeOf: new Map([['IBM', 'Organization' as const]]),
    ambiguous: new Set<string>(),
  },
  curation: [],
});
const ids = (x: { entities: { id: string }[] }) => x.entities.map((e) => e.id);

describe('resolution across articles', () => {
  it('joins full names by transliteration key and records the rule and article of each merge', () => {
    const [a, b, c] = resolveAll(
      [
        // Both spellings' articles name the Green Zone: the transliteration join has its corroboration (corpus.ts).
        extraction('a', [keyed('e0', 'Mustafa al-Kadhimi', 'Person', ['Kadhimi'], 2), keyed('e1', 'Green Zone', 'Place')]),
        extraction('b', [keyed('e0', 'Mustafa Kazemi', 'Person', ['Kazemi']), keyed('e1', 'Green Zone', 'Place')]),
        extraction('c', [keyed('e0', 'Kazemi', 'Person')]),
      ],
      tables(),
    );
    expect(ids(a!)).toEqual(ids(b!));
    expect(ids(c!)).not.toEqual(ids(a!));
    expect(b!.entities[0]!.merges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ alias: 'Mustafa Kazemi', rule: 'transliteration', article: 'b', source: 'b.txt' }),
      ]),
    );
  });

  it('expands a short form only through the acronym table or alias file, never by initials', () => {
    const [a, b, c] = resolveAll(
      [
        extraction('a', [keyed('e0', 'IBM', 'Organization')]),
        extraction('b', [keyed('e0', 'International Business Machines', 'Organization')]),
        extraction('c', [keyed('e0', 'GM', 'Organization'), keyed('e1', 'G7 meeting', 'Event')]),
      ],
      tables(),
    );
    expect(ids(a!)).toEqual(ids(b!));
    expect(a!.entities[0]).toMatchObject({ name: 'IBM', type: 'Organization' });
    expect(c!.entities.map((e) => e.name)).toEqual(['GM', 'G7 meeting']);
    const [d] = resolveAll(
      [extraction('d', [keyed('e0', 'GM', 'Organization')]), extraction('e', [keyed('e0', 'GM', 'Organization')])],
      tables(),
    );
    expect(d!.entities[0]!.scope).toBe('article');
  });

  it('expands an ambiguous table short form only in an article that names its entity in full', () => {
    // tech/276 names Electronic Arts and "EA" (a two-letter form the article's own pass leaves
    // apart); tech/056 says only "ESPN sold EA the rights" ("EA" is also the Environment Agency).
    const t = {
      ...tables(),
      acronyms: {
        table: new AliasTable().addGroups([{ canonical: 'Electronic Arts', names: ['Electronic Arts', 'EA'] }]),
        typeOf: new Map([['Electronic Arts', 'Organization' as const]]),
        ambiguous: new Set(['ea']),
      },
    };
    const [a, b, c] = resolveAll(
      [
        extraction('tech276', [keyed('e0', 'Electronic Arts', 'Organization'), keyed('e1', 'EA', 'Organization')]),
        extraction('tech056', [keyed('e0', 'EA', 'Organization'), keyed('e1', 'ESPN', 'Organization')]),
        extraction('tech203', [keyed('e0', 'Electronic Arts', 'Organization')]),
      ],
      t,
    );
    expect(new Set(ids(a!))).toEqual(new Set(ids(c!)));
    expect(b!.entities[0]).toMatchObject({ name: 'EA', scope: 'article' });
    expect(ids(c!)).not.toContain(b!.entities[0]!.id);
  });

  it('keeps different people and look-alike places apart', () => {
    const xs = resolveAll(
      [
        extraction('a', [keyed('e0', 'Qasem Soleimani', 'Person'), keyed('e1', 'Iran', 'Place'), keyed('e2', 'John Howard', 'Person')]),
        extraction('b', [
          keyed('e0', 'Douglas Silliman', 'Person'),
          keyed('e1', 'Iraq', 'Place'),
          keyed('e2', 'Michael Howard', 'Person', ['Howard']),
        ]),
      ],
      tables(),
    );
    expect(new Set(xs.flatMap(ids)).size).toBe(6);
  });

  it('lets the type follow the weighted votes of every article', () => {
    const [, b] = resolveAll(
      [extraction('a', [keyed('e0', 'Hamas', 'Group', [], 1)]), extraction('b', [keyed('e0', 'Hamas', 'Organization', [], 3)])],
      tables(),
    );
    expect(b!.entities[0]).toMatchObject({ id: 'hamas', type: 'Organization' });
  });

  it('gives the same entities whatever the order or batching of the articles', () => {
    const arts = [
      // Both spellings' articles name Iraq: the spelling join has its corroboration (corpus.ts);
      // so do the articles of Kazemi and al-Kadhimi (Green Zone).
      extraction('a', [keyed('e0', 'Saeed Khatibjadeh', 'Person'), keyed('e1', 'Jordan', 'Place'), keyed('e2', 'Iraq', 'Place')]),
      extraction('b', [
        keyed('e0', 'Saeed Khatibzadeh', 'Person', ['Khatibzadeh'], 2),
        keyed('e1', 'Jordan', 'Person'),
        keyed('e2', 'Iraq', 'Place'),
      ]),
      extraction('c', [keyed('e0', 'Mustafa Kazemi', 'Person'), keyed('e1', 'Jordan', 'Place'), keyed('e2', 'Green Zone', 'Place')]),
      extraction('d', [keyed('e0', 'Mustafa al-Kadhimi', 'Person', [], 4), keyed('e1', 'Green Zone', 'Place')]),
    ];
    const view = (locals: LocalExtraction[]) => {
      const res = resolveSet(locals, tables());
      return JSON.stringify([...res.entities.values()].sort((x, y) => x.id.localeCompare(y.id)));
    };
    const once = view(arts);
    expect(view([...arts].reverse())).toBe(once);
    expect(view([arts[2]!, arts[0]!, arts[3]!, arts[1]!])).toBe(once);
    const names = [...resolveSet(arts, tables()).entities.values()].map((e) => e.name).sort();
    expect(names).toEqual(['Green Zone', 'Iraq', 'Jordan', 'Jordan', 'Mustafa al-Kadhimi', 'Saeed Khatibzadeh']);
  });

  it('keeps 20,000 unrelated names apart (speed: npm run bench)', () => {
    let seed = 42;
    const letter = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return String.fromCharCode(97 + ((seed >>> 0) % 26));
    };
    const word = (n: number) => Array.from({ length: n }, letter).join('');
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const arts = Array.from({ length: 2000 }, (_, i) =>
      extraction(
        `a${i}`,
        Array.from({ length: 10 }, (_, j) => keyed(`e${j}`, `${cap(word(6))} ${cap(word(8))}`, j % 2 ? 'Person' : 'Organization')),
      ),
    );
    const res = resolveSet(arts, tables());
    expect(res.entities.size).toBeGreaterThan(19_000);
  });
});
