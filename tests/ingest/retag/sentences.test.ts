/**
 * ingest/retag/sentences.ts (splitInside) through the parse: compromise keeps sentences together
 * around quotes ('... believe." Mr Blair denied it', 'expenses. We needed ...' inside a quotation);
 * splitInside cuts them where a word ends with . ! or ? before a capitalised word or an opening quote,
 * not after an abbreviation or an initial. Real paragraphs from the corpus.
 */
import { parseText } from '../../../ingest/parse.js';

const sentences = (text: string): string[] => parseText(text).map((s) => s.text);

describe('retag/sentences', () => {
  it('ends a quoted sentence at its closing quote before the next sentence (news/politics/001)', () => {
    const text =
      'Ms Hewitt said: "We have already doubled the length of maternity pay, it was 13 weeks when we were elected, we have already taken it up to 26 weeks. "We are going to extend the pay to nine months by 2007 and the aim is to get it right up to the full 12 months by the end of the next Parliament." She said new mothers were already entitled to 12 months leave, but that many women could not take it as only six of those months were paid. "We have made a firm commitment. We will definitely extend the maternity pay, from the six months where it now is to nine months, that\'s the extra £1,400." She said ministers would consult on other proposals that could see fathers being allowed to take some of their partner\'s maternity pay or leave period, or extending the rights of flexible working to carers or parents of older children.';
    expect(sentences(text)).toEqual([
      'Ms Hewitt said: "We have already doubled the length of maternity pay, it was 13 weeks when we were elected, we have already taken it up to 26 weeks.',
      'We are going to extend the pay to nine months by 2007 and the aim is to get it right up to the full 12 months by the end of the next Parliament."',
      'She said new mothers were already entitled to 12 months leave, but that many women could not take it as only six of those months were paid.',
      'We have made a firm commitment.',
      'We will definitely extend the maternity pay, from the six months where it now is to nine months, that\'s the extra £1,400."',
      "She said ministers would consult on other proposals that could see fathers being allowed to take some of their partner's maternity pay or leave period, or extending the rights of flexible working to carers or parents of older children.",
    ]);
  });

  it('splits two sentences inside one quotation, and the quotation from the sentence after it (news/business/246)', () => {
    // "expenses. We needed ...".
    const text =
      '"He would talk about that there were more coffee filters than coffee bags and that means employees are taking coffee home," he said. "We needed to cut expenses. We needed to cut a lot more than coffee expenses." Mr Sullivan is at the centre of the government\'s case against Mr Ebbers.';
    expect(sentences(text)).toEqual([
      'He would talk about that there were more coffee filters than coffee bags and that means employees are taking coffee home," he said.',
      'We needed to cut expenses.',
      'We needed to cut a lot more than coffee expenses."',
      "Mr Sullivan is at the centre of the government's case against Mr Ebbers.",
    ]);
  });

  it('gives each part of a split sentence only its own tokens (news/business/246)', () => {
    const [first, second] = parseText('"We needed to cut expenses. We needed to cut a lot more than coffee expenses."');
    expect(first!.tokens.map((t) => t.text)).toEqual(['We', 'needed', 'to', 'cut', 'expenses']);
    expect(second!.tokens[0]!.text).toBe('We');
    expect(second!.tokens.at(-1)!.text).toBe('expenses');
  });

  it('does not end a sentence at an abbreviation ("Mr.") or an initial ("J.") (news/politics/380, tech/348)', () => {
    expect(
      sentences(
        'Students who do odd jobs can increase their income and can help there family in their home country. I thank Mr. Blair and his government for increase in the national minimum wage.',
      ),
    ).toEqual([
      'Students who do odd jobs can increase their income and can help there family in their home country.',
      'I thank Mr. Blair and his government for increase in the national minimum wage.',
    ]);
    expect(sentences('Xbox frontman J. Allard said the console looked set to be capable of one trillion calculations per second.')).toEqual(
      ['Xbox frontman J. Allard said the console looked set to be capable of one trillion calculations per second.'],
    );
  });

  it('ends a sentence at an acronym that is spelled like an abbreviation ("FT") (news/business/034)', () => {
    const text =
      'Shanghai Automotive Industry Corp plans to shift production of the Rover 25 to China and export it to the UK, sources close to the negotiations tell the FT. But Rover told BBC News that reports of job cuts were "speculation".';
    expect(sentences(text)).toEqual([
      'Shanghai Automotive Industry Corp plans to shift production of the Rover 25 to China and export it to the UK, sources close to the negotiations tell the FT.',
      'But Rover told BBC News that reports of job cuts were "speculation".',
    ]);
  });
});
