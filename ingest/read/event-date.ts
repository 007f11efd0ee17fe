/**
 * An event's own date, as a sentence states it ("on November 7", "in the early hours of 7
 * November", "on Sunday, November 7, 2021"), kept apart from the report date. A date without a
 * year takes the report's year, or the year before when that would put the event after the
 * report; without a report date such a date stays unknown. Pure; no match gives null.
 */
import { MONTH, day, monthOf } from './dates.js';

const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';
const MONTH_DAY = new RegExp(`\\b(?:on|of|since)\\s+${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${YEAR}`, 'i');
const DAY_MONTH = new RegExp(
  `\\b(?:on|of|since)\\s+(?:the\\s+)?${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b${YEAR}`,
  'i',
);

function resolveYear(m: number, d: number, year: string | undefined, report: string | null): string | null {
  if (year) return day(+year, m, d);
  if (!report) return null;
  const y = Number(report.slice(0, 4));
  const same = day(y, m, d);
  return same && same <= report ? same : day(y - 1, m, d);
}

export function eventDate(sentence: string, reportDate: string | null): string | null {
  const report = reportDate && /^\d{4}-\d{2}-\d{2}/.test(reportDate) ? reportDate.slice(0, 10) : null;
  const a = MONTH_DAY.exec(sentence);
  if (a) return resolveYear(monthOf(a[1]!), +a[2]!, a[3], report);
  const b = DAY_MONTH.exec(sentence);
  if (b) return resolveYear(monthOf(b[2]!), +b[1]!, b[3], report);
  return null;
}
