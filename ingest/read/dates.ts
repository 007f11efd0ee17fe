/**
 * Dates as written → ISO days (yyyy-mm-dd). Pure; no match gives null, never a guess and never
 * today's date. Understands ISO dates and timestamps, RFC 2822 ("Mon, 08 Nov 2021 10:00 GMT"),
 * "November 8, 2021", "8 November 2021", "Nov. 8 2021" and compact 20211108. A time zone never
 * moves the day: the day is the one written. Numeric d/m/y is ambiguous and left alone, except
 * US-style m/d/yyyy after "reported on" in the text (text-meta.ts).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month name or abbreviation ("Sept.", "November"). */
export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

export const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** yyyy-mm-dd when y, m, d form a real calendar day, else null. */
export function day(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$/, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), ymd: (m) => [+m[3]!, monthOf(m[1]!), +m[2]!] },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'), ymd: (m) => [+m[3]!, monthOf(m[2]!), +m[1]!] },
];

/** The first date written in `s` (whole-string ISO forms, or a month-name date anywhere). */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const found = day(...ymd(m));
    if (found) return found;
  }
  return null;
}

/** A date in a URL's path: /2021/11/08/, /2021-11-06/, 2021_11_08 (never a bare year/month). */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path);
  return m ? day(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** A file name that is a date: 2021-11-08.txt, 2021_11_08-story.md, 20211108.json. */
export function fileNameDate(path: string): string | null {
  const base = path.replace(/#\d+$/, '').split(/[\\/]/).pop() ?? '';
  const m = /^((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?=$|[^0-9])/.exec(base);
  return m ? day(+m[1]!, +m[2]!, +m[3]!) : null;
}
