/**
 * PDF bytes → SourceRecord, through Mozilla's pdf.js (text layer only: nothing is rendered, no
 * script or font program is evaluated). Lines are rebuilt from the text items' positions and
 * joined into paragraphs where the vertical gap is wider than a line; a word hyphenated across a
 * line end is joined. Each page must be read within KG_READ_TIMEOUT_MS. Title and date come from
 * the document info. A PDF without a text layer (a scan) yields no article text.
 */
import { kgError, type KgError } from '../errors.js';
import type { SourceRecord } from '../types.js';
import { maxFileBytes, readTimeoutMs, within } from './bounded.js';

interface Item {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}
interface Line {
  text: string;
  y: number;
  height: number;
}

/** Text items (in reading order as pdf.js gives them) → lines with their baseline and height. */
function lines(items: readonly Item[]): Line[] {
  const out: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    const y = it.transform[5] ?? 0;
    if (cur && Math.abs(cur.y - y) > Math.max(2, cur.height / 2)) {
      out.push(cur);
      cur = null;
    }
    cur ??= { text: '', y, height: it.height || 10 };
    cur.text += it.str;
    cur.height = Math.max(cur.height, it.height || 0);
    if (it.hasEOL) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out.filter((l) => l.text.trim());
}

/** Lines → paragraphs: a gap over 1.5 line heights (or a new page) starts a new one. */
export function paragraphs(pages: readonly (readonly Item[])[]): string {
  const paras: string[] = [];
  for (const page of pages) {
    let para = '';
    let prev: Line | null = null;
    for (const l of lines(page)) {
      const text = l.text.replace(/\s+/g, ' ').trim();
      if (prev && Math.abs(prev.y - l.y) > 1.5 * Math.max(prev.height, l.height)) {
        paras.push(para);
        para = '';
      }
      para = !para ? text : /\p{L}-$/u.test(para) && /^\p{Ll}/u.test(text) ? para.slice(0, -1) + text : `${para} ${text}`;
      prev = l;
    }
    if (para) paras.push(para);
  }
  return paras.join('\n\n');
}

/** "D:20210105123000Z" (PDF date) → "2021-01-05". */
const pdfDate = (d: unknown): string | undefined =>
  typeof d === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(d)?.slice(1).join('-') : undefined;

export async function pdfToRecord(source: string, data: Uint8Array): Promise<{ record: SourceRecord } | { error: KgError }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  const slow = () => kgError('FILE_TIMEOUT', `${source}: the PDF took longer than ${readTimeoutMs() / 1000} s per page to read`);
  try {
    const doc = await within(task.promise, readTimeoutMs(), slow);
    const pages: Item[][] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages && chars <= maxFileBytes(); i++) {
      const page = await within(doc.getPage(i), readTimeoutMs(), slow);
      const content = await within(page.getTextContent(), readTimeoutMs(), slow);
      const items = content.items.filter((x) => 'str' in x) as Item[];
      chars += items.reduce((n, x) => n + x.str.length, 0);
      pages.push(items);
      page.cleanup();
    }
    const text = paragraphs(pages);
    if (!text.trim())
      return {
        error: kgError('NO_ARTICLE_TEXT', `${source}: no article text found (the PDF has no text layer)`, 'a scanned PDF needs OCR first'),
      };
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const record: SourceRecord = { source, text, format: 'pdf' };
    if (typeof info.Title === 'string' && info.Title.trim()) record.title = info.Title.trim().slice(0, 500);
    const date = pdfDate(info.CreationDate);
    if (date) record.date = date;
    return { record };
  } catch (e) {
    if ((e as KgError).code === 'FILE_TIMEOUT') return { error: e as KgError };
    const name = (e as Error).name;
    const why =
      name === 'PasswordException'
        ? 'is password protected'
        : name === 'InvalidPDFException'
          ? 'is not a valid PDF'
          : `cannot be read as a PDF (${(e as Error).message})`;
    return { error: kgError('FILE_BAD_PDF', `${source}: ${why}`) };
  } finally {
    await task.destroy().catch(() => {});
  }
}
