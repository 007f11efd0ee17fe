/**
 * Coreference (ingest/extract/coref.ts): a headline names an organisation by its kind and a person
 * by a title ("US bank 'loses' customer details", "Tory leader urges Harry apology"), the lead by
 * name: the one organisation or person of the opening sentences that fits, after every other
 * mention is resolved.
 */
import { isHeadlineLike } from '../../parse.js';
import type { Mention, Mentioned } from '../../types.js';
import { LEX } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { fitsKind, orgKind, THINGS } from '../things.js';
import { key } from './shared.js';

/** Sentences after a headline in which its description may find the organisation it stands for. */
const HEADLINE_REACH = 2;

/**
 * "US bank 'loses' customer details" over "Bank of America has lost ...": a headline names the
 * organisation by its kind and the lead by name. A headline's organisation word left unresolved
 * takes the one organisation of that kind the next sentences name (none when they name two).
 */
export function headlineOrganisations(c: Mentioned, ms: Mention[], info: readonly MentionInfo[]): void {
  const ts = c.tokens?.at(0);
  if (!ts || !isHeadlineLike(ts)) return;
  ms.forEach((m, i) => {
    // (the head word of a bare one: "US bank", "Japanese firm")
    const role = info[i]?.role ?? m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    const kindWord = THINGS.descriptorHeads.has(role) || THINGS.headlineKinds.has(role);
    if (m.sentence !== 0 || m.corefOf !== undefined || info[i]?.kind !== 'thing' || !kindWord || orgKind(role) !== 'company') return;
    const root = uniqueInLead(ms, info, i, (j) => ms[j]!.type === 'Organization' && fitsKind(role, ms[j]!.name));
    if (root !== undefined) m.corefOf = root;
  });
}

/** The one entity named (by a name mention) in the opening sentences after the headline that `fits`, or undefined. */
function uniqueInLead(ms: readonly Mention[], info: readonly MentionInfo[], i: number, fits: (j: number) => boolean): number | undefined {
  const names = new Map<string, number>();
  for (let j = i + 1; j < ms.length && ms[j]!.sentence <= HEADLINE_REACH; j++) {
    if (ms[j]!.sentence === 0 || info[j]?.kind !== 'name' || !fits(j)) continue;
    const root = ms[j]!.corefOf ?? j;
    if (!names.has(key(ms[root]!))) names.set(key(ms[root]!), root);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/**
 * "Tory leader urges Harry apology ... says Tory leader Michael Howard": a headline's title with no
 * name is the one person the opening sentences give that same title right before the name, word
 * for word or by its last word and capitalised words ("Iran's top general" ... "General Esmail Ghani").
 */
export function headlinePersons(c: Mentioned, ms: Mention[], info: readonly MentionInfo[]): void {
  const ts = c.tokens?.at(0);
  if (!ts || !isHeadlineLike(ts)) return;
  ms.forEach((m, i) => {
    const mi = info[i];
    if (m.sentence !== 0 || m.corefOf !== undefined || !mi || mi.kind === 'name' || mi.kind === 'pronoun') return;
    const words = ts.slice(mi.s, mi.e).map((t) => t.norm);
    if (!LEX.personRoles.has(words.at(-1)!)) return;
    const title = words.join(' ');
    const head = words.at(-1)!;
    // "Iran's top general ... General Esmail Ghani": the title's word alone, when the headline's
    // capitalised words before it (other than an owner: "Iran's") stand before the name too.
    const named = ts.slice(mi.s, mi.e - 1).filter((t) => /^\p{Lu}/u.test(t.text) && !/['’]s?$/u.test(t.text));
    const root = uniqueInLead(ms, info, i, (j) => {
      const mj = info[j]!;
      if (ms[j]!.type !== 'Person') return false;
      const lead = c.tokens?.at(ms[j]!.sentence) ?? [];
      const before = lead.slice(Math.max(0, mj.s - words.length), mj.s);
      if (before.map((t) => t.norm).join(' ') === title) return true;
      const near = lead.slice(Math.max(0, mj.s - 4), mj.s).map((t) => t.norm);
      return (near.at(-1) === head || mj.role === head) && named.every((t) => near.includes(t.norm));
    });
    if (root !== undefined) m.corefOf = root;
  });
}
