/**
 * Curation operations: one JSON object per line of curation.jsonl (file.ts). Each names the
 * entities it acts on by id (as the user saw them) and by the identity keys those entities had
 * (resolve/keys.ts), so the operation still finds them after ids or names change; resolution
 * re-applies every operation that has not been undone (resolve/corpus.ts, resolve/classes.ts).
 */
import type { EntityType } from '../types.js';

interface OpBase {
  /** Unique id of the operation (time-ordered). */
  id: string;
  /** ISO time it was made. */
  at: string;
}

export type CurationOp = OpBase &
  (
    | { op: 'merge'; into: string; from: string; name?: string; intoKeys: string[]; fromKeys: string[] }
    | { op: 'split'; entity: string; alias: string; keys: string[] }
    | { op: 'rename'; entity: string; name: string; keys: string[] }
    | { op: 'retype'; entity: string; type: EntityType; keys: string[] }
    | {
        op: 'reject';
        key: string;
        subject: string;
        object: string;
        predicate: string;
        polarity: string;
        subjectKeys: string[];
        objectKeys: string[];
      }
    | { op: 'undo'; undoes: string }
  );

export type OpName = CurationOp['op'];
export const OP_NAMES: readonly OpName[] = ['merge', 'split', 'rename', 'retype', 'reject', 'undo'];

/** The operations in force: every non-undo operation that no later undo cancels, in file order. */
export function effective(ops: readonly CurationOp[]): Exclude<CurationOp, { op: 'undo' }>[] {
  const undone = new Set(ops.flatMap((o) => (o.op === 'undo' ? [o.undoes] : [])));
  return ops.filter((o): o is Exclude<CurationOp, { op: 'undo' }> => o.op !== 'undo' && !undone.has(o.id));
}
