import { similarity, signature } from '../../../viz/server/corroboration/minhash.js';
import { nearDuplicateGroups, THRESHOLD } from '../../../viz/server/corroboration/near-dup.js';
import { outletKey } from '../../../viz/server/corroboration/outlet.js';

const STORY =
  'Armed drones targeted the home of the Iraqi prime minister early on Sunday and officials said he came through the attempt without injury. The attack was a sharp escalation of tensions after the parliamentary elections, which the militias lost, and their supporters have protested for weeks outside the green zone in Baghdad. Two officials said seven guards were hurt.';
const RERUN = `Iraqi PM survives drone attack. ${STORY.replace('Two officials said seven guards were hurt.', 'Seven guards were hurt, two officials said.')}`;
const OTHER =
  'The Quds Force commander arrived in Baghdad on Sunday night and met militia leaders, according to local media, while Tehran condemned the attack and called for vigilance against plots aimed at the security of its neighbour.';

describe('near-duplicate articles (MinHash)', () => {
  it('estimates a re-run wire story as similar and a different story as not', () => {
    expect(similarity(signature(STORY), signature(RERUN))).toBeGreaterThanOrEqual(THRESHOLD);
    expect(similarity(signature(STORY), signature(OTHER))).toBeLessThan(0.2);
    expect(similarity(signature(STORY), signature(STORY))).toBe(1);
  });

  it('groups near-duplicates under their smallest article id; articles without text stand alone', () => {
    const sigs = new Map([
      ['b', signature(STORY)],
      ['a', signature(RERUN)],
      ['c', signature(OTHER)],
      ['d', null],
    ]);
    expect(Object.fromEntries(nearDuplicateGroups(sigs))).toEqual({ a: 'a', b: 'a', c: 'c', d: 'd' });
  });
});

describe('outlet keys', () => {
  it.each([
    ['The New Arab', null, 'new arab'],
    [null, 'https://www.latimes.com/world-nation/story', 'latimes.com'],
    ['', 'not a url', null],
    [null, null, null],
  ])('%s / %s → %s', (outlet, url, want) => expect(outletKey(outlet, url)).toBe(want));
});
