/**
 * Progress over files: a bar on a terminal (stderr), a line every tenth of the way otherwise;
 * the time left is smoothed (eta.ts) so it does not jump between a second and minutes.
 */
import { SingleBar, Presets } from 'cli-progress';
import { walk } from '../ingest/read/walk.js';
import { Eta, formatLeft } from './eta.js';

/** The files the reader will visit, counted by the reader's own walk (errors are reported there). */
export async function countFiles(paths: readonly string[]): Promise<number> {
  let n = 0;
  for await (const item of walk(paths)) if ('file' in item) n++;
  return n;
}

export interface Progress { tick: (source: string) => void; stop: () => void }

/** `lines`: print a line every 10% when stderr is not a terminal (npm start); else stay silent there. */
export function progress(paths: readonly string[], opts: { lines?: boolean; total?: number } = {}): Progress {
  const tty = Boolean(process.stderr.isTTY);
  if (!tty && !opts.lines) return { tick: () => {}, stop: () => {} };
  const eta = new Eta(Date.now());
  let total = opts.total ?? 0;
  let done = 0;
  let stopped = false;
  let lastTenth = 0;
  const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {left}', hideCursor: true, stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(total, 0, { left: 'estimating…' });
  if (!opts.total) void countFiles(paths).then((n) => {
    total = n;
    if (!stopped) bar?.setTotal(n);
  });
  let lastFile = '';
  return {
    tick: (source) => {
      const file = source.replace(/#\d+$/, '');
      if (file === lastFile) return;
      lastFile = file;
      done++;
      const left = formatLeft(eta.update(done, total, Date.now()));
      if (bar) bar.increment(1, { left });
      else if (total > 0 && Math.floor((10 * done) / total) > lastTenth) {
        lastTenth = Math.floor((10 * done) / total);
        process.stderr.write(`ingest: ${done}/${total} files, ${left}\n`);
      }
    },
    stop: () => {
      if (!stopped) bar?.stop();
      stopped = true;
    },
  };
}
