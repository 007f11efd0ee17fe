import { lexiconTags } from '../../ingest/parse.js';
import { caseEvidence, isTitleCase, sentenceCase } from '../../ingest/title-case.js';

// Headlines and lead sentences from ../shared/data/related (07, 03, 05) and ../shared/data/news.
const REPUBLIC = [
  "Iran's Top General Visits Iraq, Denies Tehran's Involvement In Attack On PM Al-Kadhimi",
  'https://www.republicworld.com/world-news/irans-top-general-visits-iraq-denies-tehrans-involvement.html',
  "Citing the Associated Press and two Iraqi politicians who asked not to be named, Republic World reports that General Esmail Ghani, commander in chief of Iran's Quds Force, visited Iraqi Prime Minister Mustafa al-Kadhimi in Baghdad on Monday.",
].join('\n');

describe('isTitleCase', () => {
  it('takes a headline whose every longer word is capitalised', () => {
    expect(isTitleCase(REPUBLIC.split('\n')[0]!)).toBe(true);
    expect(isTitleCase("Quds Force Chief in Baghdad After Attempt on Iraqi PM's Life")).toBe(true);
  });

  it('leaves sentence-case headlines, sentences and web addresses alone', () => {
    expect(isTitleCase("Redknapp's Saints face Pompey tie")).toBe(false);
    expect(isTitleCase('Iraqi prime minister survives assassination bid with drones')).toBe(false);
    expect(isTitleCase('Tony Blair Met Gordon Brown In London.')).toBe(false);
    expect(isTitleCase(REPUBLIC.split('\n')[1]!)).toBe(false);
  });
});

describe('sentenceCase', () => {
  const lower = (line: string, text: string) => sentenceCase(line, caseEvidence(text), lexiconTags);

  it('lowers common words and keeps names, titles the article capitalises, and acronyms', () => {
    expect(lower(REPUBLIC.split('\n')[0]!, REPUBLIC)).toBe(
      "Iran's top General visits Iraq, denies Tehran's involvement in attack on PM Al-Kadhimi",
    );
  });

  it('keeps a name the article writes capitalised inside a sentence', () => {
    const text = "Quds Force Chief in Baghdad After Attempt on Iraqi PM's Life\nThe head of the Quds Force feared for his life.";
    expect(lower(text.split('\n')[0]!, text)).toBe("Quds Force chief in Baghdad after attempt on Iraqi PM's life");
  });

  it('does not run a name on past an acronym or a place', () => {
    // related/15's headline, as a title-case outlet would write it
    const line = 'US Drone Strike Kills Top Iran Military Commander';
    expect(lower(line, '')).toBe('US drone strike kills top Iran military commander');
  });

  it('keeps the words after a name no list knows', () => {
    expect(lower('Best Lighting Design For Paule Constable', '')).toBe('Best lighting design for Paule Constable');
  });

  it('keeps the length of the line, so offsets hold', () => {
    const line = REPUBLIC.split('\n')[0]!;
    expect(lower(line, REPUBLIC)).toHaveLength(line.length);
  });
});
