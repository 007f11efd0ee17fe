/** A progress bar over files on a terminal; silent when stderr is not a TTY. */
import { SingleBar, Presets } from 'cli-progress';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSIONS } from '../ingest/read/walk.js';

function countFiles(paths: readonly string[]): number {
  let n = 0;
  const visit = (p: string): void => {
    try {
      if (statSync(p).isDirectory()) readdirSync(p).forEach((f) => !f.startsWith('.') && visit(join(p, f)));
      else if ((EXTENSIONS as readonly string[]).some((e) => p.toLowerCase().endsWith(e))) n++;
    } catch {
      /* reported by the reader */
    }
  };
  paths.forEach(visit);
  return n;
}

export function progress(paths: readonly string[]): { tick: (source: string) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left', hideCursor: true, stream: process.stderr }, Presets.shades_classic);
  bar.start(countFiles(paths), 0);
  let lastFile = '';
  let stopped = false;
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
