/**
 * Pure: Extractions → the parameter rows the write statements UNWIND. No driver here.
 */
import { relationKey, shortId } from '../ingest/hash.js';
import { eventDate } from '../ingest/read/event-date.js';
import type { Extraction } from '../ingest/types.js';
import { entityProps, type EntityProps } from './entity-props.js';
import { relType } from './schema.js';

export interface ArticleRow {
  id: string;
  props: {
    title: string;
    source: string;
    outlet: string | null;
    url: string | null;
    publishedAt: string | null;
    contentHash: string;
    bodyHash: string | null;
    extractorVersion: string | null;
    text: string;
    local: string | null;
    resolved: string | null;
  };
}
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  /** Scope, event qualifiers and the merge audit (graph/entity-props.ts). */
  props: EntityProps;
}
export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}
export interface StatementRow {
  id: string;
  relKey: string;
  subject: string;
  object: string;
  attribution: string | null;
  article: string;
  props: {
    relKey: string;
    predicate: string;
    polarity: string;
    certainty: string;
    confidence: number;
    text: string;
    start: number;
    end: number;
    source: string;
    articleId: string;
    subjectId: string;
    objectId: string;
    /** The article's publication date (yyyy-mm-dd) or null; `eventDate` is the date the sentence gives the event, if any. */
    publishedAt: string | null;
    eventDate: string | null;
    /** A common-noun argument in full ("return to O-levels"), or null. */
    subjectDetail: string | null;
    objectDetail: string | null;
    /** What completes the predicate after its object ("as Fagin"), or null. */
    complement: string | null;
  };
}
export interface RelRow {
  key: string;
  type: string;
  subject: string;
  object: string;
  predicate: string;
  polarity: string;
  rejected?: boolean;
}
export interface GraphBatch {
  articles: ArticleRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  rels: RelRow[];
}

export const relKey = relationKey;

/**
 * A statement is one claim of one sentence: its identity is the article, the sentence's offsets,
 * the predicate, polarity and certainty, and its place among the sentence's claims of that kind
 * (`k`, in extraction order). It does not depend on how entities were resolved across articles,
 * so re-ingesting an article (after an interruption, say) can never store its evidence twice.
 */
const statementId = (claim: string[], k: number): string => shortId('statement', ...claim, String(k));

export function toBatch(xs: readonly Extraction[]): GraphBatch {
  const b: GraphBatch = { articles: [], entities: [], mentions: [], statements: [], rels: [] };
  const entities = new Map<string, EntityRow>();
  const rels = new Map<string, RelRow>();
  for (const x of xs) {
    const a = x.article;
    b.articles.push({
      id: a.id,
      props: {
        title: a.title,
        source: a.source,
        outlet: a.outlet,
        url: a.url,
        publishedAt: a.publishedAt,
        contentHash: a.contentHash,
        bodyHash: a.bodyHash ?? null,
        extractorVersion: a.extractorVersion ?? null,
        text: a.text,
        local: x.stored?.local ?? null,
        resolved: x.stored?.resolved ?? null,
      },
    });
    for (const e of x.entities) {
      entities.set(e.id, { id: e.id, name: e.name, type: e.type, aliases: e.aliases, props: entityProps(e) });
      if (e.mentions > 0) b.mentions.push({ article: a.id, entity: e.id, count: e.mentions });
    }
    const ordinal = new Map<string, number>();
    for (const r of x.relations) {
      const key = relKey(r.subject, r.predicate, r.object, r.polarity);
      rels.set(key, {
        key,
        type: relType(r.predicate),
        subject: r.subject,
        object: r.object,
        predicate: r.predicate,
        polarity: r.polarity,
        rejected: r.rejected === true,
      });
      const evidence = [...new Map(r.evidence.map((ev) => [`${ev.start}:${ev.end}`, ev])).values()];
      for (const ev of evidence) {
        const claim = [a.id, String(ev.start), String(ev.end), r.predicate, r.polarity, r.certainty];
        const k = ordinal.get(claim.join('\u0000')) ?? 0;
        ordinal.set(claim.join('\u0000'), k + 1);
        b.statements.push({
          id: statementId(claim, k),
          relKey: key,
          subject: r.subject,
          object: r.object,
          attribution: r.attribution,
          article: a.id,
          props: {
            relKey: key,
            predicate: r.predicate,
            polarity: r.polarity,
            certainty: r.certainty,
            confidence: r.confidence,
            text: ev.text,
            start: ev.start,
            end: ev.end,
            source: ev.source,
            articleId: a.id,
            subjectId: r.subject,
            objectId: r.object,
            publishedAt: a.publishedAt,
            eventDate: eventDate(ev.text, a.publishedAt),
            subjectDetail: ev.subjectDetail ?? null,
            objectDetail: ev.objectDetail ?? null,
            complement: ev.complement ?? null,
          },
        });
      }
    }
  }
  b.entities = [...entities.values()];
  b.rels = [...rels.values()];
  return b;
}
