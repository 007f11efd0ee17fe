/** Printing query results: a row array as an aligned table, JSON, or CSV (RFC 4180: CRLF after every record). */
import { InvalidArgumentError } from 'commander';
import type { GraphNode, GraphRel } from '../graph/read.js';
import { csvTable } from '../viz/shared/csv.js';

export type Format = 'table' | 'json' | 'csv';

const isNode = (v: unknown): v is GraphNode => typeof v === 'object' && v !== null && 'labels' in v && 'properties' in v;
const isRel = (v: unknown): v is GraphRel => typeof v === 'object' && v !== null && 'type' in v && 'start' in v && 'properties' in v;

/** A compact one-cell rendering of any value. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (isNode(v)) return `(:${v.labels.join(':')} ${JSON.stringify(v.properties.name ?? v.properties.title ?? v.properties.id ?? '')})`;
  if (isRel(v)) return `[:${v.type}${v.properties.polarity === 'negative' ? ' (negative)' : ''}]`;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function formatRows(rows: Record<string, unknown>[], columns: string[], format: Format): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'csv')
    return csvTable(
      columns,
      rows.map((r) => columns.map((c) => cell(r[c]))),
    );
  if (rows.length === 0) return '(no rows)';
  const cells = rows.map((r) => columns.map((c) => cell(r[c]).replace(/\s+/g, ' ')));
  const width = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i]!.length))));
  const line = (vals: string[]) =>
    vals.map((v, i) => (v.length > width[i]! ? `${v.slice(0, width[i]! - 1)}…` : v.padEnd(width[i]!))).join(' │ ');
  return [
    line(columns),
    width.map((w) => '─'.repeat(w)).join('─┼─'),
    ...cells.map(line),
    `(${rows.length} row${rows.length === 1 ? '' : 's'})`,
  ].join('\n');
}

/** `key=value`: value parsed as JSON when it is JSON (numbers, booleans, lists), else a string. */
export function parseParam(kv: string, into: Record<string, unknown>): Record<string, unknown> {
  const i = kv.indexOf('=');
  if (i <= 0) throw new InvalidArgumentError(`expects key=value, got "${kv}"`);
  const raw = kv.slice(i + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    /* a plain string */
  }
  return { ...into, [kv.slice(0, i)]: value };
}
