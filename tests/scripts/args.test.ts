import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The built scripts (tests run after `npm run build`); none of these reach the corpus or Neo4j. */
const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join('dist', 'scripts', `${script}.js`), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the scripts’ command lines', () => {
  it.each(['sample-relations', 'sample-merges', 'judged-confidence', 'bench', 'bench-long'])(
    '%s --help prints its usage and exits 0',
    (script) => {
      const r = run(script, ['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run [a-z:]+/);
      expect(r.stderr).toBe('');
    },
  );

  it('an unknown option is one line naming it, with the usage, exit 2', () => {
    const r = run('sample-relations', ['--sed', '7']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^sample-relations: Unknown option '--sed'.*usage: npm run sample:relations/),
    ]);
  });

  it('a missing value is one line too', () => {
    const r = run('bench', ['--runs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bench: Option '--runs <value>' argument missing/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
