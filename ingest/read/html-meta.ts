/** Article metadata from an HTML document's <head>: title, date, outlet, canonical URL. */

type Doc = {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
};

export interface HtmlMeta {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

const attr = (doc: Doc, sel: string, name = 'content'): string | undefined =>
  doc.querySelector(sel)?.getAttribute(name)?.trim() || undefined;

/** Every object in the page's JSON-LD blocks (top level, arrays and @graph), unparsable ones skipped. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      visit((v as Record<string, unknown>)['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken JSON-LD block is just ignored */
    }
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function htmlMeta(doc: Doc): HtmlMeta {
  const ld = jsonLd(doc);
  const fromLd = (key: string) => ld.map((o) => str(o[key])).find(Boolean);
  const publisher = ld
    .map((o) => o.publisher)
    .map((p) => (p && typeof p === 'object' ? str((p as Record<string, unknown>).name) : str(p)))
    .find(Boolean);
  return {
    title: attr(doc, 'meta[property="og:title"]') ?? fromLd('headline') ?? (doc.querySelector('title')?.textContent?.trim() || undefined),
    date:
      attr(doc, 'meta[property="article:published_time"]') ??
      fromLd('datePublished') ??
      attr(doc, 'meta[itemprop="datePublished"]') ??
      attr(doc, 'meta[name="date"]') ??
      attr(doc, 'time[datetime]', 'datetime'),
    outlet: attr(doc, 'meta[property="og:site_name"]') ?? publisher,
    url: attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]'),
  };
}
