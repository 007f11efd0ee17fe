/** `kg neo4j start | stop | status`: the local Neo4j Community server, no Docker needed. */
import type { Command } from 'commander';
import { loadConfig } from '../../graph/config.js';
import { start, status, stop } from '../../graph/server/process.js';
import { serverPaths } from '../../graph/server/paths.js';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const NO_AUTH =
  'kg: warning: this server was started with authentication off (by an older kg); run `kg neo4j stop` and `kg neo4j start` to turn it on';

export function registerNeo4j(program: Command): void {
  const cmd = program
    .command('neo4j')
    .description('run a local Neo4j 5.26 Community server from Maven Central jars (no Docker needed)')
    .addHelpText(
      'after',
      '\nPorts: KG_BOLT_PORT (7687), KG_HTTP_PORT (7474). Memory: KG_NEO4J_HEAP (1g), KG_NEO4J_PAGECACHE (512m).' +
        '\nUser neo4j; its password is generated on the first start and kept in .kg/neo4j/auth/password.' +
        '\nWhen NEO4J_URI is set, kg uses that server and starts none.',
    );

  cmd
    .command('start')
    .description('start the server in the background and wait until Bolt answers')
    .option('--timeout <seconds>', 'how long to wait for the server', (v) => Number(v) * 1000)
    .action(async (o: { timeout?: number }) => {
      const cfg = loadConfig();
      if (cfg.external) return say(`NEO4J_URI is set (${cfg.uri}): kg uses that server and starts none here`);
      const s = await start({ timeoutMs: o.timeout, log: (l) => process.stderr.write(`${l}\n`) });
      say(
        `${s.alreadyRunning ? 'already running' : 'started'}: Neo4j at ${s.uri} (Neo4j Browser ${s.httpUrl}/browser/, pid ${s.pid}, home ${s.home})`,
      );
      if (!s.auth) process.stderr.write(`${NO_AUTH}\n`);
    });

  cmd
    .command('stop')
    .description('shut the local server down cleanly')
    .action(async () => {
      const cfg = loadConfig();
      if (cfg.external) return say(`NEO4J_URI is set (${cfg.uri}): kg manages no server to stop`);
      const r = await stop();
      say(r.wasRunning ? 'stopped' : 'not running');
    });

  cmd
    .command('status')
    .description('say whether the server is running, its URI and where its password is')
    .action(async () => {
      const cfg = loadConfig();
      if (cfg.external) return say(`external server: ${cfg.uri} (NEO4J_URI)`);
      const s = await status();
      const login = s.auth ? `user neo4j, password in ${serverPaths().passwordFile}` : 'authentication off';
      say(s.running ? `running: ${s.uri} (pid ${s.pid}; ${login})` : `stopped (would listen on ${s.uri})`);
      if (s.running && !s.auth) process.stderr.write(`${NO_AUTH}\n`);
      if (!s.running) process.exitCode = 3;
    });
}
