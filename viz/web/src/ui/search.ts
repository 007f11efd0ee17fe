/**
 * Autocomplete over names and aliases (the API's full-text search), debounced, keyboard-friendly.
 * Used for the main search box and both ends of the path finder.
 */
import type { SearchHit } from '../../../shared/types.js';
import { api } from '../api.js';
import { el, fill } from './dom.js';

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  set(hit: SearchHit | null): void;
  value: SearchHit | null;
}

export function searchBox(placeholder: string, onPick: (hit: SearchHit) => void): SearchBox {
  const input = el('input', { type: 'search', placeholder, 'aria-label': placeholder, autocomplete: 'off', role: 'combobox' });
  const list = el('ul', { role: 'listbox', hidden: true });
  const box: SearchBox = {
    root: el('div', { class: 'search' }, input, list),
    input,
    value: null,
    set(hit) {
      box.value = hit;
      input.value = hit?.name ?? '';
    },
  };
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const render = (): void => {
    list.hidden = hits.length === 0;
    fill(
      list,
      ...hits.map((h, i) => {
        const extra = h.aliases
          .filter((a) => a !== h.name)
          .slice(0, 2)
          .join(', ');
        return el(
          'li',
          {
            role: 'option',
            'aria-selected': String(i === active),
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(i);
            },
          },
          h.name,
          ' ',
          el('small', {}, `${h.type}${extra ? ` · ${extra}` : ''} · ${h.mentions} mentions`),
        );
      }),
    );
  };
  const pick = (i: number): void => {
    const h = hits[i];
    if (!h) return;
    box.set(h);
    hits = [];
    render();
    onPick(h);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      return render();
    }
    timer = setTimeout(async () => {
      const mine = ++seq;
      const found = await api.search(text, 8).catch(() => []);
      if (mine !== seq) return;
      hits = found;
      active = hits.length ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      active = Math.max(0, Math.min(hits.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') pick(active);
    else if (e.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () =>
    setTimeout(() => {
      hits = [];
      render();
    }, 100),
  );
  return box;
}
