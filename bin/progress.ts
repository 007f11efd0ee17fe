/** A progress bar over files on a terminal; silent when stderr is not a TTY. */
import { SingleBar, Presets } from 'cli-progress';
import { isUrl } from '../ingest/read/fetch.js';
import type { SelectOptions } from '../ingest/read/select.js';
import { walk } from '../ingest/read/walk.js';

/** The files the reader will visit, counted by the reader's own walk (errors are reported there); a URL counts one. */
async function countFiles(inputs: readonly string[], opts: SelectOptions): Promise<number> {
  let n = inputs.filter(isUrl).length;
  for await (const item of walk(inputs.filter((p) => !isUrl(p)), opts)) if ('file' in item) n++;
  return n;
}

export function progress(inputs: readonly string[], opts: SelectOptions = {}): { tick: (source: string) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left', hideCursor: true, stream: process.stderr }, Presets.shades_classic);
  bar.start(0, 0);
  let stopped = false;
  void countFiles(inputs, opts).then((n) => {
    if (!stopped) bar.setTotal(n);
  });
  let lastFile = '';
  return {
    tick: (source) => {
      const file = source.replace(/#\d+$/, '');
      if (file !== lastFile) bar.increment();
      lastFile = file;
    },
    stop: () => {
      if (!stopped) bar.stop();
      stopped = true;
    },
  };
}
