import { describe, expect, it } from '@jest/globals';
import { extractLocal } from '../../../ingest/pipeline.js';
import type { RawRelation } from '../../../ingest/types.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

/** The relations of one sentence, with entity names for ids. */
function read(text: string): (RawRelation & { s: string; o: string })[] {
  const x = extractLocal({ source: 'case.txt', text, format: 'txt' }, world);
  const name = new Map(x.entities.map((e) => [e.localId, e.name]));
  return x.relations.map((r) => ({ ...r, s: name.get(r.subject) ?? '', o: name.get(r.object) ?? '' }));
}
const find = (text: string, p: string, o: string) => read(text).find((r) => r.predicate === p && r.o === o);

// Real sentences of BBC articles outside the dev gold (the file is in each test's name).
describe('argument details: the words completing a common-noun argument', () => {
  it('keeps a prepositional complement with a joined noun phrase (politics/190)', () => {
    const r = find('Mr Howard also called for a return to O-levels and more classroom discipline.', 'call for', 'return');
    expect(r?.evidence.objectDetail).toBe('to O-levels and more classroom discipline');
  });

  it('reads an amount and the phrases after it as one complement (politics/010)', () => {
    const text = 'The government has plans for up to eight Las Vegas style resorts in the UK, one of which is likely to be in Glasgow.';
    expect(find(text, 'have', 'plans')?.evidence.objectDetail).toBe('for up to eight Las Vegas style resorts in the UK');
  });

  it('opens with "in" where the noun takes it (business/001)', () => {
    const text =
      "It intends to adjust the way it accounts for a deal with German music publisher Bertelsmann's purchase of a stake in AOL Europe, which it had reported as advertising revenue.";
    expect(find(text, 'acquire', 'stake')?.evidence.objectDetail).toBe('in AOL Europe');
  });

  it('ends before a time phrase (business/031, business/188)', () => {
    const growth = 'The economy cooled markedly between 2001 and 2003 after enjoying spectacular growth of more than 10% in 2000.';
    expect(read(growth).find((r) => r.predicate === 'enjoy')?.evidence.objectDetail).toBe('of more than 10%');
    const letter =
      "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying that it plans to submit a new offer after examining Verizon's bid.";
    expect(find(letter, 'send', 'letter')?.evidence.objectDetail).toBe("to MCI's board");
  });

  it("keeps a subject's complement up to its verb (politics/033, business/003)", () => {
    const text = "Campaigners against the expansion of Britain's airports have begun challenging the government's plans in the High Court.";
    expect(read(text).find((r) => r.predicate === 'challenge')?.evidence.subjectDetail).toBe("against the expansion of Britain's airports");
    const purchase = find("Legal experts said Rosneft's purchase of Yugansk would include such obligations.", 'include', 'obligations');
    expect(purchase?.evidence.subjectDetail).toBe('of Yugansk');
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
    expect(value?.evidence.subjectDetail).toBe('of the LSE');
    expect(value?.evidence.objectDetail).toBe('for shareholders');
  });

  it('gives a name no detail (politics/189)', () => {
    const text =
      'Tony Blair has said he looks forward to continuing his strong relationship with George Bush and working with him during his second term as president.';
    const rels = read(text);
    expect(rels.find((r) => r.predicate === 'continue')?.evidence.objectDetail).toBe('with George Bush');
    for (const r of rels.filter((x) => x.s === 'Tony Blair')) expect(r.evidence.subjectDetail).toBeUndefined();
  });
});
