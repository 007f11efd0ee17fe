import { readClausie, readGold, readOpenie4, readTabbed, spanText } from '../../../../ingest/eval/carb/readers.js';

const SENT = 'Bush made an offer on the wage .';

describe('CaRB readers', () => {
  it('reads gold, dropping C: context args and keeping n-ary args in order', () => {
    const g = readGold(
      `${SENT}\tmade an offer on\tBush\tthe wage\tEarlier\n${SENT}\tsaid\tC: Kim said that\tBush\n${SENT}\tis\tinjury\t\n`,
    );
    expect(g.get(SENT)).toEqual([
      { relation: 'made an offer on', args: ['Bush', 'the wage', 'Earlier'], confidence: 1 },
      { relation: 'said', args: ['Bush'], confidence: 1 },
      { relation: 'is', args: ['injury'], confidence: 1 },
    ]);
  });

  it('reads OpenIE-4 span markers and skips lines without arg2', () => {
    const line = `0.85\t\tSimpleArgument(Bush,List([0, 4)))\tRelation(made an offer on,List([5, 9), [10, 12)))\tSimpleArgument(the wage,List([23, 31)))\t${SENT}`;
    const noArg2 = `0.5\t\tSimpleArgument(Bush,List([0, 4)))\tRelation(made,List([5, 9)))\t\t${SENT}`;
    expect(readOpenie4(`${line}\n${noArg2}\n`).get(SENT)).toEqual([
      { relation: 'made an offer on', args: ['Bush', 'the wage'], confidence: 0.85 },
    ]);
    expect(spanText('Relation(led her to,List([161, 164)))')).toBe('led her to');
    expect(spanText('junk')).toBeNull();
  });

  it('reads the tabbed format', () => {
    expect(readTabbed(`${SENT}\t0.3\tmade\tBush\tan offer\n`).get(SENT)).toEqual([
      { relation: 'made', args: ['Bush', 'an offer'], confidence: 0.3 },
    ]);
  });

  it('reads ClausIE and min-max normalises confidences', () => {
    const c = readClausie(`${SENT}\n1\t"Bush"\t"made"\t"an offer"\t-10\n1\t"Bush"\t"made"\t"an offer on the wage"\t-5\n`);
    const [a, b] = c.get(SENT)!;
    expect(a!.args).toEqual(['Bush', 'an offer']);
    expect(a!.confidence).toBeCloseTo(0.001 / 5.002, 10);
    expect(b!.confidence).toBeCloseTo(5.001 / 5.002, 10);
  });
});
