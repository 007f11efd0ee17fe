/**
 * The article reader: title, outlet, date (or "undated"), a link to the URL, and the text with
 * the chosen sentence marked and its actors highlighted in it, scrolled into view. Text goes in
 * as text nodes only, never as HTML. Articles stored before kg kept texts show the sentence alone.
 */
import type { ArticleText } from '../../../shared/types.js';
import { api } from '../api.js';
import { findRanges, pieces } from '../highlight.js';
import type { Nav, Slot } from './details.js';
import { badge, el } from './dom.js';
import { externalLink } from './link.js';

type St = ArticleText['statements'][number];

/** The text from `from` to `to`, paragraphs kept, with the statement's sentence marked. */
function passage(text: string, s: St | undefined): HTMLElement {
  const body = el('div', { class: 'reader-text', 'data-testid': 'reader-text' });
  const paras = text.split(/\n{2,}/);
  let at = 0;
  for (const p of paras) {
    const start = text.indexOf(p, at);
    at = start + p.length;
    const para = el('p', {});
    if (s && s.start < at && s.end > start) {
      const a = Math.max(0, s.start - start);
      const b = Math.min(p.length, s.end - start);
      const inner = p.slice(a, b);
      const names = (n: St['subject']): string[] => [n.label, ...n.aliases];
      const mark = el(
        'mark',
        { class: 'sentence', 'data-testid': 'reader-sentence' },
        ...pieces(inner, findRanges(inner, names(s.subject), names(s.object))).map((x) =>
          x.role ? el('mark', { class: x.role }, x.text) : x.text,
        ),
      );
      para.append(p.slice(0, a), mark, p.slice(b));
    } else para.append(p);
    body.append(para);
  }
  return body;
}

export async function readerView(slot: Slot, nav: Nav, id: string, statementId?: string): Promise<void> {
  const view = slot.claim();
  view.fill(el('p', { class: 'muted' }, 'loading the article…'));
  const art = await api.article(id).catch((e: Error) => e);
  if (!view.live()) return;
  const back = el('button', { onclick: () => nav.back() }, '← back');
  if (art instanceof Error) return view.fill(back, el('p', { class: 'error' }, art.message));
  const a = art.article;
  const s = art.statements.find((x) => x.id === statementId);
  view.fill(
    back,
    el('h2', {}, 'Article'),
    el('h3', { 'data-testid': 'reader-title' }, a.title || a.id),
    el(
      'div',
      { class: 'reader-meta' },
      a.outlet ? badge(a.outlet) : null,
      badge(a.publishedAt?.slice(0, 10) ?? 'undated', 'date'),
      s?.eventDate ? badge(`event ${s.eventDate}`, 'event') : null,
      ' ',
      externalLink(a.url) ?? el('span', { class: 'muted' }, a.source ?? ''),
    ),
    s
      ? el(
          'div',
          { class: 'muted' },
          `${s.subject.label} ${s.polarity === 'negative' ? 'NOT ' : ''}${s.predicate} ${s.object.label} (${s.certainty})`,
        )
      : null,
    art.text !== null
      ? passage(art.text, s)
      : el(
          'p',
          { class: 'muted' },
          'The text of this article was not stored (ingested before kg kept texts); re-ingest it to read it here.',
        ),
  );
  slot.root.querySelector('[data-testid=reader-sentence]')?.scrollIntoView({ block: 'center' });
}
