/**
 * CSV output (kg query --format csv, kg export --format csv) read back with a strict RFC 4180
 * reader: every record has the header's width and every value comes back exactly, whatever it
 * holds (newlines, CR, quotes, commas).
 */
import { MultiDirectedGraph } from 'graphology';
import { formatRows } from '../../bin/format.js';
import { csvTable } from '../../viz/shared/csv.js';
import { toCsv } from '../../viz/shared/flat.js';

/** RFC 4180, strictly: CRLF between records, quotes only around whole fields. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), i++;
        else if (text[i] === '"') break;
        else field += text[i];
      }
      i++;
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') record.push(field), (field = ''), i++;
    else if (text.startsWith('\r\n', i)) record.push(field), records.push(record), (record = []), (field = ''), (i += 2);
    else if (text[i] === '\r' || text[i] === '\n' || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    else field += text[i++];
  }
  if (field || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

const nasty = ['line one\nline two', 'cr\ronly', 'crlf\r\nend', 'say "hi"', '"', 'a,b', ' padded ', '', 'ünïcødé ✓', '=1+1'];

describe('CSV (RFC 4180)', () => {
  it('quotes what must be quoted and ends every record with CRLF', () => {
    expect(csvTable(['a', 'b,c'], [['x "y"', '1\n2']])).toBe('a,"b,c"\r\n"x ""y""","1\n2"\r\n');
    expect(() => csvTable(['a', 'b'], [['only one']])).toThrow(/fields/);
  });

  it('gives kg query rows of one width that read back exactly', () => {
    const rows = nasty.map((v, i) => ({ i, v, list: [v, i], node: { id: 'x', labels: ['Entity'], properties: { name: v } } }));
    const records = readCsv(formatRows(rows, ['i', 'v', 'list', 'node'], 'csv'));
    expect(records).toHaveLength(nasty.length + 1);
    for (const r of records) expect(r).toHaveLength(4);
    expect(records.slice(1).map((r) => r[1])).toEqual(nasty);
    expect(JSON.parse(records[1]![2]!)).toEqual([nasty[0], 0]);
  });

  it('gives kg export two tables of one width each that read back exactly', () => {
    const g = new MultiDirectedGraph();
    nasty.forEach((v, i) => g.addNode(`n${i}`, { label: v, type: 'Person', ...(i % 2 ? { note: v } : {}) }));
    nasty.forEach((v, i) =>
      g.addDirectedEdgeWithKey(`e${i}`, 'n0', `n${i}`, { predicate: v, polarity: 'negative', evidence: JSON.stringify([{ text: v }]) }),
    );
    const { nodes, edges } = toCsv(g);
    const n = readCsv(nodes);
    const e = readCsv(edges);
    for (const r of n) expect(r).toHaveLength(n[0]!.length);
    for (const r of e) expect(r).toHaveLength(e[0]!.length);
    expect(n.slice(1).map((r) => r[n[0]!.indexOf('label')])).toEqual(nasty);
    expect(e.slice(1).map((r) => JSON.parse(r[e[0]!.indexOf('evidence')]!)[0].text)).toEqual(nasty);
  });
});
