/** `kg extract PATH... --format jsonl`: the ingest pipeline without a database, as JSON Lines. */
import { Option, type Command } from 'commander';
import { runPipeline } from '../../ingest/run.js';
import { defaultWorkers } from '../../ingest/workers/pool.js';
import { reportError, workersOption } from './shared.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from articles and print them (no database)')
    .argument('<paths...>', 'files or folders (.txt .md .html .json .jsonl)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .addOption(workersOption())
    .addHelpText('after', '\nOutput, per article: one {"kind":"entity",…} line per entity it mentions (mentions counted in that\narticle), then one {"kind":"relation",…} line per relation with its evidence. Ids are stable across the run.')
    .action(async (paths: string[], o: { workers?: number }) => {
      let failed = 0;
      for await (const item of runPipeline(paths, { workers: o.workers ?? defaultWorkers() })) {
        if (item.kind === 'error') {
          failed++;
          reportError(item.error);
        } else if (item.kind === 'extraction') {
          const { entities, relations } = item.extraction;
          const lines = [...entities, ...relations].map((r) => JSON.stringify(r)).join('\n');
          if (lines && !process.stdout.write(`${lines}\n`)) await new Promise((r) => process.stdout.once('drain', r));
        }
      }
      if (failed) process.exitCode = 1;
    });
}
