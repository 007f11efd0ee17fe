/**
 * The Cypher box: a read-only query with parameters (JSON or name=value lines, params.ts), so the
 * README's queries run unchanged. Run draws the result (replacing the view) and tables the rows;
 * "Pin to canvas" adds the result to what is drawn and keeps it visible whatever the filters;
 * the rows export as CSV or JSON.
 */
import type { CypherResult } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { paramNames, parseParams } from '../params.js';
import { download } from './download.js';
import { el, fill } from './dom.js';

const EXAMPLE = 'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.polarity = "negative" RETURN a, r, b LIMIT 50';

export const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (o.labels && o.properties)
    return `(${o.labels.join(':')} ${String(o.properties.name ?? o.properties.title ?? o.properties.id ?? '')})`;
  if (o.type && o.properties) return `[:${o.type}]`;
  return JSON.stringify(v).slice(0, 300);
};

const csv = (res: CypherResult): string => {
  const esc = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${[res.columns.map(esc).join(','), ...res.rows.map((r) => res.columns.map((c) => esc(cell(r[c]))).join(','))].join('\n')}\n`;
};

function table(res: CypherResult): HTMLElement {
  return el(
    'table',
    { class: 'rows', 'data-testid': 'cypher-table' },
    el('thead', {}, el('tr', {}, ...res.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...res.rows.slice(0, 200).map((r) => el('tr', {}, ...res.columns.map((c) => el('td', {}, cell(r[c])))))),
  );
}

export function cypherPanel(root: HTMLElement, ex: Explorer): void {
  const box = el('textarea', { rows: 3, spellcheck: 'false', 'aria-label': 'Cypher query', placeholder: EXAMPLE });
  const params = el('textarea', {
    rows: 3,
    spellcheck: 'false',
    'aria-label': 'Cypher parameters',
    placeholder: 'parameters: name=militia (one per line) or {"name": "militia"}',
  });
  const out = el('div', { 'data-testid': 'cypher-result' });
  let last: CypherResult | null = null;
  const run = async (pin: boolean): Promise<void> => {
    const q = box.value.trim() || EXAMPLE;
    const p = parseParams(params.value);
    if ('error' in p) return fill(out, el('p', { class: 'error', 'data-testid': 'cypher-error' }, p.error));
    const missing = paramNames(q).filter((n) => !(n in p.params));
    if (missing.length)
      return fill(
        out,
        el(
          'p',
          { class: 'error', 'data-testid': 'cypher-error' },
          `parameters needed: ${missing.map((n) => `$${n}`).join(', ')} (give them as name=value)`,
        ),
      );
    fill(out, el('span', { class: 'muted' }, 'running…'));
    const res = await api.cypher(q, p.params).catch((e: Error) => e);
    if (res instanceof Error) return fill(out, el('p', { class: 'error', 'data-testid': 'cypher-error' }, res.message));
    last = res;
    if (res.nodes.length > 0) {
      if (pin) await ex.pin(res);
      else await ex.show(res, `Cypher: ${res.nodes.length} nodes, ${res.edges.length} relationships`);
    }
    fill(
      out,
      el(
        'div',
        { class: 'row' },
        el(
          'span',
          { class: 'muted', 'data-testid': 'cypher-summary' },
          `${res.rows.length} row(s)${res.truncated ? ' (cut)' : ''}; ${res.nodes.length} nodes and ${res.edges.length} relationships ${pin ? 'pinned' : 'drawn'}`,
        ),
        el('button', { 'data-action': 'rows-csv', onclick: () => last && download('kg-query.csv', csv(last), 'text/csv') }, 'Rows as CSV'),
        el(
          'button',
          {
            'data-action': 'rows-json',
            onclick: () => last && download('kg-query.json', JSON.stringify(last.rows, null, 1), 'application/json'),
          },
          'Rows as JSON',
        ),
      ),
      table(res),
    );
  };
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run(false);
  });
  fill(
    root,
    el(
      'div',
      { class: 'row cypher-row' },
      el('strong', { style: 'flex:0 0 auto' }, 'Cypher (read-only)'),
      box,
      params,
      el(
        'div',
        { class: 'buttons' },
        el('button', { class: 'primary', onclick: () => void run(false) }, 'Run'),
        el(
          'button',
          { 'data-action': 'pin', title: 'add the result to the canvas and keep it there', onclick: () => void run(true) },
          'Pin to canvas',
        ),
      ),
    ),
    out,
  );
}
