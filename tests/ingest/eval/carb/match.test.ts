import { binarise, matchTuple } from '../../../../ingest/eval/carb/match.js';
import type { CarbExtraction } from '../../../../ingest/eval/carb/types.js';

const ex = (relation: string, ...args: string[]): CarbExtraction => ({ relation, args, confidence: 1 });

describe('CaRB token matcher (hand-computed)', () => {
  const cases: [string, CarbExtraction, CarbExtraction, [number, number]][] = [
    ['exact tuple', ex('born in', 'Obama', 'Hawaii'), ex('born in', 'Obama', 'Hawaii'), [1, 1]],
    // rel 2/2 of pred, 2/3 of gold; arg1 1/2 pred, 1/1 gold; arg2 1/1 → P 4/5, R 4/5
    ['partial spans', ex('was born in', 'Obama', 'Hawaii'), ex('born in', 'Barack Obama', 'Hawaii'), [4 / 5, 4 / 5]],
    ['relation gate', ex('born', 'Obama', 'Hawaii'), ex('died', 'Obama', 'Hawaii'), [0, 0]],
    ['predicted "be" stands for "is"', ex('is', 'Obama', 'president'), ex('be', 'Obama', 'president'), [1, 1]],
    ['missing arg2 scores zero', ex('won', 'Obama', 'the election'), ex('won', 'Obama'), [0, 0]],
    // n-ary gold joined: object "the prize in 2009" (4 tokens); pred object "the prize" → P 4/4, R 4/6
    ['n-ary joined to binary', ex('won', 'Obama', 'the prize', 'in 2009'), ex('won', 'Obama', 'the prize'), [1, 4 / 6]],
    ['case-sensitive tokens', ex('won', 'Obama', 'prize'), ex('won', 'obama', 'prize'), [2 / 3, 2 / 3]],
    ['each predicted token used once', ex('said', 'the the', 'x'), ex('said', 'the', 'x'), [1, 3 / 4]],
    // said-type: swapped args score [1, 1] instead of [0.2, 0.2]
    ['said-type swap', ex('said', 'Smith', 'the plan failed'), ex('said', 'the plan failed', 'Smith'), [1, 1]],
  ];
  it.each(cases)('%s', (_label, gold, pred, expected) => {
    const [p, r] = matchTuple(gold, pred);
    expect(p).toBeCloseTo(expected[0], 10);
    expect(r).toBeCloseTo(expected[1], 10);
  });

  it('binarises only tuples with two or more args', () => {
    expect(binarise(['a', 'b', 'c'])).toEqual(['a', 'b c']);
    expect(binarise(['a'])).toEqual(['a']);
  });
});
