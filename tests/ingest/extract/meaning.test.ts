import { analyseSentence } from '../../../ingest/extract/clauses.js';
import { sentenceMeanings } from '../../../ingest/extract/meaning.js';
import { parseText } from '../../../ingest/parse.js';

/** The meaning of the clause whose verb group holds `verb`, in a one-sentence text. */
function meaningOf(text: string, verb: string) {
  const ts = parseText(text)[0]!.tokens;
  const an = analyseSentence(ts);
  const i = an.clauses.findIndex((c) => ts.slice(c.vg.s, c.vg.e).some((t) => t.norm === verb));
  if (i < 0) throw new Error(`no clause with "${verb}"`);
  return sentenceMeanings(ts, an)[i]!;
}

describe('sentenceMeanings', () => {
  it('leaves a clause under a denied complement unsure, even with a reported "would" (politics/055)', () => {
    const m = meaningOf('But she denied her faith meant she would refuse key government jobs.', 'refuse');
    expect(m.certainty).toBe('hedged');
  });

  it('keeps a reported "would" under a plain verb of saying as intended (politics/004)', () => {
    const m = meaningOf('In 1998 the party said it would not return to Blackpool but did so in 2002.', 'return');
    expect(m).toMatchObject({ certainty: 'intended', polarity: 'negative' });
  });

  it('hedges what a speaker refused to confirm (politics/281)', () => {
    const text =
      'He plans to stand in the next general election but refused to confirm he is setting up a new political party called Veritas - Latin for truth.';
    expect(meaningOf(text, 'setting').certainty).toBe('hedged');
  });

  it('negates what a noun of not doing completes, over an adverb before "to" (business/142)', () => {
    const text =
      "Analysts, however, pointed to the dollar's inability recently to extend that rally despite positive economic and corporate data, and highlighted the fact that many of the US's economic problems had not disappeared.";
    expect(meaningOf(text, 'extend').polarity).toBe('negative');
  });
});
