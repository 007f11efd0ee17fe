/**
 * When Neo4j cannot be reached (any API call answering 503), a banner shows the API's message and
 * hint ("run `kg neo4j start`"), polls /api/health?db=1 with a growing delay (1 s, 2 s, 4 s, …
 * 10 s) and a "retry now" button, and when Neo4j answers again hides itself and tells
 * `onRecovered` listeners, so the page picks up where it was.
 */
import { ApiFailure, onUnavailable } from '../api.js';
import { backoff } from '../retry.js';
import { el, fill } from './dom.js';

export interface Banner {
  recovered(): Promise<void>;
}

export function banner(root: HTMLElement): Banner {
  let down = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: (() => void)[] = [];
  const check = async (): Promise<void> => {
    clearTimeout(timer);
    const res = await fetch('api/health?db=1').catch(() => null);
    if (res?.ok) return up();
    const body = (await res?.json().catch(() => null)) as { error?: { code: string; message: string; hint?: string } } | null;
    show(
      new ApiFailure(
        body?.error?.code ?? 'NETWORK',
        body?.error?.message ?? 'explorer: the kg server does not answer',
        body?.error?.hint,
        res?.status ?? 0,
      ),
    );
  };
  const show = (e: ApiFailure): void => {
    down = true;
    const ms = backoff(attempt++);
    root.hidden = false;
    fill(
      root,
      el('strong', {}, e.message),
      e.hint ? el('span', {}, ` — ${e.hint}`) : null,
      el('span', { class: 'muted' }, ` Retrying in ${Math.round(ms / 1000)} s…`),
      ' ',
      el('button', { onclick: () => void check() }, 'Retry now'),
    );
    clearTimeout(timer);
    timer = setTimeout(() => void check(), ms);
  };
  const up = (): void => {
    down = false;
    attempt = 0;
    root.hidden = true;
    fill(root);
    const w = waiting;
    waiting = [];
    w.forEach((fn) => fn());
  };
  onUnavailable((e) => {
    if (!down) show(e);
  });
  root.hidden = true;
  return { recovered: () => (down ? new Promise((r) => waiting.push(r)) : Promise.resolve()) };
}
