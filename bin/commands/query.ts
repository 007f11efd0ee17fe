/** `kg query "CYPHER"`: read-only Cypher (a READ access-mode session: the server refuses writes). */
import { Option, type Command } from 'commander';
import { loadConfig } from '../../graph/config.js';
import { openDriver } from '../../graph/driver.js';
import { runRead } from '../../graph/read.js';
import { formatRows, parseParam, type Format } from '../format.js';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query and print the rows')
    .argument('<cypher>', 'the Cypher query; pass values with --param, never by pasting them in')
    .option('--param <key=value>', 'a query parameter, repeatable; JSON values (numbers, lists) are parsed', parseParam, {})
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--timeout <seconds>', 'transaction timeout', (v) => Number(v), 30)
    .option('--limit <rows>', 'print at most this many rows', (v) => Number(v), 10_000)
    .addHelpText('after', `\nExample:\n  kg query "MATCH (e:Entity)-[r:SUPPORT]->(x:Entity {name: \\$name}) RETURN e.name, r.polarity" --param name=militias`)
    .action(async (cypher: string, o: { param: Record<string, unknown>; format: Format; timeout: number; limit: number }) => {
      const cfg = loadConfig();
      const driver = await openDriver(cfg);
      try {
        const res = await runRead(driver, cypher, o.param, { database: cfg.database, timeoutMs: o.timeout * 1000, maxRows: o.limit });
        process.stdout.write(`${formatRows(res.rows, res.columns, o.format)}\n`);
        if (res.truncated) process.stderr.write(`kg: output cut at ${o.limit} rows (--limit)\n`);
      } finally {
        await driver.close();
      }
    });
}
