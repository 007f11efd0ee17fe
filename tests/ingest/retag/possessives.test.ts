/**
 * ingest/retag/possessives.ts through the parse: "X's" that compromise reads as "X is" (an empty verb
 * token after the name, which possessives and possessiveNames remove), a name in s' that it reads as
 * a plural, and "her" before a bare verb. Each sentence is the corpus sentence a pass's doc comment
 * quotes, or the one holding the fragment it quotes.
 */
import { parseText, type Token } from '../../../ingest/parse.js';

/** The tokens of `text`, which must parse as one sentence. */
function tokensOf(text: string): Token[] {
  const parsed = parseText(text);
  expect(parsed).toHaveLength(1);
  return parsed[0]!.tokens;
}

/** The sorted tags of a word (its surface text; the nth occurrence from 0) in `text`, which must parse as one sentence. */
function sentence(text: string): (word: string, nth?: number) => string[] {
  const ts = tokensOf(text);
  return (word, nth = 0) => {
    const t = ts.filter((x) => x.text === word)[nth];
    if (!t) throw new Error(`no "${word}" in: ${text}`);
    return [...t.tags].sort();
  };
}

describe('retag/possessives', () => {
  it('reads a name in s with a bare apostrophe before a word as a possessive, not a plural (news/politics/073)', () => {
    // apostrophePossessives: "Lord Dubs' Succession to the Crown Bill".
    const s = sentence(
      "But the government refused to back Lord Dubs' Succession to the Crown Bill, saying it was too complex and raised too many constitutional issues.",
    );
    expect(s('Dubs')).toContain('Possessive');
    expect(s('Dubs')).not.toContain('Plural');
  });

  it('reads "X\'s" before a noun phrase as a possessive and drops the empty copula after it (news/politics/030)', () => {
    // possessives: "through the government's Behaviour Improvement Programme".
    const ts = tokensOf(
      "Truancy has been reduced by 5% at the 128 worst hit schools through the government's Behaviour Improvement Programme.",
    );
    const owner = ts.findIndex((t) => t.text === "government's");
    expect([...ts[owner]!.tags]).toContain('Possessive');
    expect(ts[owner + 1]!.text).toBe('Behaviour');
    expect(ts.filter((t) => !t.text)).toEqual([]);
  });

  it('reads a participle between "X\'s" and a noun as an adjective, and over an adverb (news/politics/209, business/130)', () => {
    // possessives: "Syria's alleged involvement"; "India's highly skilled workers".
    const alleged = sentence(
      "Israeli officials gave an intelligence briefing to foreign ambassadors on Monday, explaining Syria's alleged involvement.",
    );
    expect(alleged("Syria's")).toContain('Possessive');
    expect(alleged('alleged')).toEqual(['Adjective']);
    const ts = tokensOf("Pranab Mukherjee said such companies could take advantage of India's highly skilled workers and low wages.");
    const india = ts.findIndex((t) => t.text === "India's");
    expect([...ts[india]!.tags]).toContain('Possessive');
    expect(ts[india + 1]!.text).toBe('highly');
  });

  it('reads an -ing word and a noun after "X\'s", before the finite verb, as a compound (news/politics/009)', () => {
    // possessives: "Labour's advertising agency TBWA was blaming".
    const s = sentence(
      "Mr Campbell messaged Newsnight after the programme investigated claims that Labour's advertising agency TBWA was blaming him for controversy over its campaign posters.",
    );
    expect(s("Labour's")).toContain('Possessive');
    expect(s('advertising')).toEqual(['Noun', 'Singular']);
  });

  it("leaves no verb after a business name in 's before a dash (news/business/155)", () => {
    // possessiveNames: "owner of Macy's and Bloomingdale's - will assume".
    const ts = tokensOf(
      "As part of the deal, Federated - owner of Macy's and Bloomingdale's - will assume $6bn of May's debt, bringing the deal's total value to $17bn.",
    );
    expect(ts.filter((t) => !t.text)).toEqual([]);
    const macys = ts.findIndex((t) => t.text === "Macy's");
    const bloomingdales = ts.findIndex((t) => t.text === "Bloomingdale's");
    expect([ts[macys + 1]!.text, ts[bloomingdales + 1]!.text]).toEqual(['and', 'will']);
  });

  it('reads "her" before a bare verb as the object pronoun, but a possessive before the verb\'s noun (news/tech/102, sport/442)', () => {
    // objectHer: "to help her get over her mother's death"; not "will donate her prize money".
    const help = sentence("Ms Simonetti started her personal blog in January to help her get over her mother's death.");
    expect(help('her', 0)).toContain('Possessive');
    expect(help('her', 1)).toEqual(expect.arrayContaining(['Pronoun']));
    expect(help('her', 1)).not.toContain('Possessive');
    expect(help('her', 2)).toContain('Possessive');
    const donate = sentence('Her appearance will also benefit charities in the region and the Swiss star will donate her prize money.');
    expect(donate('her')).toContain('Possessive');
  });
});
