/** Bits the commands share: the --workers and input-selection options, one-line error reporting. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { isKgError, printable, type KgError } from '../../ingest/errors.js';

export function workersOption(): Option {
  return new Option('--workers <n>', 'worker threads for extraction (0 = in the main thread; default: one per core)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number ≥ 0');
    return n;
  });
}

/** --exclude GLOB (repeatable) and --include-all, for the commands that read inputs. */
export function readOptions(cmd: Command): Command {
  return cmd
    .option(
      '--exclude <glob>',
      'leave out files and folders matching GLOB (a name like "*.json", or a path below the folder like "sport/**"); repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--include-all', 'also read dataset files (README*, LICENSE*, SOURCE*, CHANGELOG*…), skipped by default');
}

/** One line on stderr: `kg: <file>: <problem> (<hint>)`, control characters escaped. */
export function reportError(e: KgError | string): void {
  process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[K' : ''}kg: ${isKgError(e) ? e.toLine() : printable(e)}\n`);
}
