#!/usr/bin/env node
// The `kg` command. The TypeScript sources are compiled to dist/ by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin/kg.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kg: not built yet (run `npm install` or `npm run build` in the kg folder)\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
