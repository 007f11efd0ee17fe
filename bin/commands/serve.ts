/** `kg serve [--port 7700] [--host 127.0.0.1]`: the explorer (web app + JSON API) over the graph. */
import { InvalidArgumentError, type Command } from 'commander';
import { serve } from '../../viz/server/index.js';

const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expects a port number (0–65535)');
  return n;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('open the explorer: search actors, expand neighbourhoods, read the evidence behind every relationship')
    .option('--port <port>', 'port to listen on', port, 7700)
    .option('--host <host>', 'address to bind (loopback by default; anything else exposes the graph to your network)', '127.0.0.1')
    .action(async (o: { port: number; host: string }) => {
      const served = await serve({ host: o.host, port: o.port });
      if (served.warning) process.stderr.write(`kg: ${served.warning}\n`);
      process.stdout.write(`kg explorer: ${served.url}  (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void served.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
