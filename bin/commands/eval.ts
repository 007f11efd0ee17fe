/**
 * `kg eval carb --split test|dev [--data DIR] [--score FILE] [--format openie4|tabbed|clausie]`
 * The action is async: the CLI entry must use `program.parseAsync()`.
 */
import type { Command } from 'commander';
import { formatCarbResult, runCarbEval } from '../../ingest/eval/carb/run.js';

export interface CarbCliOptions {
  split: string;
  data?: string;
  score?: string;
  format?: string;
}

/** The command's action, apart from commander so tests can call it; returns the printed lines. */
export async function evalCarb(opts: CarbCliOptions, print: (line: string) => void = (l) => console.log(l)): Promise<string[]> {
  const lines = formatCarbResult(await runCarbEval(opts));
  for (const l of lines) print(l);
  return lines;
}

export function registerEval(program: Command): Command {
  const evalCmd = program.command('eval').description('evaluate kg against benchmarks');
  evalCmd
    .command('carb')
    .description('score Open IE extractions on the CaRB benchmark (kg\'s own extractor unless --score is given)')
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'CaRB data directory (default: $KG_CARB_DIR or ../shared/data/carb beside the repo)')
    .option('--score <file>', 'score an existing system output instead of running kg')
    .option('--format <format>', 'format of --score: openie4, tabbed or clausie', 'openie4')
    .action(async (opts: CarbCliOptions) => {
      await evalCarb(opts);
    });
  return program;
}
