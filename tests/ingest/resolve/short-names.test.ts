/**
 * A short name that names something of its own (an acronym, a name the alias file or acronym
 * table lists) is no short name of a longer name it starts, and a longer name never joins an
 * entity through that entity's short name. Found on the full BBC + related ingest, where
 * "BBC World Service", "PC division" and the US "Labor Department" were merged into the BBC,
 * the PC and the UK Labour Party across the corpus. The sentences are the corpus's own.
 */
import { localNameRule } from '../../../ingest/resolve/local-rules.js';
import { parseName } from '../../../ingest/resolve/normalize.js';
import type { EntityRecord } from '../../../ingest/types.js';
import { resolveTexts } from './texts.js';

const resolve = resolveTexts;
const named = (es: EntityRecord[], name: string) => es.filter((e) => e.name === name);
const holding = (es: EntityRecord[], name: string) => es.filter((e) => e.name === name || e.aliases.includes(name));

const n = (s: string) => parseName(s);

describe('short names that name something of their own', () => {
  it('are no short name of a longer name they start, unless it is their company form', () => {
    const listed = (x: ReturnType<typeof n>) => ['bbc', 'labor'].includes(x.norm);
    expect(localNameRule(n('OCC'), n('OCC board'))).toBe(null);
    expect(localNameRule(n('PC'), n('PC division'))).toBe(null);
    expect(localNameRule(n('BBC'), n('BBC World Service'), listed)).toBe(null);
    expect(localNameRule(n('Labor'), n('Labor Department'), listed)).toBe(null);
    expect(localNameRule(n('ABC'), n('ABC Inc'))).toBe('company-form');
    expect(localNameRule(n('Deutsche'), n('Deutsche Bank'), listed)).toBe('short-name');
    expect(localNameRule(n('world'), n('World Health Organisation'), listed)).toBe(null);
  });

  it('call an organisation opened by its kind by the rest of its name (business/127)', () => {
    // names.json leadingHeads: "Group Menatep, the Gibraltar-based holding company ... Menatep has already asked"
    expect(localNameRule(n('Menatep'), n('Group Menatep'))).toBe('short-name');
    expect(localNameRule(n('Menatep'), n('Bank Menatep'))).toBe(null); // another company
  });

  it('keeps "BBC World Service" apart from the BBC across articles (business/495)', () => {
    const es = resolve({
      'news/business/495.txt':
        "Citizens in a majority of nations surveyed in a BBC World Service poll believe the world economy is worsening. China has seen two decades of blistering economic growth, which has led to wealth creation on a huge scale, says the BBC's Louisa Lim in Beijing.",
      'news/business/263.txt': 'The BBC said the figures were the best for five years.',
    });
    const ws = named(es, 'BBC World Service');
    expect(ws).toHaveLength(1);
    expect(ws[0]!.aliases).not.toContain('BBC');
    expect(holding(es, 'BBC World Service').map((e) => e.name)).toEqual(['BBC World Service']);
  });

  it('keeps the OCC apart from "the OCC board" (entertainment/278)', () => {
    const es = resolve({
      'news/entertainment/278.txt':
        'The Official UK Charts are run by The Official UK Charts Company (OCC) - a joint venture between the BPI and the British Association of Record Dealers (BARD). At an OCC board meeting on Wednesday, the OCC board agreed with BPI members that the 20 March start date be postponed.',
    });
    for (const e of es.filter((x) => /board/i.test(x.name))) expect(e.aliases).not.toContain('OCC');
  });

  it('keeps IBM\'s "PC division" out of the PC (business/250)', () => {
    const es = resolve({
      'news/business/250.txt':
        'The firm is in the international spotlight after last year signing a deal to buy the PC division of personal computer pioneer IBM.',
      'news/tech/001.txt': 'Sales of the PC rose again last year, the analysts said.',
    });
    expect(holding(es, 'PC division').every((e) => e.name !== 'PC' && !e.aliases.includes('PC'))).toBe(true);
  });

  it('keeps the US "Labor Department" out of the UK Labour Party (business/134)', () => {
    const es = resolve({
      'news/business/134.txt':
        'In a welcome economic boost for newly re-elected President George W Bush, the Labor Department figures come after a slow summer of weak jobs gains. Kathleen Utgoff, commissioner of the Bureau of Labor, said many of the 71,000 new construction jobs added in October were involved in rebuilding and clean-up work in Florida.',
      'news/politics/001.txt': 'Labour will fight the election on the economy, the Labour Party said.',
    });
    expect(named(es, 'Labor Department')).toHaveLength(1);
    for (const e of named(es, 'Labour Party')) expect(e.aliases).not.toContain('Labor Department');
  });

  it('keeps Google News apart from Google, whichever comes first (tech/186, tech/337)', () => {
    const es = resolve({
      'news/tech/186.txt':
        "China 'blocks Google news site'\n\nChina has been accused of blocking access to Google News by the media watchdog, Reporters Without Borders.\n\nThe Paris-based pressure group said the English-language news site had been unavailable for the past 10 days. Google told the BBC News website it was aware of the problems and was investigating the causes.",
      'news/tech/337.txt':
        "In recent years, the column inches have stacked up in Google's favour as the search engine also diversifies with the launch of services such as Gmail, its shopping channel Froogle and Google News. He believes the rivalry between Google and Yahoo is overblown.",
    });
    const ids = (name: string) => new Set(holding(es, name).map((e) => e.id));
    expect(ids('Google News').size).toBe(1);
    expect(ids('Google').size).toBe(1);
    expect([...ids('Google')][0]).not.toBe([...ids('Google News')][0]);
    for (const e of named(es, 'Google News')) expect(e.aliases).not.toContain('Google');
  });

  it("never joins a longer name through another entity's short name (politics/267)", () => {
    const es = resolve({
      'news/politics/267.txt':
        '"I think the greatest threat to democracy in the world is not terrorism but bureaucratism". "That\'s international bankers, the World Trade Organisation, the International Monetary Fund, the World Bank and, primarily, the European Union".',
    });
    const wto = holding(es, 'World Trade Organisation');
    expect(wto).toHaveLength(1);
    expect(wto[0]!.aliases).not.toContain('World Bank');
    expect(holding(es, 'World Bank')).toHaveLength(1);
  });

  it('takes no lower-case word for a short name (tech/200)', () => {
    const es = resolve({
      'news/tech/200.txt':
        "Your computer can now help solve the world's most difficult health and social problems. Organisations also represented on the board include the United Nations Development Programme and the World Health Organisation.",
    });
    for (const e of es.filter((x) => /World Health/.test(x.name))) expect(e.aliases).not.toContain('world');
  });

  it('takes no lower-case phrase for a company-form short name: the fuel is not the company (business/420, business/307)', () => {
    // The seed-10 merge sample, row 40, when the name "Oil & Natural Gas Corporation" was cut at "&".
    expect(localNameRule(n('natural gas'), n('Natural Gas Corporation'))).toBe(null);
    expect(localNameRule(n('Natural Gas'), n('Natural Gas Corporation'))).toBe('company-form');
    expect(localNameRule(n('eBay'), n('eBay Inc'))).toBe('company-form');
    const es = resolve({
      'news/business/420.txt': [
        'India has signed a $40bn (£21bn) deal to import millions of tonnes of liquefied natural gas from Iran.',
        'Firms led by the Oil & Natural Gas Corporation (ONGC) will also assist in the development of Iranian oil fields.',
      ].join('\n\n'),
      'news/business/307.txt':
        "He insisted that the contract made it clear that the tax should be shouldered by the licensee - India's state-run Oil & Natural Gas Corp (ONGC) - and not the contractor.",
    });
    const company = holding(es, 'Oil & Natural Gas Corporation');
    expect(company.length).toBeGreaterThan(0);
    for (const e of company) expect(e.aliases).not.toContain('natural gas');
  });

  it("never joins a longer name through another entity's acronym (business/279, tech/193)", () => {
    const es = resolve({
      'news/business/279.txt':
        'Deutsche Boerse bosses have held "constructive, professional and friendly" talks with the London Stock Exchange (LSE), its chief has said. In the meantime, Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges, also began talks with the LSE.',
      'news/tech/193.txt':
        '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website. At the start of last year\'s CES, the CEA predicted there would be an average growth of 4% in 2004. "A lot of this is driven by just the ability to do it," said Stephen Baker, a consumer electronics analyst with retail research firm NPD Group.',
    });
    const lse = named(es, 'London Stock Exchange');
    expect(lse).toHaveLength(1);
    expect(lse[0]!.aliases).toContain('LSE');
    expect(lse[0]!.aliases).not.toContain('Lisbon stock exchanges');
    const cea = named(es, 'Consumer Electronics Association');
    expect(cea).toHaveLength(1);
    expect(cea[0]!.aliases).toContain('CEA');
    expect(cea[0]!.aliases).not.toContain('consumer electronics analyst');
  });

  it('keeps a unit named after an organisation the body already named apart from it: Barclays Capital (business/126, business/028)', () => {
    const es = resolve({
      'news/business/126.txt': [
        'Barclays profits hit record level',
        '',
        "Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb to record levels boosted by a sharp rise in business at its investment arm.",
        '',
        'Profits for the year to 31 December rose 20% to £4.6bn ($8.6bn). Barclays\' chief John Varley said the bank had "caught the winds" of a very strong world economy. Earnings at Barclays Capital investment bank rose 25% to £1.04bn, but investment in branch operations held back growth in its UK retail business.',
        '',
        '"They are a bit more aggressive than we had expected. The cost overshoot is not in Barclays Capital but in the UK bank."',
      ].join('\n'),
      'news/business/028.txt':
        '"I think that prices are now beginning to set a new range and it looks like the $40 to $50 level," said energy analyst Orin Middleton of Barclays Capital.',
    });
    const capital = holding(es, 'Barclays Capital');
    expect(capital.length).toBeGreaterThan(0);
    for (const e of capital) expect([e.name, ...e.aliases]).not.toContain('Barclays');
    for (const e of holding(es, 'Barclays')) expect(e.aliases.filter((a) => /Capital/.test(a))).toEqual([]);
  });

  it('still joins a short name to the organisation the article introduced by its full name, headline first or not (business/198, business/013)', () => {
    const es = resolve({
      'news/business/198.txt': [
        'Cairn shares up on new oil find',
        '',
        'Shares in Cairn Energy have jumped 6% after the firm said an Indian oilfield was larger than previously thought.',
        '',
        'Cairn said drilling to the north-west of its development site in Rajasthan had produced "very strong results".',
      ].join('\n'),
      'news/business/013.txt': [
        'Peugeot deal boosts Mitsubishi',
        '',
        'Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply French car maker Peugeot with 30,000 sports utility vehicles (SUV).',
        '',
        'The alliance comes as a badly-needed boost for loss-making Mitsubishi, after several profit warnings and poor sales.',
      ].join('\n'),
    });
    expect(named(es, 'Cairn Energy').map((e) => e.aliases)).toEqual([['Cairn']]);
    expect(named(es, 'Mitsubishi Motors').map((e) => e.aliases)).toEqual([['Mitsubishi']]);
  });

  it('are no short name of a part, office or activity of what they name (names.json partHeads)', () => {
    expect(localNameRule(n('Commons'), n('Commons public accounts committee'))).toBe(null);
    expect(localNameRule(n('Treasury'), n('Treasury Select Committee'))).toBe(null);
    expect(localNameRule(n('Renault'), n('Renault chief executive'))).toBe(null);
    expect(localNameRule(n('Yukos'), n('Yukos unit'))).toBe(null);
    expect(localNameRule(n('Tesco'), n('Tesco distribution centre'))).toBe(null);
    expect(localNameRule(n('Deutsche'), n('Deutsche Bank'))).toBe('short-name');
    expect(localNameRule(n('Cranfield'), n('Cranfield University'))).toBe('short-name');
  });

  it('keep the Commons apart from its committee, across articles (politics/006)', () => {
    const es = resolve({
      'news/politics/006.txt':
        'But Edward Leigh, who is chairman of the Commons public accounts committee, warned the government would have to work hard to ensure taxpayers would get full benefit from the Dome deal. The deal was announced to the Commons on Tuesday.',
      'news/politics/123.txt': 'Mr Blair told the Commons the plans were fair.',
    });
    for (const e of holding(es, 'Commons')) expect(e.aliases.filter((a) => /committee/i.test(a))).toEqual([]);
    expect(new Set(named(es, 'Commons').map((e) => e.id)).size).toBe(1);
  });

  it('keep Microsoft apart from its product, Microsoft Office (tech/086)', () => {
    const es = resolve({
      'news/tech/086.txt': [
        'Microsoft, however, does provide an add-on tool for Windows PCs that fixes the problem.',
        '"The Remove Hidden Data add-in is a tool that you can use to remove personal or hidden data that might not be immediately apparent when you view the document in your Microsoft Office application," says the instructions on Microsoft\'s website.',
      ].join(' '),
      'news/tech/001.txt': 'Microsoft said the update would be free.',
    });
    expect(new Set(named(es, 'Microsoft').map((e) => e.id)).size).toBe(1);
    expect(holding(es, 'Microsoft Office').map((e) => e.name)).not.toContain('Microsoft');
  });
});
