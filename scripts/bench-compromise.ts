/**
 * The benchmark's baseline: compromise alone parsing the same texts on one core (one nlp() per
 * article, as a reader would call it). Prints {"words":…, "seconds":…} to stdout.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const files = readFileSync(0, 'utf8').split('\n').filter(Boolean);
let words = 0;
const t0 = performance.now();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  words += text.split(/\s+/).filter(Boolean).length;
  nlp(text);
}
process.stdout.write(`${JSON.stringify({ words, seconds: (performance.now() - t0) / 1000 })}\n`);
