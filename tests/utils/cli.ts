/** Run the built `kg` command as a user would (tests run after `npm run build`). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()): CliResult {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
