/** `kg extract PATH|URL... --format jsonl`: the ingest pipeline without a database, as JSON Lines. */
import { Option, type Command } from 'commander';
import { articleRecord } from '../../ingest/resolve/output.js';
import { runPipeline } from '../../ingest/run.js';
import type { LocalExtraction, Message } from '../../ingest/types.js';
import { defaultWorkers } from '../../ingest/workers/pool.js';
import { loadWorld } from '../../ingest/world.js';
import { readOptions, reportError, workersOption } from './shared.js';

const SKIPPED: Record<string, string> = {
  dataset: 'dataset file skipped (--include-all reads it)',
  excluded: 'excluded by --exclude',
  link: 'linked folder not entered',
};

export function registerExtract(program: Command): void {
  readOptions(
    program
      .command('extract')
      .description('extract entities and relations from articles and print them (no database)')
      .argument('<inputs...>', 'files, folders (read recursively) or http(s) URLs of pages and feeds'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .addOption(workersOption())
    .addHelpText(
      'after',
      '\nOutput, per article: one {"kind":"article",…} line, one {"kind":"entity",…} line per entity it mentions\n(mentions counted in that article; merges name the article of each merge), then one {"kind":"relation",…}\nline per relation with its evidence, then one {"kind":"message","code",…} line per warning of the pipeline.\nEntities are resolved across all the articles given, the alias file and the curation log, so ids do not\ndepend on the order of the inputs.',
    )
    .action(async (inputs: string[], o: { workers?: number; exclude: string[]; includeAll?: boolean }) => {
      let failed = 0;
      const write = async (records: object[]) => {
        const lines = records.map((r) => JSON.stringify(r)).join('\n');
        if (lines && !process.stdout.write(`${lines}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      };
      const message = (m: Message) => ({ kind: 'message' as const, code: m.code, message: m.message, source: m.source });
      const world = loadWorld();
      const locals: LocalExtraction[] = [];
      // Resolution (and the word list it reads) loads once the workers are parsing, not before them.
      let resolution: Promise<typeof import('../../ingest/resolve/global.js')> | undefined;
      for await (const item of runPipeline(inputs, {
        world,
        workers: o.workers ?? defaultWorkers(),
        exclude: o.exclude,
        includeAll: o.includeAll,
      })) {
        if (item.kind === 'error') {
          failed++;
          reportError(item.error);
        } else if (item.kind === 'skipped') {
          await write([message({ code: 'FILE_SKIPPED', message: SKIPPED[item.reason]!, source: item.path })]);
        } else if (item.kind === 'repeat') {
          const said = `the same text as ${item.of}: extracted once, under that article`;
          await write([message({ code: 'DUPLICATE_ARTICLE', message: said, source: item.source })]);
        } else if (item.kind === 'local') {
          resolution ??= import('../../ingest/resolve/global.js');
          locals.push(item.local);
        }
      }
      const { defaultTables, resolveAll } = await (resolution ?? import('../../ingest/resolve/global.js'));
      for (const x of resolveAll(locals, defaultTables({ aliases: world.aliases })))
        await write([articleRecord(x.article), ...x.entities, ...x.relations, ...x.messages.map(message)]);
      if (failed) process.exitCode = 1;
    });
}
