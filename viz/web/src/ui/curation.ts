/**
 * Curation in the actor panel: the merge audit ("Kazemi — transliteration — from related/09"),
 * each alias with a "split off" button, and "merge another actor into this one" (search, then
 * confirm). Every action asks for confirmation and goes to POST /api/curate; the view then
 * reloads on the resulting actor.
 */
import type { EntityDetails, MergeRecord } from '../../../shared/types.js';
import { api } from '../api.js';
import { el } from './dom.js';
import { searchBox } from './search.js';

/** "…/data/related/09_waradana_….txt" → "related/09"; "…/news/politics/177.txt" → "politics/177". */
export function shortSource(source: string): string {
  const parts = source.split(/[\\/]/).filter(Boolean);
  const file = (parts.at(-1) ?? source).replace(/\.[a-z]+$/i, '').split('_')[0];
  return parts.length > 1 ? `${parts.at(-2)}/${file}` : (file ?? source);
}

async function act(question: string, body: Parameters<typeof api.curate>[0], status: HTMLElement): Promise<void> {
  if (!window.confirm(question)) return;
  status.textContent = 'applying…';
  try {
    const r = await api.curate(body);
    location.assign(`${location.pathname}?focus=${encodeURIComponent(r.entity ?? '')}`);
  } catch (e) {
    status.textContent = (e as Error).message;
    status.className = 'error';
  }
}

function auditRow(id: string, m: MergeRecord, status: HTMLElement): HTMLElement {
  return el(
    'li',
    { 'data-testid': 'merge-record' },
    el('span', {}, `${m.alias} — ${m.rule} — from ${shortSource(m.source)}`),
    ' ',
    el(
      'button',
      {
        class: 'small',
        title: `split "${m.alias}" off`,
        onclick: () => void act(`Split "${m.alias}" off this actor?`, { op: 'split', entity: id, alias: m.alias }, status),
      },
      'split off',
    ),
  );
}

export function curationSection(d: EntityDetails): HTMLElement {
  const id = d.node.id;
  const status = el('p', { class: 'muted', role: 'status' });
  const seen = new Set<string>();
  const audit = (d.audit ?? []).filter((m) => !seen.has(m.alias) && seen.add(m.alias));
  const merge = searchBox('Merge another actor into this one…', (hit) => {
    if (hit.id !== id) void act(`Merge "${hit.name}" into "${d.node.label}"?`, { op: 'merge', into: id, from: hit.id }, status);
  });
  merge.root.dataset.testid = 'merge-search';
  return el(
    'div',
    { class: 'curation' },
    el('h2', {}, `Merges (${audit.length})`),
    audit.length
      ? el('ul', { class: 'list' }, ...audit.map((m) => auditRow(id, m, status)))
      : el('p', { class: 'muted' }, 'No alias joined by a rule.'),
    merge.root,
    status,
  );
}
