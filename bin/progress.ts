/**
 * Progress over files: a bar on a terminal (stderr), a line every tenth of the way otherwise;
 * the time left is smoothed (eta.ts) so it does not jump between a second and minutes.
 */
import { SingleBar, Presets } from 'cli-progress';
import { isUrl } from '../ingest/read/fetch.js';
import type { SelectOptions } from '../ingest/read/select.js';
import { walk } from '../ingest/read/walk.js';
import { Eta, formatLeft } from './eta.js';

/** The files the reader will visit, counted by the reader's own walk (errors are reported there); a URL counts one. */
export async function countFiles(inputs: readonly string[], opts: SelectOptions = {}): Promise<number> {
  let n = inputs.filter(isUrl).length;
  for await (const item of walk(
    inputs.filter((p) => !isUrl(p)),
    opts,
  ))
    if ('file' in item) n++;
  return n;
}

export interface Progress {
  tick: (source: string) => void;
  stop: () => void;
}

/**
 * `lines`: print a line every 10% when stderr is not a terminal (npm start); else stay silent there.
 * `total`: the count when the caller has it; otherwise it is counted in the background.
 */
export function progress(inputs: readonly string[], opts: SelectOptions & { lines?: boolean; total?: number } = {}): Progress {
  const tty = Boolean(process.stderr.isTTY);
  if (!tty && !opts.lines) return { tick: () => {}, stop: () => {} };
  const eta = new Eta(Date.now());
  let total = opts.total ?? 0;
  let done = 0;
  let stopped = false;
  let lastTenth = 0;
  const bar = tty
    ? new SingleBar(
        { format: 'ingest [{bar}] {value}/{total} files | {left}', hideCursor: true, stream: process.stderr },
        Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { left: 'estimating…' });
  if (!opts.total)
    void countFiles(inputs, opts).then((n) => {
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
