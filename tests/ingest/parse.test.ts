import { parseText, splitSentences } from '../../ingest/parse.js';

describe('parse', () => {
  it('gives sentences and tokens whose offsets point into the input', () => {
    const text =
      'Iran condemned the attack.\n\nKadhimi has been opposed by militias, who have sought to marginalize Iranian-backed groups. “It would be fair,” the official said.';
    const parsed = parseText(text);
    expect(parsed.length).toBe(3);
    for (const s of parsed) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(parsed[1]!.tokens.find((t) => t.text === 'opposed')!.root).toBe('oppose');
  });

  it('never throws on odd input and gives nothing for empty text', () => {
    expect(parseText('')).toEqual([]);
    expect(parseText('   \n\n ')).toEqual([]);
    for (const odd of ['…', '—', '"', '\u0000', '12345', '¿¡', 'a'.repeat(5000), '🙂 🙂']) expect(() => parseText(odd)).not.toThrow();
  });

  it('splits sentences with offsets (compatibility helper)', () => {
    const text = 'One sentence here. Another one there.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One sentence here.', 'Another one there.']);
  });
  it('ends a sentence at an acronym spelled like an abbreviation ("FT", not "ft") (news/business/034)', () => {
    const text =
      'Shanghai Automotive Industry Corp plans to shift production of the Rover 25 to China and export it to the UK, sources close to the negotiations tell the FT. But Rover told BBC News that reports of job cuts were "speculation".';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/tell the FT\.$/);
    expect(parts[1]).toMatch(/^But Rover told /);
  });
  it('repairs verbs compromise tags as plural nouns or adjectives (data/retag.json)', () => {
    const tag = (sentence: string, word: string) => parseText(sentence)[0]!.tokens.find((t) => t.norm === word)!;
    const verbs: [string, string, string][] = [
      ['The lodge also hosts fellowship events.', 'hosts', 'host'],
      ['Crime Master slashes her when he finds out.', 'slashes', 'slash'],
      ['Ely Cathedral was never vaulted and retains a wooden ceiling over the nave.', 'retains', 'retain'],
      ['Davis released about 25 singles during his seven years with Dakar.', 'released', 'release'],
      ['Goebbels declared “total war” and closed all theatres within the Reich.', 'closed', 'close'],
      ['Profit before extraordinary items rose 12% to 135.2 million.', 'rose', 'rise'],
      ['New York bonds, which have been hammered in recent weeks, rose 1/2 point yesterday.', 'rose', 'rise'],
    ];
    for (const [sentence, word, root] of verbs) {
      const t = tag(sentence, word);
      expect([sentence, t.tags.has('Verb')]).toEqual([sentence, true]);
      if (root) expect(t.root).toBe(root);
    }
    // Nouns stay nouns: after a determiner, a possessive or another plural.
    for (const [sentence, word] of [
      ['The supply of experienced civil engineers is tighter.', 'experienced'],
      ['The company’s shares the day before rose.', 'shares'],
      ['Her armed guards the night before left.', 'guards'],
      ['He was arrested on the ground of terrorism.', 'ground'],
    ]) {
      expect([sentence, tag(sentence!, word!).tags.has('Verb')]).toEqual([sentence, false]);
    }
  });
  it('reads an -s word between a noun and a finite auxiliary as a plural noun (news/business/101, tech/368)', () => {
    const tag = (sentence: string, word: string) => parseText(sentence)[0]!.tokens.find((t) => t.norm === word)!;
    for (const [sentence, word] of [
      ['Stock markets had factored in the likelihood of a rate rise.', 'markets'],
      ['Eighty large net service firms have switched on software to spot and stop net attacks automatically.', 'firms'],
    ]) {
      const t = tag(sentence!, word!);
      expect([sentence, t.tags.has('Verb'), t.tags.has('Plural')]).toEqual([sentence, false, true]);
    }
    // A pronoun before it keeps the verb: "what it means is".
    expect(tag('What it means is that the price will rise.', 'means').tags.has('Verb')).toBe(true);
  });
  it('reads a verb of saying between a noun and "that" as the verb (news/business/257, tech/033)', () => {
    for (const sentence of [
      "The government hopes that the new currency will cement the country's economic progress, two weeks after EU leaders set a date for the start of Turkey's accession talks.",
      'The UN hopes that widening access to technology such as mobile phones and the net will help eradicate poverty.',
    ]) {
      const hopes = parseText(sentence)[0]!.tokens.find((t) => t.norm === 'hopes')!;
      expect([sentence, hopes.tags.has('Verb')]).toEqual([sentence, true]);
    }
  });
  it('reads an adjective between "the" and an adverb before a finite verb as the subject noun (news/business/312)', () => {
    const firm = parseText('The firm also said it is preparing further law suits.')[0]!.tokens.find((t) => t.norm === 'firm')!;
    expect([firm.tags.has('Noun'), firm.tags.has('Adjective')]).toEqual([true, false]);
  });
  it('reads an "X\'s" before a participle and a noun as a possessive, the participle as an adjective (news/politics/209)', () => {
    const ts = parseText(
      "Israeli officials gave an intelligence briefing to foreign ambassadors on Monday, explaining Syria's alleged involvement.",
    )[0]!.tokens;
    const at = ts.findIndex((t) => t.norm === 'alleged');
    expect(ts[at - 1]!.tags.has('Possessive')).toBe(true);
    expect(ts[at]!.tags.has('Verb')).toBe(false);
    // "he's" stays a contraction.
    const he = parseText("He's signed a new deal with the club.")[0]!.tokens;
    expect(he.find((t) => t.norm === 'signed')!.tags.has('Verb')).toBe(true);
  });
  it('reads "free" before a bare singular noun as an adjective, a freed group keeps the verb (news/politics/370)', () => {
    const tag = (sentence: string, word: string) => parseText(sentence)[0]!.tokens.find((t) => t.norm === word)!;
    const s =
      'It said it would look at the implications of the ruling, but pointed out the controls were no longer in place because Czechs are now entitled to free movement across Europe.';
    expect([...tag(s, 'free').tags]).toEqual(['Adjective']);
    expect(tag('The rebels agreed to free hostages.', 'free').tags.has('Verb')).toBe(true);
  });
  it('reads "so" after "do" and "anew" as adverbs (news/politics/079, 189)', () => {
    const tag = (sentence: string, word: string) => parseText(sentence)[0]!.tokens.find((t) => t.norm === word)!;
    const so =
      'Currently, British voters have to re-register to vote every year or face being removed from the electoral rolls if they fail to do so two years running.';
    expect(tag(so, 'so').tags.has('Noun')).toBe(false);
    expect(tag('The prime minister also urged Europe and the US to "build anew their alliance".', 'anew').tags.has('Noun')).toBe(false);
  });
});
