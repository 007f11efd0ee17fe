/**
 * The extractor's version, stored on every Article. `kg ingest` re-extracts an unchanged article
 * whose stored version differs, so a better extractor reaches a graph built by an older one.
 * RELEASE is raised by hand when extraction code changes; the rest is a fingerprint of the shipped
 * tables in ingest/data (lexicons, predicates, rules), so a data change needs no one to remember it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTRACTOR_RELEASE = '357';

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.(?:json|tsv)$/.test(name)) out.push(p);
  }
  return out;
}

function fingerprint(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
  const h = createHash('sha256');
  try {
    for (const f of files(dir)) h.update(f.slice(dir.length)).update(readFileSync(f));
  } catch {
    return 'nodata';
  }
  return h.digest('hex').slice(0, 8);
}

export const EXTRACTOR_VERSION = `${EXTRACTOR_RELEASE}.${fingerprint()}`;
