/**
 * `kg curate merge|split|rename|retype|reject|undo|log`: corrections to entity resolution that
 * last. Each appends one line to the curation log (curation.jsonl in the working directory, or
 * $KG_CURATION) and is applied to the stored graph at once (graph/curate.ts); every later
 * `kg ingest` and `kg extract` applies it again.
 */
import type { Command } from 'commander';
import { curate, type CurateRequest } from '../../graph/curate.js';
import { openStore } from '../../graph/store.js';
import { curationFile, readCuration } from '../../ingest/curation/file.js';
import { effective } from '../../ingest/curation/types.js';
import { ENTITY_TYPES } from '../../ingest/types.js';

async function run(req: CurateRequest): Promise<void> {
  const store = await openStore();
  try {
    const r = await curate(store, req);
    const what = r.entity ? ` → ${r.entity}` : '';
    process.stdout.write(`${r.op.op} ${r.op.id}${what}: ${r.rewritten} article(s) rewritten; recorded in ${r.file}\n`);
  } finally {
    await store.close();
  }
}

export function registerCurate(program: Command): void {
  const cmd = program
    .command('curate')
    .description('correct entity resolution in the stored graph; corrections are kept in curation.jsonl and re-applied by every ingest')
    .addHelpText(
      'after',
      `\nThe log: ${'$KG_CURATION'}, else ./curation.jsonl (one JSON operation per line; version it with your data).\nIds are those of \`kg extract\`, the explorer and \`kg query\`; a relationship's key is its \`key\` property.`,
    );
  cmd
    .command('merge')
    .description('merge entity FROM into entity INTO (INTO keeps its name)')
    .argument('<into>')
    .argument('<from>')
    .action((into: string, from: string) => run({ op: 'merge', into, from }));
  cmd
    .command('split')
    .description('take an alias (and the articles that name the entity by it) out of an entity')
    .argument('<entity>')
    .requiredOption('--alias <name>', 'the alias to split off')
    .action((entity: string, o: { alias: string }) => run({ op: 'split', entity, alias: o.alias }));
  cmd
    .command('rename')
    .description('give an entity the name it is shown under')
    .argument('<entity>')
    .argument('<name>')
    .action((entity: string, name: string) => run({ op: 'rename', entity, name }));
  cmd
    .command('retype')
    .description(`set an entity's type (${ENTITY_TYPES.join(', ')})`)
    .argument('<entity>')
    .argument('<type>')
    .action((entity: string, type: string) => run({ op: 'retype', entity, type }));
  cmd
    .command('reject')
    .description('mark a relationship as wrong: kept with its evidence, hidden by default')
    .argument('<key>')
    .action((key: string) => run({ op: 'reject', key }));
  cmd
    .command('undo')
    .description('undo the last operation still in force')
    .action(() => run({ op: 'undo' }));
  cmd
    .command('log')
    .description('list the operations in force')
    .action(() => {
      const file = curationFile();
      for (const op of effective(readCuration(file))) process.stdout.write(`${JSON.stringify(op)}\n`);
    });
}
