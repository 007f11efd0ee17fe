/** `kg extract PATH... --format jsonl`: the ingest pipeline without a database, as JSON Lines. */
import { Option, type Command } from 'commander';
import { resolveAll } from '../../ingest/resolve/global.js';
import { articleRecord } from '../../ingest/resolve/output.js';
import { runPipeline } from '../../ingest/run.js';
import type { LocalExtraction } from '../../ingest/types.js';
import { defaultWorkers } from '../../ingest/workers/pool.js';
import { reportError, workersOption } from './shared.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from articles and print them (no database)')
    .argument('<paths...>', 'files or folders (.txt .md .html .json .jsonl)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .addOption(workersOption())
    .addHelpText('after', '\nOutput, per article: one {"kind":"article",…} line, one {"kind":"entity",…} line per entity it mentions\n(mentions counted in that article; merges name the article of each merge), then one {"kind":"relation",…}\nline per relation with its evidence. Entities are resolved across all the articles given, the alias file and\nthe curation log, so ids do not depend on the order of the paths.')
    .action(async (paths: string[], o: { workers?: number }) => {
      let failed = 0;
      const locals: LocalExtraction[] = [];
      for await (const item of runPipeline(paths, { workers: o.workers ?? defaultWorkers() })) {
        if (item.kind === 'error') {
          failed++;
          reportError(item.error);
        } else if (item.kind === 'local') locals.push(item.local);
      }
      for (const x of resolveAll(locals)) {
        const lines = [articleRecord(x.article), ...x.entities, ...x.relations].map((r) => JSON.stringify(r)).join('\n');
        if (!process.stdout.write(`${lines}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      }
      if (failed) process.exitCode = 1;
    });
}
