/**
 * The whole graph of a test database in a comparable form: what "the same graph" means for an
 * interrupted ingest (ingest times, which always differ, left out; lists sorted).
 */
import type { Driver } from 'neo4j-driver';

export interface Snapshot {
  articles: string[];
  entities: string[];
  statements: string[];
  relationships: string[];
  /** Evidence (article + offsets + claim) held by more than one statement. */
  evidenceTwice: string[];
}

const QUERIES = {
  articles: 'MATCH (a:Article) RETURN [a.id, a.contentHash, a.source, a.title] AS row',
  entities: `MATCH (e:Entity) RETURN [e.id, e.name, e.type, COLLECT { UNWIND e.aliases AS x RETURN x ORDER BY x }, e.mentions, e.articles, e.degree] AS row`,
  statements: `MATCH (st:Statement)-[:FROM]->(a:Article), (st)-[:SUBJECT]->(s), (st)-[:OBJECT]->(o)
               OPTIONAL MATCH (st)-[:ASSERTED_BY]->(sp)
               RETURN [st.id, st.relKey, a.id, s.id, o.id, sp.id, st.predicate, st.polarity, st.certainty, st.start, st.end, st.text] AS row`,
  relationships:
    'MATCH (s:Entity)-[r]->(o:Entity) RETURN [r.key, type(r), s.id, o.id, r.polarity, r.certainty, r.count, r.articles] AS row',
  evidenceTwice: `MATCH (st:Statement) WITH st.articleId AS a, st.start AS s, st.end AS e, st.predicate AS p, st.polarity AS pol, st.certainty AS c, st.subjectId AS subj, st.objectId AS obj, count(*) AS n
                  WHERE n > 1 RETURN [a, s, e, p, pol, c, subj, obj, n] AS row`,
};

export async function snapshot(driver: Driver): Promise<Snapshot> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const out = {} as Record<keyof Snapshot, string[]>;
    for (const [k, q] of Object.entries(QUERIES)) {
      const r = await session.run(q);
      out[k as keyof Snapshot] = r.records.map((x) => JSON.stringify(x.get('row'))).sort();
    }
    return out;
  } finally {
    await session.close();
  }
}

/** Rows in one snapshot and not the other, per part (empty when the graphs are the same). */
export function difference(a: Snapshot, b: Snapshot): Record<string, { onlyFirst: string[]; onlySecond: string[] }> {
  const out: Record<string, { onlyFirst: string[]; onlySecond: string[] }> = {};
  for (const k of Object.keys(a) as (keyof Snapshot)[]) {
    const sa = new Set(a[k]);
    const sb = new Set(b[k]);
    const onlyFirst = a[k].filter((x) => !sb.has(x));
    const onlySecond = b[k].filter((x) => !sa.has(x));
    if (onlyFirst.length || onlySecond.length) out[k] = { onlyFirst, onlySecond };
  }
  return out;
}
