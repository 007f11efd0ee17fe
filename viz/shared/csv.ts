/**
 * CSV as RFC 4180 has it: a field holding a comma, a double quote, CR or LF is enclosed in double
 * quotes with its quotes doubled; records (the header first) end with CRLF; every record has the
 * header's number of fields. Pure, so the CLI and the explorer share it.
 */
export const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The header and rows as one CSV text; rows shorter or longer than the header are an error. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const r of rows) if (r.length !== header.length) throw new Error(`csv: a row has ${r.length} fields, the header ${header.length}`);
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
