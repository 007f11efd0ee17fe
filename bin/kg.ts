/**
 * The `kg` command: wires the subcommands together and turns every KgError into one line on
 * stderr (no stack traces; KG_DEBUG=1 shows them).
 */
import { Command, CommanderError } from 'commander';
import { isKgError, printable } from '../ingest/errors.js';
import { registerCurate } from './commands/curate.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerNeo4j } from './commands/neo4j.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('kg: build an evidence-backed knowledge graph from news articles in Neo4j, and explore it')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerNeo4j(program);
  registerIngest(program);
  registerExtract(program);
  registerQuery(program);
  registerEval(program);
  registerServe(program);
  registerExport(program);
  registerCurate(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isKgError(e)) {
      process.stderr.write(`kg: ${e.toLine()}\n`);
      if (process.env.KG_DEBUG) console.error(e);
      return 1;
    }
    process.stderr.write(
      `kg: internal error: ${printable(String((e as Error)?.message ?? e))} (please report it; KG_DEBUG=1 shows the trace)\n`,
    );
    if (process.env.KG_DEBUG) console.error(e);
    return 70;
  }
}
