import { carbExtract } from '../../../../ingest/eval/carb/extractor.js';

const has = (s: string, arg1: string, rel: string, arg2: string): boolean =>
  carbExtract(s).some((t) => t.arg1 === arg1 && t.relation === rel && t.args[0] === arg2);

describe('CaRB mode: implied copulas', () => {
  it.each([
    ["Stephen McCartin , Mr. Hunt 's attorney , said his client welcomed the gamble .", 'Stephen McCartin', 'be', "Mr. Hunt 's attorney"],
    ['This led morning show host Ryan Cameron to lobby for a frequency change .', 'Ryan Cameron', 'be', 'morning show host'],
    ['The fit is good , said Alan Gottesman , an analyst with PaineWebber .', 'Alan Gottesman', 'be', 'an analyst with PaineWebber'],
  ])('%s', (s, arg1, rel, arg2) => {
    expect(has(s, arg1, rel, arg2)).toBe(true);
  });
});

describe('CaRB mode: borrowed subjects (borrow.ts)', () => {
  it.each([
    ['Terms call for First Security to issue about 0.55 share of its stock .', 'First Security', 'issue', 'about 0.55 share of its stock'],
    [
      'The firm retained the bank as its adviser , assisting in the evaluation of alternatives .',
      'The firm',
      'assisting in',
      'the evaluation of alternatives',
    ],
  ])('%s', (s, arg1, rel, arg2) => {
    expect(carbExtract(s).some((t) => t.arg1 === arg1 && t.relation === rel && t.args[0] === arg2)).toBe(true);
  });
});
