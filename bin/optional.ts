/** Commands that live with their feature (the explorer's serve and export), loaded when present. */
import type { Command } from 'commander';

type Register = (program: Command) => void;

export async function optionalCommands(): Promise<Register[]> {
  const found: Register[] = [];
  for (const [file, name] of [['./commands/serve.js', 'registerServe'], ['./commands/export.js', 'registerExport']] as const) {
    try {
      const mod = (await import(file)) as Record<string, Register>;
      if (typeof mod[name] === 'function') found.push(mod[name]);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    }
  }
  return found;
}
