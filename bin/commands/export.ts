/** `kg export --format gexf|graphml|json|csv [--cypher "…"] [--out FILE]`: the graph for Gephi & co. */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../graph/config.js';
import { openDriver } from '../../graph/driver.js';
import { isolatedRunner } from '../../graph/isolate.js';
import { kgError } from '../../ingest/errors.js';
import { collectGraph, formatGraph, FORMATS, type ExportFormat } from '../../viz/server/export.js';

/** For csv, FILE holds the relationships and FILE with `.nodes` before its extension the entities. */
export function nodesPath(out: string): string {
  return /\.[^./\\]+$/.test(out) ? out.replace(/(\.[^./\\]+)$/, '.nodes$1') : `${out}.nodes`;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph (or the part a read-only Cypher query returns) with polarity, certainty, attribution, counts and evidence as attributes',
    )
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default('gexf'))
    .option('--cypher <query>', 'export only the nodes and relationships this read-only query returns')
    .option('--out <file>', 'write to FILE instead of stdout (csv needs it: FILE gets the relationships, FILE.nodes.csv the entities)')
    .action(async (o: { format: ExportFormat; cypher?: string; out?: string }) => {
      // Two tables cannot share one RFC 4180 file: csv needs --out (FILE and FILE.nodes.csv).
      if (o.format === 'csv' && !o.out)
        throw kgError('BAD_ARGUMENT', 'export: --format csv writes two files, the relationships and the entities', 'pass --out FILE.csv');
      const cfg = loadConfig();
      const driver = await openDriver(cfg);
      const queries = o.cypher ? isolatedRunner(cfg, { size: 1, memoryMb: 4096 }) : undefined;
      try {
        const graph = await collectGraph(driver, o.cypher, cfg.database, queries);
        const text = formatGraph(graph, o.format);
        if (typeof text === 'string') {
          if (o.out) writeFileSync(o.out, text);
          else process.stdout.write(text);
        } else if (o.out) {
          writeFileSync(o.out, text.edges);
          writeFileSync(nodesPath(o.out), text.nodes);
        }
        if (o.out) process.stderr.write(`kg: exported ${graph.order} entities and ${graph.size} relationships to ${o.out}\n`);
      } finally {
        await queries?.close();
        await driver.close();
      }
    });
}
