/**
 * A company form dropped down to one common word (the seed-11 merge sample, rows 16 and 45): the
 * cross-article key leaves out a name's company form ("Sony Corporation" = "Sony"), but a name cut
 * to one common word and a company form ("Good Company", "Steel Co") must not key as that word
 * alone and meet every "Good" or "Steel" of another article.
 */
import { commonWord, nameKey } from '../../../ingest/resolve/keys.js';
import { parseName } from '../../../ingest/resolve/normalize.js';
import { resolveTexts as resolve, together } from './texts.js';

const GOOD_BAD_UGLY =
  "Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery, and classics such a Mary Poppins, Star Wars and The Good, the Bad and the Ugly.";
const IN_GOOD_COMPANY =
  'Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett Johansson - Racing Stripes and Assault on Precinct 13.';
const SAPPHIRE_AND_STEEL =
  "Why can't the British film industry try making Gerry Anderson's UFO or Captain Scarlet, or Saphire and Steel, or The Tomorrow People.";
const BAOSHAN =
  "China's Baoshan Iron and Steel Co. said it was delaying a share sale because of weak market conditions, adding it would raise steel prices to offset ore costs.";

describe('keys of names with a company form', () => {
  const key = (s: string) => nameKey(parseName(s));

  it('counts as common a word compromise lists as a noun, verb, adjective or adverb, not a name', () => {
    for (const w of ['good', 'steel', 'news', 'bad']) expect({ w, common: commonWord(w) }).toEqual({ w, common: true });
    for (const w of ['sony', 'yukos', 'ford', 'bt']) expect({ w, common: commonWord(w) }).toEqual({ w, common: false });
  });

  it('keep the form when dropping it leaves one common word', () => {
    expect(key('Good Company')).not.toBe(key('Good'));
    expect(key('Steel Co')).not.toBe(key('Steel'));
    expect(key('Steel Co')).toBe(key('Steel Company'));
    expect(key('News Corp')).toBe(key('News Corporation'));
  });

  it('drop it otherwise', () => {
    expect(key('Sony Corporation')).toBe(key('Sony'));
    expect(key('Yukos Inc')).toBe(key('Yukos'));
    expect(key('Walt Disney Company')).toBe(key('Walt Disney'));
  });
});

describe('a company form dropped down to one common word (corpus sentences)', () => {
  it('keeps "Good" of The Good, the Bad and the Ugly apart from In Good Company (entertainment/214, 049)', () => {
    const es = resolve({ 'news/entertainment/214.txt': GOOD_BAD_UGLY, 'news/entertainment/049.txt': IN_GOOD_COMPANY });
    expect(together(es, 'Good', 'Good Company')).toBe(false);
  });

  it('keeps "Steel" of Sapphire and Steel apart from Baoshan Iron and Steel Co (entertainment/353, business/140)', () => {
    const es = resolve({ 'news/entertainment/353.txt': SAPPHIRE_AND_STEEL, 'news/business/140.txt': BAOSHAN });
    expect(together(es, 'Steel', 'Baoshan Iron and Steel Co')).toBe(false);
  });

  it('still joins a name that is no common word to its company form (entertainment/385, business/211)', () => {
    const es = resolve({
      'news/entertainment/385.txt':
        'Jackson, who is currently filming a remake of Hollywood classic King Kong, said he thought that the sale of MGM studios to the Sony Corporation would cast further uncertainty on the project.',
      'news/business/211.txt':
        'Samsung Electronics and Sony are among other companies working together to reduce costs and speed up new product development.',
    });
    expect(together(es, 'Sony', 'Sony Corporation')).toBe(true);
  });

  it('still joins two spellings of one company form (business/014, tech/384)', () => {
    const es = resolve({
      'news/business/014.txt':
        "In recent months News Corp's News International unit, which publishes The Sun and the News of the World, the Guardian Media Group, Trinity Mirror and the Daily Mail & General Trust have all announced substantial investments in new printing plants.",
      'news/tech/384.txt':
        'News Corporation, Viacom and Sony Pictures are among the big names involved in joint ventures with Chinese players.',
    });
    expect(together(es, 'News Corp', 'News Corporation')).toBe(true);
  });

  it('reads two spellings of one form in one article as one company, the one of other articles (business/422, 014)', () => {
    const es = resolve({
      'news/business/422.txt':
        "News Corp makes $5.4bn Fox offer\n\nNews Corporation is seeking to buy out minority investors in Fox Entertainment Group, its broadcasting subsidiary, for about $5.4bn (£3.7bn).\n\nThe media giant, run by Rupert Murdoch, owns 82% of the shares in the company, home to the Fox television network and the 20th Century Fox film studio. The move follows News Corp's decision to register its business in the US.",
      'news/business/014.txt':
        "In recent months News Corp's News International unit, which publishes The Sun and the News of the World, the Guardian Media Group, Trinity Mirror and the Daily Mail & General Trust have all announced substantial investments in new printing plants.",
    });
    const ids = new Set(es.filter((e) => e.name === 'News Corp' || e.name === 'News Corporation').map((e) => e.id));
    expect(ids.size).toBe(1);
  });

  it('still joins the same full name across articles (entertainment/049 and its copy 335)', () => {
    const es = resolve({ 'news/entertainment/049.txt': IN_GOOD_COMPANY, 'news/entertainment/335.txt': IN_GOOD_COMPANY });
    expect(new Set(es.filter((e) => e.name === 'Good Company').map((e) => e.id)).size).toBe(1);
  });
});
