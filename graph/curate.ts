/**
 * Corrections that last: each curation operation is checked against the current resolution of
 * the stored articles, appended as one line to the curation log (ingest/curation/file.ts), and
 * applied to the stored graph at once by a reconcile over every stored article. Every later
 * ingest and re-extraction reads the same log, so the correction is never lost.
 * The one entry point for `kg curate` and the explorer's POST /api/curate.
 */
import { appendOp, curationFile, readCuration } from '../ingest/curation/file.js';
import { effective, type CurationOp } from '../ingest/curation/types.js';
import { kgError } from '../ingest/errors.js';
import { defaultTables } from '../ingest/resolve/global.js';
import { fold } from '../ingest/resolve/name.js';
import { ENTITY_TYPES, type EntityType } from '../ingest/types.js';
import { loadStored } from './locals.js';
import { reconcile } from './reconcile.js';
import type { Store } from './store.js';

export type CurateRequest =
  | { op: 'merge'; into: string; from: string }
  | { op: 'split'; entity: string; alias: string }
  | { op: 'rename'; entity: string; name: string }
  | { op: 'retype'; entity: string; type: string }
  | { op: 'reject'; key: string }
  | { op: 'undo' };

export interface CurateResult {
  op: CurationOp;
  /** The entity the operation leaves (merge, rename, retype: the entity; split: the split-off one). */
  entity: string | null;
  rewritten: number;
  file: string;
}

const notFound = (what: string) =>
  kgError('CURATION_NOT_FOUND', `curate: no ${what} in the graph`, 'ids are in `kg extract` output, the explorer and `kg query`');

const RELATION = `
MATCH (st:Statement {relKey: $key})-[:SUBJECT]->(s:Entity)
MATCH (st)-[:OBJECT]->(o:Entity)
RETURN s.id AS subject, o.id AS object, st.predicate AS predicate, st.polarity AS polarity LIMIT 1`;

async function relation(
  store: Store,
  key: string,
): Promise<{ subject: string; object: string; predicate: string; polarity: string } | null> {
  const s = store.driver.session({ database: store.config.database, defaultAccessMode: 'READ' });
  try {
    const r = (await s.executeRead((t) => t.run(RELATION, { key }))).records[0];
    return r ? { subject: r.get('subject'), object: r.get('object'), predicate: r.get('predicate'), polarity: r.get('polarity') } : null;
  } finally {
    await s.close();
  }
}

export async function curate(store: Store, req: CurateRequest, file = curationFile()): Promise<CurateResult> {
  const arts = await loadStored(store);
  const before = defaultTables({ curation: readCuration(file) });
  const res = (await reconcile(store, arts, before)).resolution;
  const entity = (id: string) =>
    res.entities.get(id) ??
    (() => {
      throw notFound(`entity "${id}"`);
    })();
  let body: Record<string, unknown>;
  switch (req.op) {
    case 'merge': {
      if (req.into === req.from) throw kgError('CURATION_INVALID', 'curate: an entity cannot be merged into itself');
      const [a, b] = [entity(req.into), entity(req.from)];
      body = { op: 'merge', into: a.id, from: b.id, name: a.name, intoKeys: a.keys, fromKeys: b.keys };
      break;
    }
    case 'split': {
      const e = entity(req.entity);
      if (!e.aliases.some((x) => fold(x) === fold(req.alias))) throw notFound(`alias "${req.alias}" of ${e.id}`);
      body = { op: 'split', entity: e.id, alias: req.alias, keys: e.keys };
      break;
    }
    case 'rename':
      if (!req.name.trim()) throw kgError('CURATION_INVALID', 'curate: a name cannot be empty');
      body = { op: 'rename', entity: entity(req.entity).id, name: req.name.trim(), keys: entity(req.entity).keys };
      break;
    case 'retype':
      if (!ENTITY_TYPES.includes(req.type as EntityType))
        throw kgError('CURATION_INVALID', `curate: "${req.type}" is not a type`, `one of ${ENTITY_TYPES.join(', ')}`);
      body = { op: 'retype', entity: entity(req.entity).id, type: req.type, keys: entity(req.entity).keys };
      break;
    case 'reject': {
      const r = await relation(store, req.key);
      if (!r) throw notFound(`relationship "${req.key}"`);
      body = { op: 'reject', key: req.key, ...r, subjectKeys: entity(r.subject).keys, objectKeys: entity(r.object).keys };
      break;
    }
    case 'undo': {
      const last = effective(before.curation).at(-1);
      if (!last) throw kgError('CURATION_INVALID', 'curate: nothing to undo');
      body = { op: 'undo', undoes: last.id };
      break;
    }
  }
  const op = appendOp(body, file);
  const after = await reconcile(store, arts, defaultTables({ curation: readCuration(file) }));
  return { op, entity: leftEntity(op, after.resolution.entities), rewritten: after.rewritten, file };
}

/** The entity an operation leaves behind, looked up by the keys it recorded. */
function leftEntity(op: CurationOp, entities: ReadonlyMap<string, { id: string; keys: string[] }>): string | null {
  const keys = op.op === 'merge' ? op.intoKeys : op.op === 'split' ? [`x:${op.id}`] : 'keys' in op ? op.keys : [];
  for (const e of entities.values()) if (e.keys.some((k) => keys.includes(k))) return e.id;
  return null;
}
