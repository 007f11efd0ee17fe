/**
 * Entity-level extraction on real sentences (tests/fixtures/extract/entities.json): names come
 * out whole, typed, without titles or stray words; fragments and nationality words never do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLocal, resolveAll } from '../../../ingest/pipeline.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

interface Case {
  id: string;
  src: string;
  text: string;
  entities?: { name: string; type: string }[];
  never?: string[];
}
const fixture = JSON.parse(readFileSync(join('tests', 'fixtures', 'extract', 'entities.json'), 'utf8')) as { cases: Case[] };
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('entity extraction (real sentences)', () => {
  for (const c of fixture.cases) {
    it(`${c.id} (${c.src})`, () => {
      const local = extractLocal({ source: c.src, text: c.text, format: 'txt' }, world);
      // A stage that fails on a sentence says so in a message; none may fail on these.
      expect(local.messages.filter((m) => m.code.endsWith('_FAILED'))).toEqual([]);
      const [x] = resolveAll([local]);
      const found = x!.entities.map((e) => `${e.name}:${e.type} [${e.aliases.join(', ')}]`).join('; ');
      for (const e of c.entities ?? []) {
        const hit = x!.entities.some((n) => n.type === e.type && [n.name, ...n.aliases].some((a) => norm(a) === norm(e.name)));
        expect({ entity: e, found: hit ? 'yes' : found }).toEqual({ entity: e, found: 'yes' });
      }
      for (const bad of c.never ?? []) {
        const hit = x!.entities.find((n) => [n.name, ...n.aliases].some((a) => norm(a) === norm(bad)));
        expect({ never: bad, found: hit?.name ?? null }).toEqual({ never: bad, found: null });
      }
    });
  }
});
