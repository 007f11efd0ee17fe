/** Clause reader table: sentence → (subject, verb lemma, object/pp) spans it must find. */
import { parseText } from '../../../ingest/parse.js';
import { analyseSentence, type Span } from '../../../ingest/extract/clauses.js';

const ROWS: [sentence: string, subject: string, lemma: string, object: string, flags: string][] = [
  ['Iran condemned the attack.', 'Iran', 'condemn', 'the attack', ''],
  ['Kadhimi has been opposed by militias.', 'Kadhimi', 'oppose', 'by militias', 'passive'],
  ['Iran likely did not approve of the strike.', 'Iran', 'approve', 'of the strike', 'neg'],
  ['The militias were armed and supported by Tehran.', 'The militias', 'arm', '', 'passive'],
  ['Soleimani was killed in Baghdad.', 'Soleimani', 'kill', 'in Baghdad', 'passive'],
  ['Kani is Soleimani’s successor.', 'Kani', 'be', 'Soleimani’s successor', 'copula'],
  ['The militia organized protests after the election.', 'The militia', 'organize', 'protests', ''],
  ['The operation was carried out by Shia militia forces.', 'The operation', 'carry out', 'by Shia militia forces', 'passive'],
  // A leading prepositional phrase with no comma does not run into the subject.
  ['After a short absence Keibler began a short feud.', 'Keibler', 'begin', 'a short feud', ''],
  ['During the 1730s Britain’s relationship with Spain had slowly declined.', 'Britain’s relationship with Spain', 'decline', '', ''],
  ['By the end of this experiment several results were found.', 'several results', 'find', '', 'passive'],
  // A subjectless opening participle shares the main clause's subject.
  ['Having returned to the Second Division at the first attempt, they gained promotion.', 'they', 'return', 'to the Second Division', ''],
  ['By acquiring stakes in bottling companies, Coke has improved efficiency.', 'Coke', 'acquire', 'stakes', ''],
  // A restrictive "that" after a bare name goes with the noun the name's phrase hangs on (politics/408).
  [
    'But it is the hard working families across Britain that will be damaged by his plan to cut £35bn from public spending.',
    'the hard working families',
    'damage',
    'by his plan',
    'passive',
  ],
  // A tensed verb after a relative pronoun or "when he" stays a verb.
  ['Mr. Baker found an opening that led to a coal mine.', 'an opening', 'lead', 'to a coal mine', ''],
  ['Caro was trying to organise an exhibition when he met Robert Loder.', 'he', 'meet', 'Robert Loder', ''],
  ['That compared with an operating loss of $1.9 million.', 'That', 'compare', 'with an operating loss of $1.9 million', ''],
  // An adverbial particle closing the verb joins its lemma.
  ['On one occasion the lamps went out and the water became icy cold.', 'the lamps', 'go out', '', ''],
  // A gerund phrase as a prepositional object; a closed relative clause inside an apposition.
  [
    'This is usually caused by interacting inductive elements in the oscillator.',
    'This',
    'cause',
    'by interacting inductive elements',
    'passive',
  ],
  ['Oleg Gordievsky, a KGB officer who became a secret agent, said he was happy.', 'Oleg Gordievsky', 'say', '', ''],
  // A date adjunct or a leading "In 2010" is not the subject.
  [
    'Spielberger was formerly Chairman of the Department and in 2012 belonged to a think tank.',
    'Spielberger',
    'belong',
    'to a think tank',
    '',
  ],
  ['In 2010 he moved to Paris.', 'he', 'move', 'to Paris', ''],
  ['Nicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of an error.', 'Nicola Sturgeon', 'write', 'to Mr McConnell', ''],
  // Verbs compromise tags as a plural noun or an adjective (repaired in ingest/retag).
  ['The lodge also hosts fellowship events.', 'The lodge', 'host', 'fellowship events', ''],
  ['Goebbels declared total war and closed all theatres.', 'Goebbels', 'close', 'all theatres', ''],
  // A past verb after "and" past an object and a "to" phrase (news/entertainment/211), and past a long
  // object with its phrases (related/10), is the next verb, sharing the subject.
  [
    'Redmond also brought teen soap Hollyoaks to Channel 4 and created Grange Hill, the school-based drama serial which was first broadcast on BBC One in 1978.',
    'Redmond',
    'create',
    'Grange Hill',
    '',
  ],
  [
    'Iran condemned the attack on Iraqi Prime Minister Mustafa al-Qadimi in Baghdad and urged vigilance against security plots in its neighbour.',
    'Iran',
    'urge',
    'vigilance',
    '',
  ],
  // "but" joins clauses, not subjects (news/tech/156).
  [
    'He added that the legal attacks on BitTorrent had driven people away from sites such as Suprnova but many users had simply migrated to other tracker listing sites many of which have seen huge increases in traffic.',
    'many users',
    'migrate',
    'to other tracker listing',
    '',
  ],
  // A restrictive "who" relative with a joined object, then a modal: the antecedent acts (news/business/191).
  [
    'European regulators, meanwhile, ruled on Thursday that patients who have had heart disease or a stroke should not take Cox-2 inhibitors.',
    'patients',
    'take',
    'Cox-2 inhibitors',
    'neg',
  ],
  // A relative whose preposition is left at its end takes no object (news/politics/072, 014).
  [
    'They would replace current powers to detain foreign terror suspects without trial, which the law lords have ruled against.',
    'the law lords',
    'rule',
    '',
    '',
  ],
  [
    'These would replace current powers to detain foreign terror suspects without trial, which the law lords have ruled against as a breach of human rights.',
    'the law lords',
    'rule',
    '',
    '',
  ],
  // An aside on the subject of a "that" clause is no clause of the reporter's (news/entertainment/269).
  [
    'Michael said that the film, directed by Southan Morris, would put his two decades of fame into context.',
    'the film',
    'put',
    'his two decades of fame',
    '',
  ],
];

const text = (s: string, ts: { start: number; end: number }[], sp: Span | null) => (sp ? s.slice(ts[sp.s]!.start, ts[sp.e - 1]!.end) : '');

describe('clause reader', () => {
  it.each(ROWS)('%s', (sentence, subject, lemma, object, flags) => {
    const [p] = parseText(sentence);
    const c = analyseSentence(p!.tokens).clauses.find((x) => x.vg.lemma === lemma);
    expect(c).toBeDefined();
    expect(text(sentence, p!.tokens, c!.subj)).toBe(subject);
    const obj = c!.obj
      ? text(sentence, p!.tokens, c!.obj)
      : c!.pps[0]
        ? sentence.slice(p!.tokens[c!.pps[0].at]!.start, p!.tokens[c!.pps[0].np.e - 1]!.end)
        : '';
    expect(obj).toBe(object);
    expect(c!.vg.passive).toBe(flags === 'passive');
    expect(c!.vg.neg).toBe(flags === 'neg');
    expect(c!.vg.copula).toBe(flags === 'copula');
  });

  it('links a relative clause to its antecedent and shares the object of coordinated verbs', () => {
    const s = 'It was carried out by Shia militia forces that Tehran has armed and supported.';
    const [p] = parseText(s);
    const cl = analyseSentence(p!.tokens).clauses;
    for (const lemma of ['arm', 'support']) {
      const c = cl.find((x) => x.vg.lemma === lemma)!;
      expect(text(s, p!.tokens, c.subj)).toBe('Tehran');
      expect(text(s, p!.tokens, c.obj)).toBe('Shia militia forces');
    }
  });

  it('reads a bare "compared with" as comparing, no verb (news/tech/371)', () => {
    const s =
      "In the three months to September 2004, almost five times as many people signed up to the UK's free-to-air DTT service compared with Sky.";
    const [p] = parseText(s);
    expect(analyseSentence(p!.tokens).clauses.map((c) => c.vg.lemma)).not.toContain('compare');
  });

  it('never throws on odd token streams', () => {
    for (const odd of ['', ',,,', 'and and and', 'is is is', '“”'])
      expect(() => parseText(odd).map((p) => analyseSentence(p.tokens))).not.toThrow();
    expect(analyseSentence([]).clauses).toEqual([]);
  });
});
