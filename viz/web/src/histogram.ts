/**
 * The timeline's bins: statements per day (from the facets) grouped into day, week, month or
 * year bins so that a domain of any length gets between about 20 and 120 bars. Weeks start on
 * Monday. Pure; dates are yyyy-mm-dd strings, arithmetic in UTC days.
 */
export interface Bin {
  from: string;
  to: string;
  n: number;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

const DAY = 86_400_000;
export const toDay = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
export const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export function unitFor(from: string, to: string): Unit {
  const days = toDay(to) - toDay(from) + 1;
  return days <= 120 ? 'day' : days <= 7 * 120 ? 'week' : days <= 366 * 10 ? 'month' : 'year';
}

/** The first day of the bin that holds `day`. */
export function binStart(day: number, unit: Unit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear(), unit === 'month' ? d.getUTCMonth() : 0, 1) / DAY;
}

function next(start: number, unit: Unit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const d = new Date(start * DAY);
  return Date.UTC(d.getUTCFullYear() + (unit === 'year' ? 1 : 0), d.getUTCMonth() + (unit === 'month' ? 1 : 0), 1) / DAY;
}

/** Every bin from the one holding `from` to the one holding `to`, empty ones included. */
export function bins(counts: Record<string, number>, from: string, to: string, unit = unitFor(from, to)): Bin[] {
  const out: Bin[] = [];
  const index = new Map<number, Bin>();
  for (let d = binStart(toDay(from), unit), end = toDay(to); d <= end; d = next(d, unit)) {
    const b = { from: toIso(d), to: toIso(next(d, unit) - 1), n: 0 };
    out.push(b);
    index.set(d, b);
  }
  for (const [date, n] of Object.entries(counts)) {
    const b = index.get(binStart(toDay(date), unit));
    if (b) b.n += n;
  }
  return out;
}

/** The earliest and latest day with statements, or null when none is dated. */
export function extent(counts: Record<string, number>): { from: string; to: string } | null {
  const days = Object.keys(counts).sort();
  return days.length ? { from: days[0]!, to: days[days.length - 1]! } : null;
}
