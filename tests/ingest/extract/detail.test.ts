import { describe, expect, it } from '@jest/globals';
import { find, read } from '../../utils/sentence.js';

// Real sentences of BBC articles outside the dev gold (the file is in each test's name).
describe('argument details: a common-noun argument in full, as the sentence gives it', () => {
  it('keeps a prepositional complement with a joined noun phrase (politics/190)', () => {
    const r = find('Mr Howard also called for a return to O-levels and more classroom discipline.', 'call for', 'return');
    expect(r?.evidence.objectDetail).toBe('return to O-levels and more classroom discipline');
  });

  it('reads over an adverb between a preposition and its gerund (tech/011)', () => {
    const text = 'British TV viewers lead the trend of illegally downloading US shows from the net, according to research.';
    expect(find(text, 'lead', 'trend')?.evidence.objectDetail).toBe('trend of illegally downloading US shows from the net');
  });

  it('reads an amount and the phrases after it as one complement (politics/010)', () => {
    const text = 'The government has plans for up to eight Las Vegas style resorts in the UK, one of which is likely to be in Glasgow.';
    expect(find(text, 'have', 'plans')?.evidence.objectDetail).toBe('plans for up to eight Las Vegas style resorts in the UK');
  });

  it('keeps "fewer" or "more" right after the verb: the comparison is the point (business/175, business/188)', () => {
    const cars = 'Despite the general increase in spending in January, French households bought fewer cars in January.';
    expect(read(cars).find((r) => r.o === 'cars')?.evidence.objectDetail).toBe('fewer cars');
    const debts = 'Verizon is far bigger than Qwest, has fewer debts and has built a successful mobile division.';
    expect(find(debts, 'have', 'debts')?.evidence.objectDetail).toBe('fewer debts');
  });

  it('keeps a quantifier that says how much of a plural is meant, and a hyphened lead word (politics/123, business/261)', () => {
    const mps =
      'Mr Martin revealed some MPs had been using their Blackberries during debates and he also cautioned members against using hidden earpieces.';
    expect(read(mps).find((r) => r.predicate === 'use')?.evidence.subjectDetail).toBe('some MPs');
    const highs = 'Stock markets in Indonesia and India have hit all-time highs this week.';
    expect(read(highs).find((r) => r.predicate === 'hit')?.o).toBe('all-time highs');
  });

  it('keeps a range of amounts whole (tech/204)', () => {
    const text = 'The Library receives between three and four million requests from remote users around the world each year.';
    expect(find(text, 'receive', 'requests')?.evidence.objectDetail).toBe(
      'between three and four million requests from remote users around the world',
    );
  });

  it('opens with "in" where the noun takes it (business/001)', () => {
    const text =
      "It intends to adjust the way it accounts for a deal with German music publisher Bertelsmann's purchase of a stake in AOL Europe, which it had reported as advertising revenue.";
    expect(find(text, 'acquire', 'stake')?.evidence.objectDetail).toBe('stake in AOL Europe');
  });

  it("keeps the doer of an act noun's act, not a time or a means after it (business/059, business/224, politics/394)", () => {
    const buyout = 'On Monday, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn.';
    expect(find(buyout, 'agree to', 'buyout')?.evidence.objectDetail).toBe('buyout by Verizon Communications');
    const takeover =
      'A group of five MPs are calling on the Department of Trade and Industry to block any takeover of the club by the US football magnate on public interest grounds.';
    expect(find(takeover, 'block', 'takeover')?.evidence.objectDetail).toBe('takeover of the club by the US football magnate');
    const means =
      "Earlier the Archbishop of Canterbury wrote to all three parties urging them not to fight the election by exploiting people's fears.";
    const fight = find(means, 'fight', 'election');
    expect(fight).toBeDefined();
    expect(fight?.evidence.objectDetail ?? '').not.toMatch(/\bby\b/);
  });

  it('ends before a time phrase (business/031, business/188)', () => {
    const growth = 'The economy cooled markedly between 2001 and 2003 after enjoying spectacular growth of more than 10% in 2000.';
    expect(read(growth).find((r) => r.predicate === 'enjoy')?.evidence.objectDetail).toBe('spectacular growth of more than 10%');
    const letter =
      "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying that it plans to submit a new offer after examining Verizon's bid.";
    expect(find(letter, 'send', 'letter')?.evidence.objectDetail).toBe("letter to MCI's board");
  });

  it('ends before a purpose clause (business/211)', () => {
    const text =
      'Hitachi recently announced a deal to buy plasma display technology from rival Fujitsu in an effort to strengthen its presence in the market.';
    const r = find(text, 'acquire', 'plasma display technology');
    expect(r?.evidence.objectDetail).toBe('plasma display technology from rival Fujitsu');
    expect(r?.certainty).toBe('intended');
  });

  it("keeps a subject's complement up to its verb (politics/033, business/003)", () => {
    const text = "Campaigners against the expansion of Britain's airports have begun challenging the government's plans in the High Court.";
    expect(read(text).find((r) => r.predicate === 'challenge')?.evidence.subjectDetail).toBe(
      "Campaigners against the expansion of Britain's airports",
    );
    const purchase = find("Legal experts said Rosneft's purchase of Yugansk would include such obligations.", 'include', 'obligations');
    expect(purchase?.evidence.subjectDetail).toBe("Rosneft's purchase of Yugansk");
  });

  it('takes no verb as a detail (politics/222, politics/020, business/220)', () => {
    const accused =
      'But he accused the government of trying to confuse the issue by putting the EU referendum question in the same bill as the ratification of the constitution, when they should be treated as "two separate issues".';
    for (const r of read(accused)) expect(r.evidence.subjectDetail ?? '').not.toMatch(/trying/);
    const plan =
      "Final appeals are being made for the government not to ditch the reform plan for England's secondary schools put forward by the Tomlinson report.";
    for (const r of read(plan)) expect(`${r.evidence.subjectDetail ?? ''} ${r.evidence.objectDetail ?? ''}`).not.toMatch(/\bput\b/);
    const lse =
      '"The onus is on Deutsche Boerse\'s management to demonstrate why the purchase of the LSE creates more value for shareholders than other strategies, such as a buyback," said Richard Moffat, investment director of UK Equities at Standard Life Investments.';
    const value = find(lse, 'create', 'value');
    expect(value?.evidence.subjectDetail).toBe('purchase of the LSE');
    expect(value?.evidence.objectDetail).toBe('more value for shareholders');
  });

  it('gives a name no detail (politics/189)', () => {
    const text =
      'Tony Blair has said he looks forward to continuing his strong relationship with George Bush and working with him during his second term as president.';
    const rels = read(text);
    expect(rels.find((r) => r.predicate === 'continue')?.evidence.objectDetail).toBe('strong relationship with George Bush');
    for (const r of rels.filter((x) => x.s === 'Tony Blair')) expect(r.evidence.subjectDetail).toBeUndefined();
  });
  it("ends a subject's phrase at its verb, whatever compromise made of the verb (business/425)", () => {
    const text =
      'Nortel added: "these members of the core executive team share the board\'s deep disappointment over the circumstances that led to the restatement."';
    const r = read(text).find((x) => x.predicate === 'share');
    expect(r?.evidence.subjectDetail).toBe('members of the core executive team');
  });

  it("starts at the argument's owner (business/147, business/277)", () => {
    const bank = read("Malaysia's central bank is to relax restrictions on foreign ownership to encourage Islamic banking.");
    // A collective owned by a name is named with its owner: the name says it all.
    const owned = bank.find((r) => r.s === "Malaysia's central bank");
    expect(owned).toBeDefined();
    expect(owned?.evidence.subjectDetail).toBeUndefined();
    const studies = read(
      "However, Turkey's assertions are confirmed by Brussels' own impact studies, which indeed say that Turkish membership would be good news for the EU economy.",
    );
    expect(studies.find((r) => r.predicate === 'confirm')?.evidence.subjectDetail).toBe("Brussels' own impact studies");
  });

  it('takes no pronoun alone as an owner (business/171)', () => {
    const text =
      'Deutsche Boerse, the German stock exchange that is trying to buy its London rival, has said it will boost its 2004 dividend payment by 27%.';
    expect(find(text, 'boost', 'dividend payment')?.evidence.objectDetail).toBeUndefined();
  });

  it('keeps the infinitive after a noun of intent (politics/223)', () => {
    const text =
      "Mr Kennedy also used his TV appearance to defend his party's plans to increase income tax to 50% for those earning more than £100,000, saying it would apply to just 1% of the population.";
    expect(find(text, 'defend', 'plans')?.evidence.objectDetail).toMatch(/^his party's plans to increase income tax to 50%/);
  });

  it("keeps a gerund's object (politics/410)", () => {
    const text =
      'After the vote, Mr Sayeed said only a fifth of association members had voted against him and he intended to get on with winning the election.';
    expect(find(text, 'get on with', 'winning')?.evidence.objectDetail).toBe('winning the election');
  });

  it('ends before a part of a time (business/327)', () => {
    const text =
      '"We are delighted to receive this qualifying notice from Health Canada and look forward to receiving regulatory approval for Sativex in Canada in the early part of 2005," said GW chairman Dr Geoffrey Guy.';
    expect(find(text, 'receive', 'regulatory approval')?.evidence.objectDetail).toBe('regulatory approval for Sativex in Canada');
  });

  it('keeps the share a statement is about (business/409, tech/029)', () => {
    const bank = "UK-based bank Standard Chartered said it would spend $3.3bn (£1.8bn) to buy one of South Korea's main retail banks.";
    expect(find(bank, 'acquire', "South Korea's main retail banks")?.evidence.objectDetail).toBe("one of South Korea's main retail banks");
    const patents =
      'Some of the patents have dubious validity and are being wielded by some big companies to force smaller companies to buy licenses.';
    expect(read(patents).find((r) => r.s === 'patents')?.evidence.subjectDetail).toBe('Some of the patents');
  });

  it('keeps the "that" clause of a noun of saying, up to a bracket (business/100, politics/201)', () => {
    const text = 'Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the books at the firm.';
    expect(find(text, 'deny', 'claims')?.evidence.objectDetail).toBe(
      'claims that he knew accountants were doctoring the books at the firm',
    );
    const turf =
      'Mr Howard has dismissed claims that his immigration policy was "moving onto the turf" of the British National Party (BNP).';
    expect(find(turf, 'dismiss', 'claims')?.evidence.objectDetail).toBe(
      'claims that his immigration policy was "moving onto the turf" of the British National Party',
    );
  });

  it('keeps the amount before the head and a comparison (tech/160, tech/129, politics/416, business/007)', () => {
    const share = 'Nintendo has a 95% share of the handheld gaming market.';
    expect(read(share).find((r) => r.s === 'Nintendo')?.evidence.objectDetail).toBe('95% share of the handheld gaming market');
    const lines =
      'By the end of September more than 4.2 million phone lines were using so-called Carrier Pre-Section (CPS) services, such as TalkTalk and One.Tel, which route phone calls across non-BT networks from a local exchange.';
    expect(read(lines).find((r) => r.s === 'phone lines')?.evidence.subjectDetail).toBe('more than 4.2 million phone lines');
    const voters = 'The problem the Liberal Democrats face is that a large number of Lib Dem voters do not agree with their policies.';
    expect(read(voters).find((r) => r.s === 'Lib Dem voters')?.evidence.subjectDetail).toBe('a large number of Lib Dem voters');
    const jobs =
      'The US created fewer jobs than expected in January, but a fall in jobseekers pushed the unemployment rate to its lowest level in three years.';
    expect(find(jobs, 'create', 'jobs')?.evidence.objectDetail).toBe('fewer jobs than expected');
  });

  it('goes on past a quotation the phrase ends with, its marks kept (politics/095, politics/290)', () => {
    const agendas = 'Jonathan Baume, of the top civil servants\' union, spoke of "competing agendas" between Mr Brown and Mr Blair.';
    expect(find(agendas, 'speak of', 'competing agendas')?.evidence.objectDetail).toBe('"competing agendas" between Mr Brown and Mr Blair');
    const threat = 'Mr Forsyth links "Islamic fundamentalism" to the new "threat".';
    expect(read(threat).find((r) => r.predicate === 'link')?.evidence.objectDetail).toBe('"Islamic fundamentalism" to the new "threat"');
  });

  const relatives: [string, string, string, string, string][] = [
    [
      'politics/380',
      'The government has said it will look at tougher action against the small number of employers who consistently refuse to pay the minimum wage.',
      'look at',
      'tougher action',
      'tougher action against the small number of employers who consistently refuse to pay the minimum wage',
    ],
    [
      'business/189',
      'Earlier this week, Fiat reached an agreement with GM to dissolve an alliance which could have obliged GM to buy the Italian firm outright.',
      'dissolve',
      'alliance',
      'alliance which could have obliged GM to buy the Italian firm outright',
    ],
    [
      'tech/186',
      'But Google does not link to news sources which are inaccessible from within China as this would result in broken links.',
      'link to',
      'news sources',
      'news sources which are inaccessible from within China',
    ],
    [
      'tech/028',
      'Piero, named after the Italian painter and pioneer of perspective Piero della Francesco, creates a virtual stadium in which virtual players can be tracked from almost any angle.',
      'create',
      'virtual stadium',
      'virtual stadium in which virtual players can be tracked from almost any angle',
    ],
  ];
  it('keeps a participle phrase after a common noun (politics/261)', () => {
    const text =
      'Mr Brown repeated the familiar mantras displayed on the posters and spoke of Labour\'s "shared purpose" and "united dedication".';
    expect(find(text, 'repeat', 'familiar mantras')?.evidence.objectDetail).toBe('familiar mantras displayed on the posters');
  });

  it.each(relatives)('keeps a restrictive relative clause that says which ones are meant (%s)', (_src, text, p, o, detail) => {
    expect(find(text, p, o)?.evidence.objectDetail).toBe(detail);
  });

  it('keeps no "that" clause that has its own subject (entertainment/209)', () => {
    const text =
      'The legal assistant said NBC was "sending the wrong message to viewers that cash can make or have people do just about anything beyond reasoning".';
    const r = read(text).find((x) => x.o === 'viewers');
    expect(r?.evidence.objectDetail ?? null).toBeNull();
  });

  it('keeps the particle of an intended verb (politics/255, business/210)', () => {
    const pledge =
      'Gordon Brown has made an appeal for unity after reports claimed Mr Blair went back on a pledge to stand down before the next general election.';
    expect(find(pledge, 'go back on', 'pledge')?.evidence.objectDetail).toBe('pledge to stand down');
    const debts =
      "At their meeting in London, G7 finance ministers backed plans to write off up to 100% of the debts owed by some of the world's poorest countries.";
    expect(find(debts, 'support', 'plans')?.evidence.objectDetail).toBe(
      "plans to write off up to 100% of the debts owed by some of the world's poorest countries",
    );
  });

  it('keeps a participle phrase after a thing with its object, not a preposition in -ing (business/068, business/185, business/460)', () => {
    const india = 'India has cleared a proposal allowing up to 100% foreign direct investment in its construction sector.';
    expect(find(india, 'clear', 'proposal')?.evidence.objectDetail).toBe(
      'proposal allowing up to 100% foreign direct investment in its construction sector',
    );
    const tapes =
      'The Bank of America has revealed it has lost computer tapes containing account details of more than one million customers who are US federal employees.';
    expect(find(tapes, 'lose', 'computer tapes')?.evidence.objectDetail).toMatch(
      /^computer tapes containing account details of more than one million customers/,
    );
    const oracle =
      'Oracle has announced it is cutting about 5,000 jobs following the completion of its $10.3bn takeover of its smaller rival Peoplesoft.';
    expect(find(oracle, 'cut', 'jobs')?.evidence.objectDetail).toBe('about 5,000 jobs');
  });

  it("keeps a gerund and its object after a participle's preposition (politics/193)", () => {
    const blunkett =
      'Mr Blunkett met his EU counterparts in Luxembourg on Monday to consider proposals aimed at streamlining decision making on the issue.';
    expect(find(blunkett, 'consider', 'proposals')?.evidence.objectDetail).toMatch(/^proposals aimed at streamlining decision/);
  });
});
