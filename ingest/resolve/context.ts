/**
 * What the words around an event mention say about it: its target ("the attack on Kadhimi's
 * residence", "Soleimani's assassination"), its place ("the attack in Baghdad") and an explicit
 * date in its sentence ("on 7 November 2021"). Pure, over one article's tokens and mentions.
 */
import type { MentionInfo } from '../extract/names.js';
import type { Token } from '../nlp.js';
import type { Mention, Sentence } from '../types.js';
import { datesIn, type EventContext } from './events.js';
import { placeOf } from './groups.js';

const TARGET_PREPS = new Set(['on', 'against', 'targeting', 'of', 'at']);
const ACTORS = new Set(['name', 'group']);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** The first actor mention that starts in tokens [from, to) of sentence si, following coreference; `where`: only after "in", "at". */
function actorIn(mentions: readonly Mention[], info: readonly MentionInfo[], si: number, from: number, to: number, ts: readonly Token[] = [], where?: boolean): number | undefined {
  for (let j = 0; j < mentions.length; j++) {
    const mj = info[j]!;
    if (mj.sentence !== si || mj.s < from || mj.s >= to) continue;
    if (where !== undefined && LOCATIVE.has(ts[mj.s - 1]?.norm ?? '') !== where) continue;
    if (mentions[j]!.corefOf !== undefined) return mentions[j]!.corefOf;
    if (ACTORS.has(mj.kind)) return j;
  }
  return undefined;
}

export function eventContexts(mentions: readonly Mention[], info: readonly MentionInfo[], tokens: readonly (readonly Token[])[], sentences: readonly Sentence[]): (EventContext | undefined)[] {
  return mentions.map((m, i) => {
    const mi = info[i];
    if (mi?.kind !== 'event') return undefined;
    const ts = tokens[m.sentence] ?? [];
    const cx: EventContext = {};
    const prep = ts[mi.e]?.norm ?? '';
    if (TARGET_PREPS.has(prep)) {
      const t = actorIn(mentions, info, m.sentence, mi.e + 1, mi.e + 5, ts, prep === 'at' ? undefined : false);
      if (t !== undefined && prep === 'at' && mentions[t]!.type === 'Place') cx.place = placeOf(mentions[t]!.name) ?? mentions[t]!.name.toLowerCase();
      else if (t !== undefined) cx.target = t;
    }
    // "Kadhimi's assassination": a possessive actor right before the event.
    if (cx.target === undefined && mi.s > 0 && /['’]s?$/.test(ts[mi.s - 1]?.text ?? '')) {
      const t = actorIn(mentions, info, m.sentence, mi.s - 3, mi.s);
      if (t !== undefined && mentions[t]!.type !== 'Place') cx.target = t;
    }
    for (let k = mi.e; k < Math.min(ts.length - 1, mi.e + 6) && !cx.place; k++) {
      if (ts[k]!.norm !== 'in') continue;
      const p = actorIn(mentions, info, m.sentence, k + 1, k + 2);
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
