/**
 * Checks over all of one article's entities once they are clustered (local.ts):
 *   contrastForms   "Leadplex Inc" and "Leadplex LLC" in one article are two companies: their
 *                   keys keep the company form (elsewhere "X Inc" and "X" share a key); two
 *                   spellings of one form are one ("News Corp" and "News Corporation");
 *   sharedSurnames  a surname two people named in full share ("Donna Clarkson", "Lana
 *                   Clarkson") does not identify either, so it is not listed among their aliases
 *                   (the merge it made stays in the audit).
 */
import { LEGAL_SUFFIX_SHORT, LEGAL_SUFFIXES } from './data.js';
import { absorbDraft, type Draft } from './drafts.js';
import { fullness, parseName, type NameInfo } from './normalize.js';

const fullestOf = (d: Draft): NameInfo | undefined =>
  [...d.joined.keys()].map((n) => parseName(n, d.known.type)).sort((a, b) => fullness(b) - fullness(a))[0];

export function contrastForms(drafts: readonly Draft[]): void {
  const byKey = new Map<string, { d: Draft; form: string }[]>();
  for (const d of drafts) {
    if (!d.keyed?.key.startsWith('n:') || d.known.type === 'Person') continue;
    const last = fullestOf(d)?.tokens.at(-1) ?? '';
    const list = byKey.get(d.keyed.key) ?? [];
    list.push({ d, form: LEGAL_SUFFIXES.has(last) ? (LEGAL_SUFFIX_SHORT.get(last) ?? last) : '' });
    byKey.set(d.keyed.key, list);
  }
  for (const list of byKey.values()) {
    if (new Set(list.map((x) => x.form).filter(Boolean)).size < 2) continue;
    for (const { d, form } of list) if (form) d.keyed = { key: `${d.keyed!.key}|${form}`, scope: d.keyed!.scope };
  }
}

/**
 * A short form the article defines ("General Motors (GM)") names that entity everywhere in the
 * article, also where it came first ("Safety alert as GM recalls cars"): drafts holding nothing
 * but that short form join the defining entity.
 */
export function definedShortForms(drafts: readonly Draft[], owner: (Draft | null)[]): void {
  const norms = new Map<string, string>();
  const norm = (n: string): string => {
    let v = norms.get(n);
    if (v === undefined) norms.set(n, (v = parseName(n).norm));
    return v;
  };
  // A draft holding nothing but the short form has it as its founding name, which never changes:
  // only the drafts founded by that form are looked at, in their order (not every draft per form).
  const byFirst = new Map<string, Draft[]>();
  for (const d of drafts) {
    const first = norm(d.joined.keys().next().value!);
    const list = byFirst.get(first);
    if (list) list.push(d);
    else byFirst.set(first, [d]);
  }
  const moves = new MentionMoves(owner);
  for (const d of drafts) {
    for (const [name, rule] of d.joined) {
      if (rule !== 'acronym') continue;
      const short = norm(name);
      for (const other of byFirst.get(short) ?? []) {
        if (other === d || other.mentions === 0 || ![...other.joined.keys()].every((n) => norm(n) === short)) continue;
        absorbDraft(d, other, 'acronym');
        other.mentions = 0;
        moves.move(other, d);
      }
    }
  }
}

/**
 * Re-points the mentions of one draft to another (`owner[i] = into` wherever `owner[i] === from`)
 * without a pass over every mention per move: the mentions of each draft are listed once, on the
 * first move, and each move carries its list along.
 */
export class MentionMoves {
  private byDraft: Map<Draft, number[]> | null = null;

  constructor(private readonly owner: (Draft | null)[]) {}

  move(from: Draft, into: Draft): void {
    if (from === into) return;
    if (!this.byDraft) {
      this.byDraft = new Map();
      this.owner.forEach((o, i) => {
        if (!o) return;
        const list = this.byDraft!.get(o);
        if (list) list.push(i);
        else this.byDraft!.set(o, [i]);
      });
    }
    const moved = this.byDraft.get(from);
    if (!moved) return;
    for (const i of moved) this.owner[i] = into;
    const list = this.byDraft.get(into);
    if (list) for (const i of moved) list.push(i);
    else this.byDraft.set(into, moved);
    this.byDraft.delete(from);
  }
}

export function sharedSurnames(drafts: readonly Draft[]): Set<string> {
  const owners = new Map<string, Set<Draft>>();
  for (const d of drafts) {
    if (d.known.type !== 'Person') continue;
    for (const n of d.joined.keys()) {
      const p = parseName(n, 'Person');
      if (p.tokens.length < 2) continue;
      const set = owners.get(p.tokens.at(-1)!) ?? new Set();
      set.add(d);
      owners.set(p.tokens.at(-1)!, set);
    }
  }
  return new Set([...owners].filter(([, ds]) => ds.size > 1).map(([s]) => s));
}
