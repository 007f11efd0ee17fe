/**
 * `kg eval carb --split test|dev [--data DIR] [--score FILE] [--format openie4|tabbed|clausie]`
 * The action is async: the CLI entry must use `program.parseAsync()`.
 */
import type { Command } from 'commander';
import type { GraphEvalOptions } from '../../ingest/eval/graph/run.js';

export interface CarbCliOptions {
  split: string;
  data?: string;
  score?: string;
  format?: string;
}

/** The command's action, apart from commander so tests can call it; returns the printed lines. */
export async function evalCarb(opts: CarbCliOptions, print: (line: string) => void = (l) => console.log(l)): Promise<string[]> {
  // Loaded here, not at the top: every kg command registers this one, and the extractor loads the parser.
  const { formatCarbResult, runCarbEval } = await import('../../ingest/eval/carb/run.js');
  const lines = formatCarbResult(await runCarbEval(opts));
  for (const l of lines) print(l);
  return lines;
}

export function registerEval(program: Command): Command {
  const evalCmd = program.command('eval').description('evaluate kg against benchmarks');
  evalCmd
    .command('carb')
    .description("score Open IE extractions on the CaRB benchmark (kg's own extractor unless --score is given)")
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'CaRB data directory (default: $KG_CARB_DIR or ../shared/data/carb beside the repo)')
    .option('--score <file>', 'score an existing system output instead of running kg')
    .option('--format <format>', 'format of --score: openie4, tabbed or clausie', 'openie4')
    .action(async (opts: CarbCliOptions) => {
      await evalCarb(opts);
    });
  evalCmd
    .command('graph')
    .description('score graph extraction against hand-annotated articles (the dev gold by default)')
    .option('--gold <dir>', 'gold folder (default: tests/fixtures/graph-gold/dev, or $KG_GOLD_DIR)')
    .option('--data <dir>', 'folder the gold files\' "file" paths are relative to (default: tests/fixtures/graph-gold/data)')
    .option('--keep <dir>', "keep each article's JSONL output in this folder")
    .addHelpText(
      'after',
      '\nPrints a line per article (what was missed, forbidden statements found, alias groups split)\nand, last, one JSON line of micro-averaged figures, as shared/eval/score-graph.mjs does. On\nstderr: how well confidence ranks the relations that are gold triples above the rest (AUC).',
    )
    .action(async (opts: GraphEvalOptions) => {
      const { runGraphEval } = await import('../../ingest/eval/graph/run.js');
      const res = await runGraphEval(opts);
      for (const l of res.lines) console.log(l);
      if (res.confidenceAuc !== null)
        console.error(`kg: confidence AUC ${res.confidenceAuc} (relations that are gold triples ranked above the rest; 0.5 = chance)`);
    });
  return program;
}
