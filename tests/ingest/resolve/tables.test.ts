/**
 * The shipped acronym table (ingest/resolve/tables.ts, ingest/data/resolve/acronyms.tsv): entries,
 * types, and the short forms marked ambiguous, which expand only beside their full name.
 */
import { isKgError } from '../../../ingest/errors.js';
import { defaultAcronyms, parseAcronyms } from '../../../ingest/resolve/tables.js';

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('acronym table', () => {
  it('parses entries and the ambiguous marks, folding a mark as the table folds names', () => {
    const t = parseAcronyms(
      '# c\nOrganization\tChild Support Agency\tCSA\nambiguous\tC.S.A.\tCanadian Space Agency\nOrganization\tIBM\n',
      'a.tsv',
    );
    expect(t.groups.map((g) => g.canonical)).toEqual(['Child Support Agency', 'IBM']);
    expect(t.types.get('IBM')).toBe('Organization');
    expect([...t.ambiguous]).toEqual(['csa']);
  });

  it.each([
    ['unknown type', 'Thing\tIBM', 1],
    ['empty field', 'Organization\tIBM\t\tX', 1],
    ['a mark without other meanings', 'Organization\tChild Support Agency\tCSA\nambiguous\tCSA', 2],
    ['a mark for no name of the table', 'Organization\tIBM\nambiguous\tCSA\tCanadian Space Agency', 2],
  ])('rejects a malformed table (%s) with BAD_ALIAS_FILE naming file and line', (_label, text, line) => {
    const err = errorOf(() => parseAcronyms(text, '/x/acronyms.tsv'));
    expect(isKgError(err, 'BAD_ALIAS_FILE')).toBe(true);
    expect((err as Error).message).toContain(`/x/acronyms.tsv, line ${line}`);
  });

  it('ships short forms with other well-known meanings marked, and dominant ones not', () => {
    const t = defaultAcronyms();
    for (const short of ['CSA', 'FSA', 'EA', 'ECB', 'EC', 'CBI', 'BNP'])
      expect({ short, ambiguous: t.ambiguous.has(short.toLowerCase()) }).toEqual({ short, ambiguous: true });
    for (const short of ['AP', 'AFP', 'IRA', 'IMF', 'WTO', 'FDA'])
      expect({ short, ambiguous: t.ambiguous.has(short.toLowerCase()) }).toEqual({ short, ambiguous: false });
    expect(t.table.groupOf('CSA')?.canonical).toBe('Child Support Agency');
  });
});
