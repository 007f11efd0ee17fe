/** `kg extract PATH|URL... --format jsonl`: the ingest pipeline without a database, as JSON Lines. */
import { Option, type Command } from 'commander';
import { runPipeline } from '../../ingest/run.js';
import type { Message } from '../../ingest/types.js';
import { defaultWorkers } from '../../ingest/workers/pool.js';
import { readOptions, reportError, workersOption } from './shared.js';

const SKIPPED: Record<string, string> = { dataset: 'dataset file skipped (--include-all reads it)', excluded: 'excluded by --exclude', link: 'linked folder not entered' };

export function registerExtract(program: Command): void {
  readOptions(
    program
      .command('extract')
      .description('extract entities and relations from articles and print them (no database)')
      .argument('<inputs...>', 'files, folders (read recursively) or http(s) URLs of pages and feeds'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .addOption(workersOption())
    .addHelpText('after', '\nOutput, per article: one {"kind":"entity",…} line per entity it mentions (mentions counted in that\narticle), then one {"kind":"relation",…} line per relation with its evidence, then one\n{"kind":"message","code",…} line per warning of the pipeline. Ids are stable across the run.')
    .action(async (inputs: string[], o: { workers?: number; exclude: string[]; includeAll?: boolean }) => {
      let failed = 0;
      const write = async (records: object[]) => {
        const lines = records.map((r) => JSON.stringify(r)).join('\n');
        if (lines && !process.stdout.write(`${lines}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      };
      const message = (m: Message) => ({ kind: 'message' as const, code: m.code, message: m.message, source: m.source });
      for await (const item of runPipeline(inputs, { workers: o.workers ?? defaultWorkers(), exclude: o.exclude, includeAll: o.includeAll })) {
        if (item.kind === 'error') {
          failed++;
          reportError(item.error);
        } else if (item.kind === 'skipped') {
          await write([message({ code: 'FILE_SKIPPED', message: SKIPPED[item.reason]!, source: item.path })]);
        } else if (item.kind === 'extraction') {
          const { entities, relations, messages } = item.extraction;
          await write([...entities, ...relations, ...messages.map(message)]);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
