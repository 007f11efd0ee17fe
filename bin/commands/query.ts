/**
 * `kg query "CYPHER"`: a query that may only read the graph. It is planned first and refused when
 * it would load CSV, run a command or call a procedure off the allow-list (graph/guard.ts); it
 * runs in a worker thread with a deadline (graph/isolate.ts), within bounds on rows and size.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '../../graph/config.js';
import { isolatedRunner } from '../../graph/isolate.js';
import { formatRows, parseParam, type Format } from '../format.js';

const positive =
  (what: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expects a positive number of ${what}`);
    return n;
  };

const WHY: Record<string, string> = {
  rows: 'at --limit rows',
  bytes: 'at --max-mb',
  elements: 'at 1,000,000 list elements and map entries',
};

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a Cypher query that reads the graph, and print the rows')
    .argument('<cypher>', 'the Cypher query; pass values with --param, never by pasting them in')
    .option(
      '--param <key=value>',
      'a query parameter, repeatable; JSON values (numbers, lists) are parsed, whole numbers are integers',
      parseParam,
      {},
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--timeout <seconds>', 'stop the query after this long', positive('seconds'), 30)
    .option('--limit <rows>', 'print at most this many rows', positive('rows'), 10_000)
    .option('--max-mb <MB>', 'keep at most this much of the result (approximate JSON size)', positive('MB'), 64)
    .addHelpText(
      'after',
      '\nQueries may only read: LOAD CSV, administration commands and procedures other than full-text' +
        '\nsearch, db.labels(), db.relationshipTypes(), db.propertyKeys() and db.schema.* are refused.' +
        `\n\nExample:\n  kg query "MATCH (e:Entity)-[r:SUPPORT]->(x:Entity {name: \\$name}) RETURN e.name, r.polarity" --param name=militias`,
    )
    .action(
      async (cypher: string, o: { param: Record<string, unknown>; format: Format; timeout: number; limit: number; maxMb: number }) => {
        const runner = isolatedRunner(loadConfig(), { size: 1, memoryMb: 1024 });
        try {
          const limits = {
            timeoutMs: o.timeout * 1000,
            maxRows: Math.floor(o.limit),
            maxBytes: o.maxMb * 1_000_000,
            maxElements: 1_000_000,
          };
          const res = await runner.run(cypher, o.param, limits);
          const text = formatRows(res.rows, res.columns, o.format);
          process.stdout.write(o.format === 'csv' ? text : `${text}\n`);
          if (res.limit) process.stderr.write(`kg: output cut after ${res.rows.length} rows (${WHY[res.limit]})\n`);
        } finally {
          await runner.close();
        }
      },
    );
}
