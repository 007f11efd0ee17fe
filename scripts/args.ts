/**
 * The scripts' command lines: node's parseArgs, plus --help (the usage line, exit 0) and one clear
 * line, not a stack trace, for an unknown option or a missing value (exit 2).
 */
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function scriptArgs<const O extends Options>(usage: string, options: O): ReturnType<typeof parseArgs<{ options: O }>>['values'] {
  const name = basename(process.argv[1] ?? 'script', '.js');
  try {
    if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
      process.stdout.write(`usage: ${usage}\n`);
      process.exit(0);
    }
    return parseArgs({ options }).values;
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message.split('\n')[0]} (usage: ${usage})\n`);
    process.exit(2);
  }
}
