/**
 * The spelling join across articles (ingest/resolve/corpus.ts): people with one given name whose
 * surnames are one letter apart are one person only when their articles also share another
 * entity that few articles name. Real corpus sentences: the misspellings of the BBC corpus join
 * (Darren Campell, Thaksin Shiniwatra, Remy Korchemy); two people with real surnames one letter
 * apart stay two (Paul Thomson of Franz Ferdinand and Paul Thompson of Roxy Music; Peter Saunders of
 * the CMF and Peter Sanders of Stop Stansted Expansion; the EastEnders actress Scarlett Johnson
 * and Scarlett Johansson).
 */
import { resolveSet } from '../../../ingest/resolve/global.js';
import type { LocalExtraction } from '../../../ingest/types.js';
import { extraction, keyed, testAliases } from './helpers.js';
import { resolveTexts, together } from './texts.js';
import { AliasTable } from '../../../ingest/resolve/aliases.js';

const resolve = resolveTexts;

describe('spelling variants of a name across articles (corpus sentences)', () => {
  it('joins a misspelling when the articles share another named entity (sport/066, 028; sport/118, business/345; sport/044, 045)', () => {
    const es = resolve({
      'news/sport/066.txt': 'But Darren Campell, Jason Gardener, Marlon Devonish and Mark Lewis-Francis made amends in the sprint relay.',
      'news/sport/028.txt':
        'I think the four of them - Jason Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis - knew deep down that it was their best chance of a medal.',
      'news/sport/118.txt':
        'Thailand Prime Minister Thaksin Shiniwatra came and went, while the most serious statement of intent came from tycoon and lifelong fan Steve Morgan.',
      'news/business/345.txt': "Thailand's Prime Minister Thaksin Shinawatra has estimated the destruction at 20bn baht ($510m).",
      'news/sport/044.txt': 'White was introduced to Conte through her coach Remy Korchemy, who is also a defendant in the Balco case.',
      'news/sport/045.txt': [
        'The two men - along with personal trainer Greg Anderson and athletics coach Remy Korchemny - were all indicted earlier this year but have pleaded their innocence.',
        'Balco (The Bay Area Laboratory Cooperative) is the company at the centre of the scandal.',
      ].join(' '),
    });
    expect(together(es, 'Darren Campell', 'Darren Campbell')).toBe(true);
    expect(together(es, 'Thaksin Shiniwatra', 'Thaksin Shinawatra')).toBe(true);
    expect(together(es, 'Remy Korchemy', 'Remy Korchemny')).toBe(true);
  });

  it('keeps two people apart when nothing else connects their articles (entertainment/236, 318; politics/068, 369; entertainment/188, 049)', () => {
    const es = resolve({
      'news/entertainment/236.txt':
        'The four-piece met two years ago when drummer Paul Thomson was working at the Glasgow art school where bassist Bob Hardy was studying.',
      'news/entertainment/318.txt':
        'Original band members Bryan Ferry, Phil Manzerana, Andy Mackay and Paul Thompson will take to the stage on the Saturday night of the festival.',
      'news/politics/068.txt': 'Peter Saunders of the CMF said it believed advance refusals should be only advisory, not legally binding.',
      'news/politics/369.txt':
        '"We do not underestimate the scale of the challenge before us because the courts have never before overturned a government White Paper," said Stop Stansted Expansion chairman Peter Sanders said.',
      'news/entertainment/188.txt':
        "Former England footballer Paul Gascoigne will join EastEnders' actress Scarlett Johnson on BBC One's Strictly Ice Dancing.",
      'news/entertainment/049.txt':
        'Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett Johansson - Racing Stripes and Assault on Precinct 13.',
    });
    expect(together(es, 'Paul Thomson', 'Paul Thompson')).toBe(false);
    expect(together(es, 'Peter Saunders', 'Peter Sanders')).toBe(false);
    expect(together(es, 'Scarlett Johnson', 'Scarlett Johansson')).toBe(false);
  });
});

describe('what corroborates a spelling join', () => {
  const tables = {
    aliases: testAliases(),
    acronyms: { table: new AliasTable(), typeOf: new Map(), ambiguous: new Set<string>() },
    curation: [],
  };
  const joined = (locals: LocalExtraction[]): boolean => {
    const res = resolveSet(locals, tables);
    return res.assign.get('a')!.get('e0') === res.assign.get('b')!.get('e0');
  };
  const pair = [
    extraction('a', [keyed('e0', 'Paul Thomson', 'Person'), keyed('e1', 'London', 'Place')]),
    extraction('b', [keyed('e0', 'Paul Thompson', 'Person'), keyed('e1', 'London', 'Place')]),
  ];

  it('is an entity the two articles share, not the name alone', () => {
    expect(joined(pair)).toBe(true);
    expect(
      joined([extraction('a', [keyed('e0', 'Paul Thomson', 'Person')]), extraction('b', [keyed('e0', 'Paul Thompson', 'Person')])]),
    ).toBe(false);
  });

  it('is never an entity that many articles name (more than 2% of them, and more than 20)', () => {
    const others = Array.from({ length: 40 }, (_, i) => extraction(`o${i}`, [keyed('e0', 'London', 'Place')]));
    expect(joined([...pair, ...others])).toBe(false);
  });

  it('is never given by an article that names both as two people: it keeps them apart itself', () => {
    const both = extraction('c', [
      keyed('e0', 'Paul Thomson', 'Person'),
      keyed('e1', 'Paul Thompson', 'Person'),
      keyed('e2', 'London', 'Place'),
    ]);
    expect(joined([...pair, both])).toBe(false);
  });
});
