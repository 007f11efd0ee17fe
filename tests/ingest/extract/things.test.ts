import { describe, expect, it } from '@jest/globals';
import { fitsKind } from '../../../ingest/extract/things.js';

// Antecedents met in BBC articles (business/403, business/293, politics/095, business/307).
describe('fitsKind: which organisation "the <noun>" can name', () => {
  it('keeps a company noun off an outlet, a board or a supporters association', () => {
    expect(fitsKind('company', 'Wall Street Journal')).toBe(false);
    expect(fitsKind('club', 'United board')).toBe(false);
    expect(fitsKind('club', 'Independent Manchester United Supporters')).toBe(false);
  });

  it('lets a noun name an organisation of its own kind', () => {
    expect(fitsKind('company', 'Cairn Energy')).toBe(true);
    expect(fitsKind('union', 'First Division Association')).toBe(true);
    expect(fitsKind('party', 'Conservative Party')).toBe(true);
  });

  it('lets a name with no kind word be named by any noun', () => {
    expect(fitsKind('company', 'Microsoft')).toBe(true);
    expect(fitsKind('party', 'Labour')).toBe(true);
  });
});
