/** The Cypher box: a read-only query; its nodes and relationships are drawn, its rows tabled. */
import type { CypherResult } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { el, fill } from './dom.js';

const EXAMPLE = 'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.polarity = "negative" RETURN a, r, b LIMIT 50';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (o.labels && o.properties) return `(${o.labels.join(':')} ${String(o.properties.name ?? o.properties.title ?? o.properties.id ?? '')})`;
  if (o.type && o.properties) return `[:${o.type}]`;
  return JSON.stringify(v).slice(0, 300);
};

function table(res: CypherResult): HTMLElement {
  return el('table', { class: 'rows', 'data-testid': 'cypher-table' },
    el('thead', {}, el('tr', {}, ...res.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...res.rows.slice(0, 200).map((r) => el('tr', {}, ...res.columns.map((c) => el('td', {}, cell(r[c])))))));
}

export function cypherPanel(root: HTMLElement, ex: Explorer): void {
  const box = el('textarea', { rows: 2, spellcheck: 'false', 'aria-label': 'Cypher query', placeholder: EXAMPLE });
  const out = el('div', { 'data-testid': 'cypher-result' });
  const run = async (): Promise<void> => {
    const q = box.value.trim() || EXAMPLE;
    fill(out, el('span', { class: 'muted' }, 'running…'));
    const res = await api.cypher(q).catch((e: Error) => e);
    if (res instanceof Error) return fill(out, el('p', { class: 'error', 'data-testid': 'cypher-error' }, res.message));
    if (res.nodes.length > 0) await ex.show(res, `Cypher: ${res.nodes.length} nodes, ${res.edges.length} relationships`);
    fill(out, el('div', { class: 'muted' }, `${res.rows.length} row(s)${res.truncated ? ' (cut)' : ''}; ${res.nodes.length} nodes and ${res.edges.length} relationships drawn`), table(res));
  };
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
  });
  fill(root, el('div', { class: 'row' }, el('strong', { style: 'flex:0 0 auto' }, 'Cypher (read-only)'), box,
    el('button', { class: 'primary', style: 'flex:0 0 auto', onclick: () => void run() }, 'Run')), out);
}
