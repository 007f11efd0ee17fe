/**
 * What the words around an event mention say about it: its target ("the attack on Kadhimi's
 * residence", "Soleimani's assassination"), its place ("the attack in Baghdad") and an explicit
 * date in its sentence ("on 7 November 2021"). Pure, over one article's tokens and mentions.
 */
import type { SentenceAnalysis } from '../extract/clauses.js';
import { isRole, type MentionInfo } from '../extract/names.js';
import { has } from '../extract/tokens.js';
import type { Token } from '../parse.js';
import type { Mention, PerSentence, Sentence } from '../types.js';
import { datesIn, type EventContext } from './events.js';
import { placeOf } from './groups.js';

const TARGET_PREPS = new Set(['on', 'against', 'targeting', 'of', 'at']);
const ACTORS = new Set(['name', 'group']);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);
const VICTIM_VERBS = new Set(['kill', 'target', 'hit', 'wound', 'injure', 'strike', 'destroy', 'damage', 'assassinate', 'claim']);
const POSSESSIVE = new Set(['his', 'her']);

/** An article's mentions, with the indexes of each sentence's mentions in order (no scan of the article per event). */
interface Mentions {
  mentions: readonly Mention[];
  info: readonly MentionInfo[];
  bySentence: readonly (readonly number[])[];
}

function indexMentions(mentions: readonly Mention[], info: readonly MentionInfo[]): Mentions {
  const bySentence: number[][] = [];
  info.forEach((mi, j) => {
    (bySentence[mi.sentence] ??= []).push(j);
  });
  return { mentions, info, bySentence };
}

/** The one person named in sentence si before token `before`, else undefined. */
function onlyPerson({ mentions, info, bySentence }: Mentions, si: number, before: number): number | undefined {
  const people = (bySentence[si] ?? []).filter((j) => info[j]!.s < before && info[j]!.kind === 'name' && mentions[j]!.type === 'Person');
  return people.length === 1 ? people[0] : undefined;
}

/**
 * The first actor mention that starts in tokens [from, to) of sentence si (the last one with
 * `last`, the head of a phrase such as "Iran's Qassem Suleimani"), following coreference;
 * `where`: only after "in", "at" (true) or never after them (false).
 */
function actorIn(
  { mentions, info, bySentence }: Mentions,
  si: number,
  from: number,
  to: number,
  ts: readonly Token[] = [],
  where?: boolean,
  last = false,
): number | undefined {
  let found: number | undefined;
  for (const j of bySentence[si] ?? []) {
    const mj = info[j]!;
    if (mj.s < from || mj.s >= to) continue;
    if (where !== undefined && LOCATIVE.has(ts[mj.s - 1]?.norm ?? '') !== where) continue;
    // "his Baghdad residence": a name that only modifies the noun after it is not the target.
    const next = ts[mj.e];
    if (where !== true && next && has(next, 'Noun') && !has(next, 'ProperNoun') && !/['’]s?$/u.test(ts[mj.e - 1]?.text ?? '')) continue;
    const hit = mentions[j]!.corefOf ?? (ACTORS.has(mj.kind) ? j : undefined);
    if (hit !== undefined && !last) return hit;
    found = hit ?? found;
  }
  return found;
}

/** The phrase after a preposition is a role ("the Iraqi prime minister", "the Prime Minister of Iraq"). */
function roleAfter(ts: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(ts.length, from + 4); k++) {
    if (isRole(ts[k]!)) return true;
    if (
      !(
        has(ts[k], 'Determiner') ||
        has(ts[k], 'Adjective') ||
        has(ts[k], 'Demonym') ||
        /^(?:prime|deputy|vice|foreign|interior)$/i.test(ts[k]!.text)
      )
    )
      return false;
  }
  return false;
}

/** "the drone strike on the home of Iraqi Prime Minister Mustafa Kazemi": the owner of the thing attacked. */
function ownerAfter(at: Mentions, si: number, ts: readonly Token[], from: number): number | undefined {
  const of = ts.findIndex((t, k) => k >= from && k < from + 4 && t.norm === 'of');
  if (of < 0) return undefined;
  return actorIn(at, si, of + 1, of + 7, ts, false, true);
}

/** "an attack on an Iraqi military base": no actor, but a thing (`np:base`) that tells two attacks apart. */
function nounAfter(ts: readonly Token[], from: number): string | undefined {
  for (let k = from; k < Math.min(ts.length, from + 5); k++) {
    const t = ts[k]!;
    if (has(t, 'Date') || has(t, 'Value') || has(t, 'WeekDay')) return undefined; // "the strike on Friday": a time, not a target
    if (has(t, 'Noun') && !has(t, 'Pronoun') && !has(ts[k + 1], 'Noun')) return `np:${t.norm}`;
    if (!(has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Noun'))) return undefined;
  }
  return undefined;
}

/** "A US drone strike on Friday killed Qassem Suleimani": the victim of the clause the event is the subject of. */
function victim(
  an: SentenceAnalysis | undefined,
  mi: MentionInfo,
  find: (from: number, to: number) => number | undefined,
): number | undefined {
  for (const c of an?.clauses ?? []) {
    if (!c.subj || !c.obj || c.vg.passive || mi.s < c.subj.s || mi.e > c.subj.e || !VICTIM_VERBS.has(c.vg.lemma)) continue;
    return find(c.obj.s, c.obj.e);
  }
  return undefined;
}

export function eventContexts(
  mentions: readonly Mention[],
  info: readonly MentionInfo[],
  tokens: PerSentence<readonly Token[]>,
  sentences: readonly Sentence[],
  analyses: PerSentence<SentenceAnalysis> = [],
): (EventContext | undefined)[] {
  const at = indexMentions(mentions, info);
  return mentions.map((m, i) => {
    const mi = info[i];
    if (mi?.kind !== 'event') return undefined;
    const ts = tokens.at(m.sentence) ?? [];
    const cx: EventContext = {};
    const prep = ts[mi.e]?.norm ?? '';
    // "a drone attack on his residence": the one person the sentence names before it.
    const owner = POSSESSIVE.has(ts[mi.e + 1]?.norm ?? '') ? onlyPerson(at, m.sentence, mi.s) : undefined;
    if (TARGET_PREPS.has(prep) && owner !== undefined) cx.target = owner;
    else if (TARGET_PREPS.has(prep) && roleAfter(ts, mi.e + 1)) {
      // "the attack on the Prime Minister of Iraq": a person we cannot name here; left open.
    } else if (TARGET_PREPS.has(prep)) {
      const t = actorIn(at, m.sentence, mi.e + 1, mi.e + 5, ts, prep === 'at' ? undefined : false);
      if (t !== undefined && prep === 'at' && mentions[t]!.type === 'Place')
        cx.place = placeOf(mentions[t]!.name) ?? mentions[t]!.name.toLowerCase();
      else if (t !== undefined) cx.target = t;
      else cx.target = ownerAfter(at, m.sentence, ts, mi.e + 1) ?? nounAfter(ts, mi.e + 1);
    }
    if (cx.target === undefined)
      cx.target = victim(analyses.at(m.sentence), mi, (a, b) => actorIn(at, m.sentence, a, b, ts, undefined, true));
    // "Kadhimi's assassination": a possessive actor right before the event.
    if (cx.target === undefined && mi.s > 0 && /['’]s?$/.test(ts[mi.s - 1]?.text ?? '')) {
      const t = actorIn(at, m.sentence, mi.s - 3, mi.s);
      if (t !== undefined && mentions[t]!.type !== 'Place') cx.target = t;
    }
    for (let k = mi.e; k < Math.min(ts.length - 1, mi.e + 6) && !cx.place; k++) {
      if (ts[k]!.norm !== 'in') continue;
      const p = actorIn(at, m.sentence, k + 1, k + 2);
      if (p !== undefined && mentions[p]!.type === 'Place') cx.place = placeOf(mentions[p]!.name) ?? mentions[p]!.name.toLowerCase();
    }
    const s = sentences[m.sentence];
    if (s) {
      const at = m.start - s.start;
      const near = datesIn(s.text).sort((a, b) => Math.abs(a[0] - at) - Math.abs(b[0] - at))[0];
      if (near) cx.time = near[1];
    }
    return cx;
  });
}
