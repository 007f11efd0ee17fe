/**
 * Generic events ("the attack", "the drone strike", "the assassination attempt"): the family of
 * an event noun and the qualifiers that pin one event down (its target, place, time and
 * instrument). Within an article, singular mentions of one family are one event unless a
 * qualifier differs; across articles they meet only when family, target and time agree
 * (keys.ts). Data: ingest/data/resolve/events.json.
 */
import data from '../data/resolve/events.json' with { type: 'json' };
import { isCountry, placeOf, singular } from './groups.js';

export interface EventSig {
  family: string;
  plural: boolean;
  /** A time in the event's own words ("the September attack", "the 2003 invasion"): another event than the article's own. */
  anchor?: string;
  instrument?: string;
  place?: string;
  /** What kind of the family it is ("leadership election" is no "general election"; events.json kinds). */
  kind?: string;
}

/** Qualifiers found around the mention: the target as a mention index (or `np:<noun>` for a thing), a time as yyyy-mm(-dd). */
export interface EventContext {
  target?: number | string;
  place?: string;
  time?: string;
}

const FAMILY = new Map<string, string>();
for (const [family, words] of Object.entries(data.families)) for (const w of words) FAMILY.set(w, family);
const INSTRUMENTS = new Set(data.instruments);
const KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(data.kinds as Record<string, string[]>).map(([f, ws]) => [f, new Set(ws)]),
);
const DROP = new Set(data.drop);

/** Leading date words are qualifiers, not part of the name ("October 10 parliamentary election"). */
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th)?,?|(?:(?:early|late|mid)-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/i;

const ANCHOR =
  /^(?:(?:19|20)\d{2}|january|february|march|april|june|july|august|september|october|november|december|last|previous|earlier|past)$/i;

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);

/** A generic name without leading words that do not name it ("possible coup attempt" → "coup attempt", "its own MPs" → "MPs"). */
export function trimLead(name: string): string {
  const ws = name.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < ws.length - 1 && (DROP.has(ws[i]!.toLowerCase()) || DATE_WORD.test(ws[i]!))) i++;
  return ws.slice(i).join(' ');
}
export const eventName = trimLead;

export function eventSig(name: string): EventSig {
  // Months and years only: "Sunday's attack" is the article's own event, "the September attack" another one.
  const anchor = words(name)
    .filter((w) => ANCHOR.test(w))
    .join(' ');
  const ws = words(eventName(name));
  const last = ws.at(-1) ?? '';
  const one = singular(last);
  const two = ws.length >= 2 ? `${ws.at(-2)} ${one}` : '';
  const family = FAMILY.get(two) ?? FAMILY.get(one) ?? FAMILY.get(last) ?? one;
  const sig: EventSig = { family, plural: one !== last && !FAMILY.has(last), ...(anchor ? { anchor } : {}) };
  for (const w of ws.slice(0, -1)) {
    if (INSTRUMENTS.has(w)) sig.instrument ??= singular(w);
    if (KINDS.get(family)?.has(w)) sig.kind ??= w;
    // A city before the noun is where it happened ("the Baghdad attack"); a country is more often who did it ("a US drone strike").
    const p = placeOf(w);
    if (p && !isCountry(p)) sig.place ??= p;
  }
  return sig;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const M = MONTHS.join('|');
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})|(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(${M}))\\s+((?:19|20)\\d{2})\\b`,
  'gi',
);

/** The explicit dates (with a year) in a sentence, as [offset, yyyy-mm(-dd)]. */
export function datesIn(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (const m of text.matchAll(DATE)) {
    const month = MONTHS.indexOf((m[2] ?? m[3] ?? m[5])!.toLowerCase()) + 1;
    const day = m[1] ?? m[4];
    const ym = `${m[6]}-${String(month).padStart(2, '0')}`;
    out.push([m.index, day ? `${ym}-${day.padStart(2, '0')}` : ym]);
  }
  return out;
}

/** Two event signatures (with their context) may be one event: nothing they both state differs. */
export function compatible(a: EventSig & EventContext, b: EventSig & EventContext, sameTarget: (x: number, y: number) => boolean): boolean {
  const same = (x: number | string, y: number | string): boolean =>
    typeof x === 'number' && typeof y === 'number' ? sameTarget(x, y) : x === y;
  if (a.family !== b.family || a.plural !== b.plural || a.anchor !== b.anchor) return false;
  if (a.instrument && b.instrument && a.instrument !== b.instrument) return false;
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.time && b.time && a.time !== b.time) return false;
  return !(a.target !== undefined && b.target !== undefined && !same(a.target, b.target));
}
