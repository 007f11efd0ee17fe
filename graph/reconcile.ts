/**
 * Bring the stored graph in line with resolution over every stored article: the one step that
 * makes the graph a function of the set of articles (and of the alias file and curation log),
 * whatever order they were ingested in and wherever an earlier run was interrupted.
 *   - an article whose extraction under the current resolution differs from what was written
 *     (its `resolved` signature) is written again, replacing its contribution;
 *   - entities whose name, type, aliases or audit changed get them rewritten;
 *   - relationships held by a curation reject are flagged `rejected`, all others unflagged.
 * `kg ingest` runs it at the end; every `kg curate` operation runs it at once.
 */
import { extractionFor } from '../ingest/resolve/output.js';
import { resolveSet } from '../ingest/resolve/global.js';
import type { Resolution, Tables } from '../ingest/resolve/corpus.js';
import type { Extraction } from '../ingest/types.js';
import { entityProps } from './entity-props.js';
import { withStored, type StoredArticle } from './locals.js';
import type { GraphStore } from './store.js';

export interface ReconcileResult {
  articles: number;
  rewritten: number;
  entities: number;
  rejected: number;
  resolution: Resolution;
}

export async function reconcile(
  store: GraphStore,
  arts: Map<string, StoredArticle>,
  tables: Tables,
  batch = 200,
): Promise<ReconcileResult> {
  await store.ensureSchema();
  const resolution = resolveSet(
    [...arts.values()].map((a) => a.local),
    tables,
  );
  const stale: Extraction[] = [];
  for (const a of arts.values()) {
    const x = withStored(extractionFor(a.local, resolution), a.local);
    if (x.stored!.resolved !== a.resolved) stale.push(x);
  }
  for (let i = 0; i < stale.length; i += batch) {
    const xs = stale.slice(i, i + batch);
    await store.write(xs);
    for (const x of xs) arts.get(x.article.id)!.resolved = x.stored!.resolved;
  }
  const revs = await store.entityRevisions();
  const rows = [...resolution.entities.values()]
    .filter((g) => revs.has(g.id))
    .map((g) => ({ id: g.id, name: g.name, type: g.type, aliases: g.aliases, props: entityProps({ ...g, scope: g.scope }) }))
    .filter((r) => revs.get(r.id) !== r.props.rev);
  await store.updateEntities(rows);
  await store.markRejected([...resolution.rejected]);
  return { articles: arts.size, rewritten: stale.length, entities: rows.length, rejected: resolution.rejected.size, resolution };
}
