/**
 * Where the subject and object appear in an evidence sentence: case-insensitive matches of their
 * names and aliases (longest first), as non-overlapping ranges. Pure; no match gives no range.
 */
export interface Range {
  start: number;
  end: number;
  role: 'subject' | 'object';
}

export function findRanges(text: string, subject: string[], object: string[]): Range[] {
  const lower = text.toLowerCase();
  const wanted = [...subject.map((n) => ({ n, role: 'subject' as const })), ...object.map((n) => ({ n, role: 'object' as const }))]
    .map((w) => ({ ...w, n: w.n.replace(/[.\s]+$/u, '').trim() }))
    .filter((w) => w.n.length >= 2)
    .sort((a, b) => b.n.length - a.n.length);
  const taken: Range[] = [];
  for (const { n, role } of wanted) {
    const needle = n.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      const r = { start: i, end: i + needle.length, role };
      if (!taken.some((t) => t.start < r.end && r.start < t.end)) taken.push(r);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Text split into plain and marked pieces, in order. */
export function pieces(text: string, ranges: Range[]): { text: string; role?: Range['role'] }[] {
  const out: { text: string; role?: Range['role'] }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push({ text: text.slice(at, r.start) });
    out.push({ text: text.slice(r.start, r.end), role: r.role });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
