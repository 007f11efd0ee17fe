/**
 * The transliteration key across articles (ingest/resolve/corpus.ts): two spellings of a person's
 * name that share the key (Davis and Davies, Huston and Houston) are one person only when their
 * articles also share entities few articles name: two of them, or one named in two words or more.
 * Real corpus sentences from the seed-10 merge sample (docs/quality/merges.md, rows 3 and 24):
 * linesman Andy Davis (sport/147) is not the Middlesbrough defender Andy Davies (sport/173), though
 * both articles say "Rangers" (Glasgow Rangers, Queens Park Rangers); the director John Huston
 * (entertainment/347) is not the UKIP candidate John Houston (politics/125). Misspellings of one
 * person still join: Beverly Hughes (politics/041, 071: the Home Office), Johann Cruyff (sport/149,
 * 164: Ajax and Barcelona).
 */
import { resolveSet } from '../../../ingest/resolve/global.js';
import { extraction, keyed, testAliases } from './helpers.js';
import { resolveTexts, together } from './texts.js';
import { AliasTable } from '../../../ingest/resolve/aliases.js';

const resolve = resolveTexts;

describe('spellings of one transliteration key across articles (corpus sentences)', () => {
  it('keeps two people apart when their articles share nothing rare, or one ambiguous word (sport/147, 173; entertainment/347, politics/125)', () => {
    const es = resolve({
      'news/sport/147.txt':
        "Mikoliunas, 20, barged linesman Andy Davis, who had advised Dallas to award Rangers an injury-time penalty in Hearts's 2-1 defeat at Tynecastle.",
      'news/sport/173.txt': [
        "Day's Rangers contract expires in the summer.",
        "Meanwhile, Holloway is hoping to complete the signing of Middlesbrough defender Andy Davies - either permanently or again on loan - before Saturday's match at Ipswich.",
      ].join(' '),
      'news/entertainment/347.txt':
        'Casino Royale was turned into a spoof spy movie by John Huston in 1967, with David Niven in the lead role.',
      'news/politics/125.txt':
        'John Houston, 54, was due to stand in the East Kilbride seat in Lanarkshire at the next election. UKIP spokesman Mark Croucher said those who selected Mr Houston knew nothing of his views.',
    });
    expect(together(es, 'Andy Davis', 'Andy Davies')).toBe(false);
    expect(together(es, 'John Huston', 'John Houston')).toBe(false);
  });

  it('joins a misspelling when the articles share a rare entity of two words, or two rare entities (politics/041, 071; sport/149, 164)', () => {
    const es = resolve({
      'news/politics/041.txt': [
        'His responsibilities in running the Home Office included civil emergencies, security, terrorism and expenditure.',
        'Mr Blunkett was also at the centre of a humiliating scandal involving the former immigration minister Beverly Hughes.',
      ].join(' '),
      'news/politics/071.txt': [
        "The committee's report also discussed the Romanian and Bulgarian visas scandal which led to the resignation of immigration minister Beverley Hughes last year.",
        'Committee members said the Home Office had been wrong to dismiss concerns from visa staff abroad who feared the system was being abused.',
      ].join(' '),
      'news/sport/149.txt': [
        'Michels played for Ajax and coached the side to four national titles between 1965-71 and a European Cup in 1971.',
        'His 1970s Dutch team was built around Johan Cruyff and Johan Neeskens and introduced the concept of total football to the world.',
        'The no-nonsense coach also enjoyed spells at Barcelona, who he took to a Spanish title in 1974, FC Cologne and Bayer Leverkusen.',
      ].join(' '),
      'news/sport/164.txt':
        'Ajax have enlisted the help of Dutch legend Johann Cruyff, currently a consultant at Barcelona, to help find a new head coach.',
    });
    expect(together(es, 'Beverly Hughes', 'Beverley Hughes')).toBe(true);
    expect(together(es, 'Johan Cruyff', 'Johann Cruyff')).toBe(true);
  });
});

describe('what corroborates two spellings of one transliteration key', () => {
  const tables = {
    aliases: testAliases(),
    acronyms: { table: new AliasTable(), typeOf: new Map(), ambiguous: new Set<string>() },
    curation: [],
  };
  const joined = (...shared: string[][]): boolean => {
    const res = resolveSet(
      [
        extraction('a', [keyed('e0', 'Andy Davis', 'Person'), ...shared[0]!.map((n, i) => keyed(`e${i + 1}`, n, 'Organization'))]),
        extraction('b', [keyed('e0', 'Andy Davies', 'Person'), ...shared[1]!.map((n, i) => keyed(`e${i + 1}`, n, 'Organization'))]),
      ],
      tables,
    );
    return res.assign.get('a')!.get('e0') === res.assign.get('b')!.get('e0');
  };

  it('is not the key alone, nor one shared name of one word', () => {
    expect(joined([], [])).toBe(false);
    expect(joined(['Rangers'], ['Rangers'])).toBe(false);
  });

  it('is one shared name of two words or more, or two shared names', () => {
    expect(joined(['Queens Park Rangers'], ['Queens Park Rangers'])).toBe(true);
    expect(joined(['Rangers', 'Hearts'], ['Rangers', 'Hearts'])).toBe(true);
  });

  it('is never given by an article that names both spellings as two people', () => {
    const res = resolveSet(
      [
        extraction('a', [keyed('e0', 'Andy Davis', 'Person'), keyed('e1', 'Queens Park Rangers', 'Organization')]),
        extraction('b', [keyed('e0', 'Andy Davies', 'Person'), keyed('e1', 'Queens Park Rangers', 'Organization')]),
        extraction('c', [
          keyed('e0', 'Andy Davis', 'Person'),
          keyed('e1', 'Andy Davies', 'Person'),
          keyed('e2', 'Queens Park Rangers', 'Organization'),
        ]),
      ],
      tables,
    );
    expect(res.assign.get('a')!.get('e0')).not.toBe(res.assign.get('b')!.get('e0'));
  });
});
