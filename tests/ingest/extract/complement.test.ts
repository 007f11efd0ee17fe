import { describe, expect, it } from '@jest/globals';
import { find, read } from '../../utils/sentence.js';

// Real sentences of BBC articles outside the dev gold (the file is in each test's name).

describe('predicate complements: what completes the predicate after its object', () => {
  it('reads on over quote marks inside the phrase, and closes the quotation it ends with (politics/394, politics/256)', () => {
    const treasury = 'The Treasury dismissed the research as "complete rubbish".';
    expect(find(treasury, 'dismiss', 'research')?.evidence.complement).toBe('as "complete rubbish"');
    const fox = 'Conservative co-chairman Liam Fox likened the two men to "self-obsessed schoolboys".';
    expect(read(fox).find((r) => r.predicate === 'liken')?.evidence.objectDetail).toBe('two men to "self-obsessed schoolboys"');
  });

  it('reads a hyphenated word whole, not its tail as a time (business/170)', () => {
    const halifax =
      'After registering falls at the back-end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in the first month of the year.';
    expect(find(halifax, 'register', 'falls')?.evidence.complement).toBe('at the back-end');
  });

  it('keeps where the act is bounded: "outside" a place (tech/247)', () => {
    const adapter = 'Nintendo said it had no plans to sell the media adapter outside Japan.';
    expect(find(adapter, 'sell', 'media adapter')?.evidence.complement).toBe('outside Japan');
  });

  it('keeps the state a verb gives its object, not a time or a modifier (business/164, business/191, politics/099, entertainment/225)', () => {
    const sale =
      'Yukos called the sale illegal and has turned to courts in the US in an effort to regain control of the oil production business.';
    expect(find(sale, 'call', 'sale')?.evidence.complement).toBe('illegal');
    const vioxx =
      '"Given this new information, its is not clear that the cardiovascular risk observed in Approve makes Vioxx unique in the class of similar drugs marketed in the US," Mr Kim explained.';
    expect(find(vioxx, 'make', 'Vioxx')?.evidence.complement).toBe('unique in the class of similar drugs');
    const labour = 'Labour made low inflation, unemployment and mortgage rates the centrepiece of a new poster campaign this week.';
    expect(read(labour).find((r) => r.predicate === 'make')?.evidence.complement).toBeUndefined();
    const greer =
      'Feminist icon Germaine Greer quit the show earlier in the week over what she called "bullying" tactics used by the programme\'s producers.';
    expect(read(greer).find((r) => r.o === 'show')?.evidence.complement).toBeUndefined();
  });

  it('keeps what an enabling verb lets or makes its object do, with its phrase or list (business/164, business/299, business/051)', () => {
    const yukos = 'To settle the bill, Russia forced Yukos to sell off Yuganskneftegas.';
    expect(find(yukos, 'force', 'Yukos')?.evidence.complement).toBe('to sell off Yuganskneftegas');
    const court =
      'Yukos asked the Houston court to order Russia to arbitration so that it can press claims for billions of dollars in damages over a "campaign of illegal, discriminatory and disproportionate" tax claims.';
    expect(find(court, 'ask', 'Houston court')?.evidence.complement).toBe('to order Russia to arbitration');
    const move = 'Such a move would help Alfa Romeo and Maserati to share marketing, distribution and research & development costs.';
    expect(find(move, 'help', 'Maserati')?.evidence.complement).toBe('to share marketing, distribution and research & development costs');
  });

  it("reads on over a particle and a hyphened compound to the infinitive's object (politics/298, tech/069)", () => {
    const commission =
      'Even without changes the commission does urge political parties to seek out more small-scale donations and suggests there should be income tax relief for gifts under £200.';
    expect(find(commission, 'urge', 'political parties')?.evidence.complement).toBe('to seek out more small-scale donations');
    const sim =
      'Neither Vodafone or T-Mobile currently offer a free network service for back-ups, but encourage people to use Sim back-up devices.';
    expect(find(sim, 'encourage', 'people')?.evidence.complement).toBe('to use Sim back-up devices');
    expect(read(sim).some((r) => r.predicate === 'back up')).toBe(false);
  });

  it('keeps a role, a comparison or a place the predicate needs (politics/320, politics/331, business/413)', () => {
    const money = 'Former Defence Secretary Michael Portillo makes some of his money as a non-executive director of BAE Systems.';
    expect(find(money, 'make', 'money')?.evidence.complement).toBe('as a non-executive director of BAE Systems');
    const posters =
      'Labour has been accused of using anti-Semitic images in posters which critics claim depict Tory leader Michael Howard as Fagin.';
    expect(find(posters, 'depict', 'Michael Howard')?.evidence.complement).toBe('as Fagin');
    const deficits =
      'The move came after France and Germany vowed to run their budget deficits below the EU cap in 2005 - for the first time in four years.';
    expect(find(deficits, 'run', 'budget deficits')?.evidence.complement).toBe('below the EU cap');
  });

  it("keeps a passive's complement after its agent, and the agent's phrase ends there (tech/297, politics/290)", () => {
    const mac = 'The $499 Macintosh, sold for £339 in the UK, was described by Jobs as the "most important Mac" made by Apple.';
    expect(find(mac, 'describe', 'Macintosh')?.evidence.complement).toBe('as the "most important Mac"');
    const hobbes =
      'But as Forsythe criticises this government, Hobbes has been criticised by most subsequent philosophers for arguing his way into the hands of the totalitarians.';
    const criticised = find(hobbes, 'criticise', 'Thomas Hobbes') ?? find(hobbes, 'criticise', 'Hobbes');
    expect(criticised?.evidence.complement).toBe('for arguing his way into the hands of the totalitarians');
    expect(criticised?.evidence.subjectDetail).toBe('most subsequent philosophers'); // the quantifier, not the reason
  });

  it('ends a complement before a clause of its own, and reads no "as soon as" (politics/092, business/196, politics/093)', () => {
    const labour = 'Labour sees nuisance behaviour as a key election issue but critics claim the record is at best patchy.';
    expect(read(labour).find((r) => r.predicate === 'see')?.evidence.complement).toBe('as a key election issue');
    const liar =
      "Attorney Reid Weingarten has attempted to portray Mr Sullivan as a liar and on Thursday quizzed him about his decision to commit fraud to meet analysts' profit estimates.";
    expect(read(liar).find((r) => r.predicate === 'portray')?.evidence.complement).toBe('as a liar');
    const troops = 'He wants to see a phased withdrawal of UK troops "as soon as the situation allows", he said in London.';
    expect(read(troops).find((r) => r.predicate === 'see')?.evidence.complement).toBeUndefined();
  });

  it('keeps where a verb of placing puts its object, past a coordinated object (tech/147, business/333, business/055)', () => {
    const lycos = 'Lycos Europe now appears to have put the plan on hold.';
    expect(find(lycos, 'put', 'plan')?.evidence.complement).toBe('on hold');
    const marsh = 'Doubts also exist over how much the company may have to pay regulators and lawyers to put the scandal behind.';
    expect(read(marsh).find((r) => r.predicate === 'put')?.evidence.complement).toBe('behind');
    const budget = 'The South African government has put tax cuts and increased social spending at the centre of its latest budget.';
    expect(find(budget, 'put', 'tax cuts')?.evidence.complement).toBe('at the centre of its latest budget');
  });

  it('keeps what a directive asks its object to do (politics/254, politics/288)', () => {
    const squabbling = 'Ian Gibson, for example, urged the two men to stop squabbling.';
    expect(find(squabbling, 'urge', 'two men')?.evidence.complement).toBe('to stop squabbling');
    const quit = 'A spokesman for UKIP called on Mr Hockney to quit the London Assembly.';
    expect(find(quit, 'call on', 'Hockney')?.evidence.complement).toBe('to quit the London Assembly');
  });

  it('keeps the charge or reason a verb gives its object, up to a clause of its own (politics/241, politics/126)', () => {
    const tax =
      'The Conservatives accuse the Scottish Executive of using the council tax to raise funds because it is too afraid to raise income tax.';
    expect(find(tax, 'accuse', 'Scottish Executive')?.evidence.complement).toBe('of using the council tax to raise funds');
    const bush =
      'The communiqu&#233; congratulated President Bush on his victory and stressed the importance of good transatlantic relations.';
    expect(find(bush, 'congratulate', 'Bush')?.evidence.complement).toBe('on his victory');
  });

  it('finds the charge past an apposition of the object (business/486)', () => {
    const text =
      'Anil has accused Anand Jain, a confidant of his brother Mukesh, of playing a negative role in the Ambani family, and being responsible for the trouble between the brothers.';
    expect(find(text, 'accuse', 'Anand Jain')?.evidence.complement).toBe('of playing a negative role in the Ambani family');
  });

  it("finds a directive's infinitive past an apposition, not past a lone comma (tech/251, entertainment/382)", () => {
    const rnid =
      'The RNID is urging telecoms regulator, Ofcom, to reduce the cost of the service from the current £7.00 per minute and make it the same as ordinary phone calls.';
    expect(find(rnid, 'urge', 'Ofcom')?.evidence.complement).toBe('to reduce the cost of the service from the current £7.00 per minute');
    const cbs =
      'The sixth and final Star Wars movie may not be suitable for young children, film-maker George Lucas has said.\n\n' +
      'He told US TV show 60 Minutes that Revenge of the Sith would be the darkest and most violent of the series. ' +
      '"I don\'t think I would take a five or six-year-old to this," he told the CBS programme, to be aired on Sunday.';
    const told = find(cbs, 'tell', 'CBS programme');
    expect(told).toBeDefined();
    expect(told?.evidence.complement).toBeUndefined();
  });

  it('keeps what the object is kept from, past a coordinated object (business/492, tech/285)', () => {
    const bar = 'But a judge has barred Bank of America and two auditors from the case.';
    expect(find(bar, 'bar', 'Bank of America')?.evidence.complement).toBe('from the case');
    const stop =
      'Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people pirating digital music and video.';
    expect(find(stop, 'stop', 'people')?.evidence.complement).toBe('pirating digital music and video');
  });

  it('reads a named object seen doing as the doer, not the seen; no complement describes a thing (sport/057, entertainment/005, tech/331)', () => {
    const holmes = 'Athletics fans had every reason to believe they would see the new-look Kelly Holmes tearing up the track again.';
    expect(find(holmes, 'see', 'Kelly Holmes')).toBeUndefined();
    expect(find(holmes, 'tear up', 'track')).toBeDefined();
    const film =
      "Mary Poppins was originally created by author Pamela Travers, who is said to have cried when she saw Disney's 1964 film starring Julie Andrews.";
    expect(find(film, 'see', 'film')?.evidence.complement).toBeUndefined();
    const ibm =
      'In 2004 IBM said it had seen double digit growth in the number of customers using Linux to help staff work together more closely.';
    const seen = find(ibm, 'see', 'double digit growth');
    expect(seen).toBeDefined();
    expect(seen?.evidence.complement).toBeUndefined();
  });

  it('takes no clause that "as" opens, and no time phrase (business/382, business/171)', () => {
    const plan = 'Business leaders had opposed the plan as they said it would be too costly and cumbersome.';
    const opposed = find(plan, 'oppose', 'plan');
    expect(opposed).toBeDefined();
    expect(opposed?.evidence.complement).toBeUndefined();
    const boerse =
      'Deutsche Boerse, the German stock exchange that is trying to buy its London rival, has said it will boost its 2004 dividend payment by 27%.';
    const boost = find(boerse, 'boost', 'dividend payment');
    expect(boost).toBeDefined();
    expect(boost?.evidence.complement).toBeUndefined();
  });

  it('keeps the name or kind a verb of naming gives its object, not one cut short (politics/141, politics/384, related/12, business/448)', () => {
    const oaten = 'Lib Dem home affairs spokesman Mark Oaten has branded the ID scheme a waste of money and "deeply flawed".';
    expect(find(oaten, 'brand', 'ID scheme')?.evidence.complement).toBe('a waste of money');
    const law = 'The Law Society dubbed Mr Clarke\'s new proposals an "abuse of power".';
    expect(read(law).find((r) => r.predicate === 'dub')?.evidence.complement).toBe('an "abuse of power"');
    const salih =
      'Iraqi president Barham Salih called the attack a prelude to an attempted coup, and Washington, Moscow, London and other capitals denounced it as a serious attempt to destabilise Iraq.';
    expect(find(salih, 'call', 'attack')?.evidence.complement).toBe('a prelude to an attempted coup');
    const ahold =
      'Pasquale D\'Amuro of the FBI called the nine vendors the key ingredients in "the process of cooking the books" at Ahold.';
    expect(find(ahold, 'call', 'vendors')?.evidence.complement).toBeUndefined();
  });

  it('keeps both objects of the verb an adviser asks for (tech/235)', () => {
    const advice =
      'Mr Roper added that many retailers were working hard to reassure consumers that online shopping was safe and that goods ordered as presents would arrive in time for Christmas. He advised consumers to give shops a little more time than usual to fulfil orders given that online buying is proving so popular.';
    expect(find(advice, 'advise', 'consumers')?.evidence.complement).toBe('to give shops a little more time');
  });

  it("reads what completes a relative's predicate after its verb, its object standing before (politics/150, politics/119)", () => {
    const hassan =
      'A spokesman later said Mr Galloway had friends in common with Ms Hassan, who he described as a prominent anti-war activist, and that he was "willing to do anything - go to Iraq or be an intermediary or anything that\'s necessary".';
    expect(find(hassan, 'describe', 'Hassan')?.evidence.complement).toBe('as a prominent anti-war activist');
    const scarman =
      'Lord Scarman will be remembered for the public inquiry he led into a string of race riots which began in Brixton when racial tensions rose after a police crackdown on street robbery.';
    expect(find(scarman, 'lead', 'public inquiry')?.evidence.complement).toMatch(/^into a string of race riots/);
  });

  it('keeps what a warning or an assurance says of its object, into a quotation it opens (politics/168, politics/072)', () => {
    const oaten =
      "But Liberal Democrat spokesman Mark Oaten warned the MPs' committee that binding judges too much might look like political interference.";
    expect(find(oaten, 'warn', "MPs' committee")?.evidence.complement).toBe(
      'that binding judges too much might look like political interference',
    );
    const lords =
      'Lord Strathclyde warned ministers that they should "prepare themselves for substantial rewriting of various aspects of the Bill".';
    expect(find(lords, 'warn', 'ministers')?.evidence.complement).toMatch(
      /^that they should "prepare themselves for substantial rewriting/,
    );
  });

  it('keeps a purpose right after the object, with its own object (tech/356, politics/082, business/234, politics/373)', () => {
    const robots = 'Sony and Honda have both built sophisticated robots to show off developments in electronics.';
    expect(find(robots, 'build', 'sophisticated robots')?.evidence.complement).toBe('to show off developments in electronics');
    const straw = "Mr Straw used Thursday's Commons debate to launch the new White Paper on the prospects for the EU in 2005.";
    expect(find(straw, 'use', 'Commons debate')?.evidence.complement).toBe('to launch the new White Paper on the prospects for the EU');
    const morrow = 'Vodafone has drafted in its UK chief executive William Morrow to take charge of its troubled Japanese operation.';
    expect(find(morrow, 'draft in', 'William Morrow')?.evidence.complement).toBe('to take charge of its troubled Japanese operation');
    // Not a purpose cut before its object's phrase ends.
    const blair =
      'UK Prime Minister Tony Blair is meeting his EU counterparts to finalise a package of measures aimed at stimulating growth and boosting employment ahead of a series of referendums on the European Constitution.';
    expect(find(blair, 'meet', 'EU counterparts')?.evidence.complement).toBeUndefined();
  });

  it('keeps what a passive giving or naming verb keeps before its agent (business/385, politics/091)', () => {
    const forbes =
      'Iain Ferguson was awarded the title by US publication Forbes for returning one of the UK\'s "venerable" manufacturers to the country\'s top 100 companies.';
    expect(find(forbes, 'award', 'Iain Ferguson')?.evidence.complement).toBe('the title');
    const pensioners = 'Pensioners are being promised energy savings by the Liberal Democrats, as snow and cold temperatures continue.';
    expect(find(pensioners, 'promise', 'pensioners')?.evidence.complement).toBe('energy savings');
  });

  it('keeps what a verb of giving or removing gives its object or takes it from (business/013, business/413, business/410)', () => {
    const suv =
      'Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply French car maker Peugeot with 30,000 sports utility vehicles (SUV).';
    expect(find(suv, 'supply', 'Peugeot')?.evidence.complement).toContain('with 30,000 sports utility vehicles');
    const eu =
      "After announcing its decision to erase France and Germany from its list of deficit rule breakers, the EU said that the time lag created by the ruling meant that 2005 should be the target year for the pair to bring their budget's below 3%.";
    expect(find(eu, 'erase', 'France')?.evidence.complement).toBe('from its list of deficit rule breakers');
    // Not an absolute "with" after a comma.
    const mercedes = 'A switch to new models hit luxury marque Mercedes-Benz, with sales down 3.1% at 1.06 million.';
    expect(read(mercedes).find((r) => r.predicate === 'hit')?.evidence.complement).toBeUndefined();
  });
});
