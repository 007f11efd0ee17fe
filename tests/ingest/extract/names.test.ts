import { describe, expect, it } from '@jest/globals';
import { cleanName } from '../../../ingest/extract/names.js';
import { read } from '../../utils/sentence.js';

// Real headlines and sentences of BBC articles outside the dev gold (the file is in each test's name).

describe('entity names: quotation marks whose partner the phrase cut off', () => {
  it('drops a quote opened inside the name and closed outside it (politics/007, politics/111)', () => {
    const fox = read("Fox attacks Blair's Tory 'lies'");
    expect(fox.map((r) => r.o)).toContain("Blair's Tory lies");
    const veritas = read(
      'He told a London news conference that Veritas - Latin for "truth" - would avoid the old parties\' "lies and spin".',
    );
    expect(veritas.map((r) => r.o).filter((o) => /"/.test(o))).toEqual([]);
  });

  it("keeps the apostrophe of a plural's possessive (politics/046)", () => {
    expect(cleanName("MPs' spouses")).toBe("MPs' spouses");
    expect(cleanName("Welsh' plan")).toBe('Welsh plan');
    expect(cleanName("'Big Brother'")).toBe('Big Brother');
  });
});
