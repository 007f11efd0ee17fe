/**
 * Metadata a plain-text article carries in its own first lines: a source URL on a line of its own,
 * and a publication date from a date line ("Published: 3 January 2021"), a dateline ("WASHINGTON,
 * Jan. 3, 2021 —") or a byline ("… reported on 11/09/2021", "reports for IranWire (November 8,
 * 2021)"). Dates that merely occur in the story ("an attack on 7 November 2021") are events, not
 * publication dates, and are left to event-date.ts. Pure; no match gives null.
 */
import { MONTH, day, isoDay } from './dates.js';

/** How far into an article its date line, dateline or byline may be. */
const HEAD_LINES = 8;
const HEAD_CHARS = 700;

const head = (text: string): string[] =>
  text
    .slice(0, 4000)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);

/** A line among the first three that is only an http(s) URL. */
export function textUrl(text: string): string | null {
  for (const line of head(text).slice(0, 3)) {
    if (!/^https?:\/\/\S+$/i.test(line)) continue;
    try {
      return new URL(line).toString();
    } catch {
      /* not a URL after all */
    }
  }
  return null;
}

const DATE_LINE = /^(?:(?:first\s+)?published|updated|last\s+updated|posted|date)\b\s*(?:on|:)?\s*/i;
const DATELINE = new RegExp(
  `^[A-Z][A-Za-z.' -]{1,40}(?:\\([^)]{1,30}\\))?,?\\s+(?:\\w+day,?\\s+)?((?:${MONTH}|\\d{1,2})[^—–\\n]{2,20}?\\d{4})\\s*(?:[-—–(]|$)`,
  'i',
);
const BYLINE =
  /\b(?:reported|reports|published|wrote|writes)\s+(?:on\s+|for\s+[A-Z][^.\n(]{0,40}?\s*)?\(?(\d{1,2}\/\d{1,2}\/\d{4}|[^.\n()]{0,14}?\d{4})/;
/** What may stand on a date line besides the date: weekdays, times, zones. */
const NOISE = new RegExp(
  `\\b${MONTH}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:am|pm|gmt|utc|bst|cet|est|edt|et|pt|at|on|the|of)\\b|[^a-z]`,
  'gi',
);

/** m/d/yyyy (US order), used only after "reported on". */
const usDate = (s: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  return m ? day(+m[3]!, +m[1]!, +m[2]!) : null;
};

/** The publication date the text states about itself, or null. */
export function textDate(text: string): string | null {
  const lines = head(text);
  for (const line of lines) {
    if (line.length > 80) continue;
    const rest = line.replace(DATE_LINE, '');
    const found = isoDay(rest);
    // A date line: the date (with a weekday, a time, a zone) is the whole line, after "Published:" or the like.
    if (found && rest.replace(NOISE, '').length <= 2) return found;
  }
  for (const line of lines) {
    const m = DATELINE.exec(line);
    const found = m ? isoDay(m[1]) : null;
    if (found) return found;
  }
  const m = BYLINE.exec(text.slice(0, HEAD_CHARS));
  return m ? (usDate(m[1]!) ?? isoDay(m[1])) : null;
}
