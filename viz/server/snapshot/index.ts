/**
 * A snapshot of the graph's claims, held in the server's memory (its version checked every `limits.snapshotMs`, 10 s): every
 * actor with a relationship, every relationship with its family, its statements as claims (date,
 * event date, certainty, attribution, outlet, near-duplicate group) and its independent sources.
 * Facets, matches, contradictions and the actor panel are computed from it in JavaScript (a few
 * milliseconds), and every edge the API returns is enriched from it. Built by `buildSnapshot`
 * (pure) from the rows `loadRows` reads.
 */
import { isoDay } from '../../../ingest/read/dates.js';
import { familyOf } from '../../shared/families.js';
import { independentSources } from '../../shared/sources.js';
import type { Claim, VizEdge, VizNode } from '../../shared/types.js';
import type { Ctx } from '../context.js';
import { nearDuplicateGroups } from '../corroboration/near-dup.js';
import { outletKey } from '../corroboration/outlet.js';
import { tidyEdge, tidyNode } from '../cypher-maps.js';
import type { FacetRow } from '../../shared/facets.js';
import { claimsDirect } from './claims.js';
import { graphVersion, loadRows, type Rows } from './load.js';

export interface Snapshot {
  /** The graph's version it was built from (load.ts graphVersion). */
  version: string;
  nodes: Map<string, VizNode>;
  edges: Map<string, VizEdge>;
  /** Actor id → keys of its relationships (both directions). */
  byActor: Map<string, string[]>;
  /** Article id → its near-duplicate group and outlet key. */
  articles: Map<string, { dup: string; outlet: string | null; date: string | null }>;
  /** Event id → what the articles said pins it down (its target's name, place, time), when stated. */
  events: Map<string, EventFacts>;
}

export interface EventFacts {
  target: string | null;
  place: string | null;
  time: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function buildSnapshot(rows: Rows): Snapshot {
  const sigs = new Map(rows.articles.map((a) => [a.id, a.hash ? (rows.signatures.get(a.hash) ?? null) : null]));
  const groups = nearDuplicateGroups(sigs);
  const articles = new Map(
    rows.articles.map((a) => [a.id, { dup: groups.get(a.id) ?? a.id, outlet: outletKey(a.outlet, a.url), date: isoDay(a.date) }]),
  );
  const claims = new Map<string, Claim[]>();
  for (const s of rows.statements) {
    const a = articles.get(s.article);
    const c: Claim = {
      article: s.article,
      date: a?.date ?? null,
      event: s.event ?? null,
      certainty: s.certainty ?? 'asserted',
      attributed: Boolean(s.attributed),
      outlet: a?.outlet ?? null,
      dup: a?.dup ?? s.article,
    };
    const list = claims.get(s.key);
    if (list) list.push(c);
    else claims.set(s.key, [c]);
  }
  const nodes = new Map(rows.entities.map((m) => tidyNode(m)).map((n) => [n.id, n]));
  const events = new Map<string, EventFacts>();
  for (const m of rows.entities) {
    const ev = m.event as Record<string, unknown> | null | undefined;
    if (ev) events.set(String(m.id), { target: str(ev.target), place: str(ev.place), time: str(ev.time) });
  }
  const edges = new Map<string, VizEdge>();
  const byActor = new Map<string, string[]>();
  const link = (actor: string, key: string): void => void (byActor.get(actor)?.push(key) ?? byActor.set(actor, [key]));
  for (const m of rows.edges) {
    const e = tidyEdge(m);
    const cs = (claims.get(e.id) ?? []).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    edges.set(e.id, { ...e, family: familyOf(e.predicate), sources: independentSources(cs), claims: cs });
    link(e.source, e.id);
    if (e.target !== e.source) link(e.target, e.id);
  }
  return { version: rows.version, nodes, edges, byActor, articles, events };
}

/**
 * The current snapshot. Within `limits.snapshotMs` of the last check the same one; after that the
 * old one is still answered while the graph's version is checked (one small query) and, only if
 * it changed, a new snapshot is built in the background (stale-while-revalidate): a request never
 * waits for a rebuild once the first build is done, and an unchanged graph is never re-read. A
 * context without a `snapshots` holder (the CLI export) builds one per call.
 */
export function snapshot(ctx: Ctx): Promise<Snapshot> {
  const h = ctx.snapshots;
  const rebuild = async (): Promise<Snapshot> => buildSnapshot(await loadRows(ctx));
  if (!h) return rebuild();
  const build = async (): Promise<Snapshot> => {
    const old = h.current ? await h.current.catch(() => null) : null;
    return old && old.version === (await graphVersion(ctx)) ? old : rebuild();
  };
  const fresh = h.current && Date.now() - h.at < ctx.limits.snapshotMs;
  if (!fresh && !h.pending) {
    h.pending = build().then(
      (s) => {
        Object.assign(h, { current: Promise.resolve(s), at: Date.now(), pending: null });
        return s;
      },
      (e: unknown) => {
        h.pending = null;
        throw e;
      },
    );
    h.pending.catch(() => {}); // a failed background rebuild keeps the old snapshot; callers waiting on it see the error
  }
  return h.current ?? h.pending!;
}

/** How long a request waits for a snapshot still being built before reading its claims directly. */
const WAIT_MS = 150;

/**
 * Edges with their family, sources and claims from the snapshot (edges it does not know get their
 * family only). While the server's first snapshot is still being built, the claims of these edges
 * are read directly (claims.ts), so the first view never waits for the whole graph.
 */
export async function enrich(ctx: Ctx, edges: VizEdge[]): Promise<VizEdge[]> {
  if (edges.length === 0) return edges;
  const building = snapshot(ctx);
  const snap = ctx.snapshots?.current
    ? await building
    : await Promise.race([building, new Promise<null>((r) => setTimeout(() => r(null), WAIT_MS))]);
  if (!snap) return claimsDirect(ctx, edges);
  // The snapshot gives what is derived from the statements; the relationship's own properties
  // (a curator's reject, counts) are the ones just read.
  return edges.map((e) => {
    const s = snap.edges.get(e.id);
    return s ? { ...e, family: s.family, sources: s.sources, claims: s.claims } : { ...e, family: familyOf(e.predicate) };
  });
}

/**
 * After a write of the server's own (a curation): build a snapshot now and answer with it from
 * then on, so the next facets, matches and actor panel already see the change.
 */
export async function refreshSnapshot(ctx: Ctx): Promise<void> {
  const h = ctx.snapshots;
  if (!h) return;
  await h.pending?.catch(() => {});
  const s = buildSnapshot(await loadRows(ctx));
  Object.assign(h, { current: Promise.resolve(s), at: Date.now(), pending: null });
}

const ROWS = new WeakMap<Snapshot, FacetRow[]>();

/**
 * Every relationship with its ends' types, as the facet counter and the matcher read them: built
 * once per snapshot (a third of a facets request's time went into making these rows).
 */
export function facetRows(snap: Snapshot): FacetRow[] {
  let rows = ROWS.get(snap);
  if (!rows) {
    rows = [...snap.edges.values()].map((edge) => ({
      edge,
      subjectType: snap.nodes.get(edge.source)?.type ?? 'Entity',
      objectType: snap.nodes.get(edge.target)?.type ?? 'Entity',
    }));
    ROWS.set(snap, rows);
  }
  return rows;
}

/** Strongest first: most independent sources, then most statements, then most articles. */
export const byStrength = (a: VizEdge, b: VizEdge): number =>
  (b.sources ?? 0) - (a.sources ?? 0) || b.count - a.count || b.articles - a.articles || a.id.localeCompare(b.id);
