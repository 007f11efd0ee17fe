/**
 * The evidence behind a relationship: every sentence, subject and object highlighted, the
 * statement in full where an argument's phrase goes on past its name, with its article (title, outlet, publication date or "undated", a link to the URL), the event's own date
 * when the sentence gives one, polarity, certainty, attribution, and "read in the article". The
 * relationship's independent sources and family head the list; parallel relationships between
 * the same two actors are tabs. All text goes in as text nodes.
 */
import type { EvidenceResult, EvidenceStatement } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { findRanges, pieces } from '../highlight.js';
import { edgeButtons } from './actions.js';
import type { Nav, Slot } from './details.js';
import { rejectButton } from './curation-edges.js';
import { badge, el } from './dom.js';
import { externalLink, safeUrl } from './link.js';

const hostOf = (url: string | null): string | undefined => {
  const safe = safeUrl(url);
  return safe ? new URL(safe).hostname : undefined;
};

export function sentence(text: string, subject: string[], object: string[]): HTMLElement {
  return el(
    'span',
    {},
    ...pieces(text, findRanges(text, subject, object)).map((p) => (p.role ? el('mark', { class: p.role }, p.text) : p.text)),
  );
}

function parallels(ex: Explorer, key: string): HTMLElement | null {
  if (!ex.graph.hasEdge(key)) return null;
  const [s, t] = ex.graph.extremities(key);
  const keys = [...new Set([...ex.graph.edges(s, t), ...ex.graph.edges(t, s)])];
  if (keys.length < 2) return null;
  return el(
    'div',
    { class: 'tabs' },
    ...keys.map((k) => {
      const a = ex.graph.getEdgeAttributes(k);
      return el(
        'button',
        { 'aria-pressed': String(k === key), onclick: () => ex.selectEdge(k) },
        `${a.polarity === 'negative' ? 'not ' : ''}${a.predicate}`,
      );
    }),
  );
}

/** Where a statement comes from: outlet · date (or undated) · link. */
export function provenance(s: EvidenceStatement): HTMLElement {
  const a = s.article;
  return el(
    'small',
    { class: 'muted provenance' },
    [a.outlet, a.publishedAt?.slice(0, 10) ?? 'undated'].filter(Boolean).join(' · '),
    ' · ',
    externalLink(a.url, hostOf(a.url)) ?? a.source ?? '',
  );
}

/**
 * The statement read in full when the sentence says more of an argument than its name, or
 * completes the predicate after its object: "Michael Howard · call for · return to O-levels and
 * more classroom discipline", "posters · depict · Michael Howard as Fagin". Null when it does not.
 */
function inFull(ev: EvidenceResult, s: EvidenceStatement): HTMLElement | null {
  if (!s.subjectDetail && !s.objectDetail && !s.complement) return null;
  const arg = (label: string, detail: string | null): string => detail ?? label;
  const predicate = `${s.polarity === 'negative' ? 'NOT ' : ''}${ev.edge.predicate}`;
  return el(
    'div',
    { class: 'in-full' },
    el('small', { class: 'muted' }, 'in full: '),
    `${arg(ev.subject.label, s.subjectDetail)} · ${predicate} · ${arg(ev.object.label, s.objectDetail)}${s.complement ? ` ${s.complement}` : ''}`,
  );
}

function statement(ev: EvidenceResult, s: EvidenceStatement, nav: Nav): HTMLElement {
  const names = (n: EvidenceResult['subject']): string[] => [n.label, ...n.aliases];
  return el(
    'li',
    {},
    el('blockquote', { class: s.polarity }, sentence(s.text, names(ev.subject), names(ev.object))),
    inFull(ev, s),
    el(
      'div',
      {},
      badge(s.polarity, s.polarity),
      badge(s.certainty, s.certainty),
      s.attribution ? badge(`according to ${s.attribution.name}`) : null,
      s.eventDate ? badge(`event ${s.eventDate}`, 'event') : null,
    ),
    el('div', { class: 'article-title' }, s.article.title || s.article.id),
    el(
      'div',
      {},
      provenance(s),
      ' ',
      el('button', { class: 'link', 'data-action': 'read', onclick: () => nav.article(s.article.id, s.id) }, 'read in the article'),
    ),
  );
}

export async function evidenceView(slot: Slot, ex: Explorer, nav: Nav, key: string): Promise<void> {
  const view = slot.claim();
  view.fill(el('p', { class: 'muted' }, 'loading evidence…'));
  const ev = await api.evidence(key).catch((e: Error) => e);
  if (!view.live()) return;
  if (ev instanceof Error) return view.fill(el('p', { class: 'error' }, ev.message));
  const e = ev.edge;
  const dates = (e.claims ?? [])
    .map((c) => c.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  view.fill(
    el('h2', {}, 'Relationship'),
    el(
      'h3',
      { class: 'evidence-title' },
      ev.subject.label,
      ' ',
      el('em', {}, `${e.polarity === 'negative' ? 'NOT ' : ''}${e.predicate}`),
      ' ',
      ev.object.label,
    ),
    el(
      'div',
      {},
      badge(e.polarity, e.polarity),
      badge(e.certainty, e.certainty),
      badge(e.family ?? e.predicate, 'family'),
      badge(`${e.sources ?? e.articles} independent source${(e.sources ?? e.articles) === 1 ? '' : 's'}`, 'sources'),
      badge(`${e.articles} article${e.articles === 1 ? '' : 's'}`),
      badge(
        dates.length
          ? `reported ${dates[0]}${dates.length > 1 && dates[dates.length - 1] !== dates[0] ? ` → ${dates[dates.length - 1]}` : ''}`
          : 'undated',
      ),
    ),
    parallels(ex, key),
    edgeButtons({ ex, key, evidence: ev }),
    rejectButton(ex, key, e.rejected === true),
    el('h2', {}, `Evidence (${ev.statements.length})`),
    el('ul', { class: 'list evidence', 'data-testid': 'evidence' }, ...ev.statements.map((s) => statement(ev, s, nav))),
  );
}
