/**
 * The `kg` command: wires the subcommands together and turns every KgError into one line on
 * stderr (no stack traces; KG_DEBUG=1 shows them).
 */
import { Command, CommanderError } from 'commander';
import { isKgError, printable } from '../ingest/errors.js';

type Register = (program: Command) => void;
/**
 * The subcommands, each loaded only when it runs: `kg extract` does not load the Neo4j driver or
 * the web server. Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  neo4j: async () => (await import('./commands/neo4j.js')).registerNeo4j,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  query: async () => (await import('./commands/query.js')).registerQuery,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  export: async () => (await import('./commands/export.js')).registerExport,
  curate: async () => (await import('./commands/curate.js')).registerCurate,
};

export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('kg: build an evidence-backed knowledge graph from news articles in Neo4j, and explore it')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  const named = argv[2] !== undefined && Object.hasOwn(COMMANDS, argv[2]) ? [argv[2]] : Object.keys(COMMANDS);
  for (const register of await Promise.all(named.map((n) => COMMANDS[n]!()))) register(program);
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
