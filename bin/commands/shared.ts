/** Bits every command shares: the --workers option and one-line error reporting. */
import { InvalidArgumentError, Option } from 'commander';
import { isKgError, type KgError } from '../../ingest/errors.js';

export function workersOption(): Option {
  return new Option('--workers <n>', 'worker threads for extraction (0 = in the main thread; default: one per core)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number ≥ 0');
    return n;
  });
}

/** One line on stderr: `kg: <file>: <problem> (<hint>)`. */
export function reportError(e: KgError | string): void {
  process.stderr.write(`${process.stderr.isTTY ? "\r\u001b[K" : ""}kg: ${isKgError(e) ? e.toLine() : e}\n`);
}
