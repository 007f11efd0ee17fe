#!/usr/bin/env node
// The `kg` command. The TypeScript sources are compiled to dist/ by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 re-optimises the extractor's large functions many times over a corpus (their object shapes
// vary), each time inlining up to 920 bytes of callees: the compiler threads then burned a third
// of the CPU of `kg extract`. A smaller inlining budget, set before any of our code is compiled
// (worker threads share it), cut that CPU by about a tenth with no slower JavaScript (see the
// commit message for the measurement). The compiler threads still took a quarter: V8 counts a
// function hot after 66 KB of its bytecode has run, so the rule functions that run once per
// sentence reach the optimiser within a few articles, are dropped again when a new shape
// arrives (most bailouts are "wrong map"), and are optimised again. Counting them hot only after
// 600 KB leaves the truly hot code (compromise's matcher, the tag lookups) optimised and the
// rest interpreted: `kg extract` of the BBC business folder took 30 % less wall time with the
// same output (2 cores, 2 workers; compromise alone gains nothing from it).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200 --interrupt-budget=600000');

const entry = new URL('../dist/bin/kg.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kg: not built yet (run `npm install` or `npm run build` in the kg folder)\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
