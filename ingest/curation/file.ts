/**
 * The curation log: `curation.jsonl`, one operation per line (types.ts), appended to and never
 * rewritten, so it can be versioned and reviewed like code. Found at $KG_CURATION, else
 * ./curation.jsonl in the working directory (beside aliases.tsv). A line that is not a valid
 * operation is a BAD_CURATION_FILE error naming the file and line.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kgError } from '../errors.js';
import { sha256 } from '../hash.js';
import { ENTITY_TYPES } from '../types.js';
import { OP_NAMES, type CurationOp } from './types.js';

export function curationFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.KG_CURATION ? resolve(env.KG_CURATION) : resolve(cwd, 'curation.jsonl');
}

const strs = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const FIELDS: Record<CurationOp['op'], (o: Record<string, unknown>) => boolean> = {
  merge: (o) => typeof o.into === 'string' && typeof o.from === 'string' && strs(o.intoKeys) && strs(o.fromKeys),
  split: (o) => typeof o.entity === 'string' && typeof o.alias === 'string' && strs(o.keys),
  rename: (o) => typeof o.entity === 'string' && typeof o.name === 'string' && !!o.name.trim() && strs(o.keys),
  retype: (o) => typeof o.entity === 'string' && ENTITY_TYPES.includes(o.type as never) && strs(o.keys),
  reject: (o) =>
    typeof o.key === 'string' &&
    typeof o.predicate === 'string' &&
    typeof o.polarity === 'string' &&
    strs(o.subjectKeys) &&
    strs(o.objectKeys),
  undo: (o) => typeof o.undoes === 'string',
};

/** Whether a parsed value is a well-formed operation. */
export function isOp(v: unknown): v is CurationOp {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.id === 'string' && typeof o.at === 'string' && OP_NAMES.includes(o.op as never) && FIELDS[o.op as CurationOp['op']](o);
}

export function parseCuration(text: string, file: string): CurationOp[] {
  const ops: CurationOp[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw kgError(
        'BAD_CURATION_FILE',
        `curation file ${file}, line ${i + 1}: not JSON`,
        'each line is one JSON object written by `kg curate`',
      );
    }
    if (!isOp(v))
      throw kgError(
        'BAD_CURATION_FILE',
        `curation file ${file}, line ${i + 1}: not a curation operation`,
        'each line is one JSON object written by `kg curate`',
      );
    ops.push(v);
  });
  return ops;
}

export function readCuration(file = curationFile()): CurationOp[] {
  return existsSync(file) ? parseCuration(readFileSync(file, 'utf8'), file) : [];
}

/** A fresh, time-ordered operation id. */
export function opId(at: string, body: unknown): string {
  return `${at.replace(/\D/g, '').slice(0, 17)}-${sha256(JSON.stringify(body)).slice(0, 8)}`;
}

/** Append one operation; returns it with its id and time. */
export function appendOp<T extends Record<string, unknown>>(body: T, file = curationFile(), now = new Date()): CurationOp {
  const at = now.toISOString();
  const op = { id: opId(at, body), at, ...body } as unknown as CurationOp;
  if (!isOp(op)) throw kgError('CURATION_INVALID', `curation: not a valid ${String(body.op)} operation`);
  appendFileSync(file, `${JSON.stringify(op)}\n`);
  return op;
}
