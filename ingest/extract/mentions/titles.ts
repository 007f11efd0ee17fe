/**
 * Mentions (ingest/extract/mentions.ts): a proper name with what stands before it in its chunk: a
 * title ("Metropolitan Police Commissioner Sir John Stevens", innerTitle), a party before a role
 * ("Conservative leader Michael Howard"), an organisation or a place run into a person's name
 * ("BBC news correspondent Gary O'Donoghue", "Prime Minister of Iraq Mustafa Al-Kadhimi"), each a
 * mention of its own (namesAt).
 */
import type { Token } from '../../parse.js';
import { partyOf } from '../../resolve/groups.js';
import { HONORIFICS } from '../entity-data.js';
import { LEX } from '../lexicon.js';
import { type Found, isRole, nameMention, rolePrefix, titleLength } from '../names.js';
import { has } from '../tokens.js';
import { gazetteerType, W } from '../typing.js';
import { isProper } from './proper.js';
import { spanText } from './shared.js';

/**
 * Title at the start, or after a modifier ("Metropolitan Police Commissioner Sir John Stevens",
 * "Home Office Minister Lord Falconer"); `at` is where the title starts. Never inside an
 * "X of Y" name ("Association of Chief Police Officers").
 */
export function innerTitle(ts: readonly Token[], s: number, e: number): { n: number; title: string; at: number } {
  // (no name starts at an "of": "US Secretary | of State" is all title)
  const none = { n: 0, title: '', at: s };
  const first = { ...titleLength(ts, s, e), at: s };
  if (first.n) return ts[s + first.n]?.norm === 'of' ? none : first;
  for (let i = s + 1; i < e - 1; i++) {
    if (ts[i - 1]!.norm === 'of' || ts[i - 1]!.norm === 'for') break;
    const t = titleLength(ts, i, e);
    if (ts[i + t.n]?.norm === 'of') continue;
    const honorific = HONORIFICS.has(t.title.split(' ').at(-1) ?? '');
    if (t.n && e - (i + t.n) >= (honorific ? 1 : 2)) return { n: t.n, title: t.title, at: i };
  }
  return first;
}

/**
 * A proper name [k, b) (chunk from a). A known name is whole ("General Mills", not General +
 * Mills); an organisation before a title or role is a mention of its own ("Home Office Minister
 * Lord Falconer", "BBC news correspondent Gary O'Donoghue"); so is the place in "Prime Minister
 * of Iraq Mustafa Al-Kadhimi".
 */
export function namesAt(ts: readonly Token[], a: number, k: number, b: number, out: Found[]): void {
  if (gazetteerType(spanText(ts, k, b))) {
    out.push({ ...nameMention(ts, k, b), from: k });
    return;
  }
  if (ts[k - 1]?.norm === 'of' && k === a && LEX.titles.has(ts[k - 2]?.norm ?? '')) {
    const len = [2, 1].find((l) => k + l < b && gazetteerType(spanText(ts, k, k + l)) === 'Place');
    if (len) {
      out.push(nameMention(ts, k, k + len));
      k += len;
    }
  }
  // "BBC Michael Howard", "Iraq Mustafa Al-Kadhimi": a known organisation or place run into a person's name.
  for (const len of [3, 2, 1]) {
    const known = k + len + 2 <= b && has(ts[k + len], 'FirstName') ? gazetteerType(spanText(ts, k, k + len)) : null;
    if (known && known !== 'Concept') {
      out.push(nameMention(ts, k, k + len));
      k += len;
      break;
    }
  }
  const { n, title, at } = innerTitle(ts, k, b);
  if (at + n >= b) return;
  // "Conservative leader Michael Howard", "Lib Dem leader Charles Kennedy": a party before the role.
  let r = k - 1; // over "shadow", "former": "Tory shadow chancellor Oliver Letwin"
  while (r - 1 > a && (LEX.roleModifiers.has(ts[r - 1]!.norm) || LEX.roleTimes.has(ts[r - 1]!.norm))) r--;
  const party = at === k && r > a && isRole(ts[k - 1]!) ? partyBefore(ts, a, r) : null;
  if (party) {
    out.push(party);
    out.push(nameMention(ts, at, b, title));
    return;
  }
  let pre = at > k ? [k, at] : rolePrefix(ts, a, k, (i) => isProper(ts, i));
  // "Metropolitan Police Commissioner Sir John Stevens": the role closing the prefix is not the organisation.
  while (pre && pre[1]! > pre[0]! && isRole(ts[pre[1]! - 1]!)) pre = [pre[0]!, pre[1]! - 1];
  if (pre && pre[1]! > pre[0]!) {
    const place = placeBefore(ts, pre[0]!, pre[1]!);
    if (place) {
      out.push(nameMention(ts, pre[0]!, place));
      pre = [place, pre[1]!];
    }
    const f = nameMention(ts, pre[0]!, pre[1]!);
    if (f.kind === 'name' && (f.weight ?? 0) < W.context) Object.assign(f, { type: 'Organization', weight: W.context });
    out.push(f);
  }
  out.push(nameMention(ts, at, b, title));
}

/**
 * "in Las Vegas Microsoft boss Bill Gates", "in Paris Nokia chief Jorma Ollila": a known place run
 * into a known organisation before a role (an opening place phrase with no comma) is a mention of
 * its own; the end of the place, or null ("London Stock Exchange boss" is one name).
 */
function placeBefore(ts: readonly Token[], s: number, e: number): number | null {
  if (gazetteerType(spanText(ts, s, e))) return null;
  const org = (k: number): boolean => gazetteerType(spanText(ts, k, e)) === 'Organization';
  const len = [3, 2, 1].find((l) => s + l < e && gazetteerType(spanText(ts, s, s + l)) === 'Place' && org(s + l));
  return len ? s + len : null;
}

/** A party named by its capitalised qualifier right before token `e` ("Conservative", "Lib Dem"), as a mention. */
function partyBefore(ts: readonly Token[], a: number, e: number): Found | null {
  for (const len of [2, 1]) {
    const s = e - len;
    if (s < a || ts.slice(s, e).some((t) => !/^\p{Lu}/u.test(t.text) || /[,;:()]/.test(t.post))) continue;
    const name = partyOf(spanText(ts, s, e));
    if (name) return { s, e, kind: 'name', type: 'Organization', place: name, weight: W.gazetteer };
  }
  return null;
}
