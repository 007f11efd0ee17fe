import { describe, expect, it } from '@jest/globals';
import { newPassword } from '../../graph/server/auth.js';

describe('newPassword', () => {
  // neo4j-admin's command line reads an argument opening with "-" as an option: a generated password
  // starting so failed one first start in 64 ("Missing required parameter: '<password>'").
  it('never opens with "-", over many draws', () => {
    const drawn = Array.from({ length: 5000 }, newPassword);
    expect(drawn.filter((p) => p.startsWith('-'))).toEqual([]);
    expect(new Set(drawn.map((p) => p.length))).toEqual(new Set([32]));
    expect(drawn.some((p) => p.includes('-'))).toBe(true); // the alphabet still has "-" inside
  });
});
