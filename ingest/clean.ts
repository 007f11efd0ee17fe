/**
 * Stage: SourceRecord → Article. Fixes whitespace, drops web boilerplate (patterns in
 * ingest/data/boilerplate.json) and settles metadata. What was dropped is reported as one
 * BOILERPLATE_DROPPED message; nothing here throws on odd content.
 */
import boilerplate from './data/boilerplate.json' with { type: 'json' };
import { shortId, sha256 } from './hash.js';
import { EXTRACTOR_VERSION } from './version.js';
import type { Cleaned, Message, Read } from './types.js';

interface Pattern {
  name: string;
  re: RegExp;
}

const compile = (list: { name: string; pattern: string }[]): Pattern[] =>
  list.map((p) => ({ name: p.name, re: new RegExp(p.pattern, 'i') }));
const LINE = compile(boilerplate.lines);
const WITH_PREVIOUS = compile(boilerplate.withPrevious);

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
/** HTML character references left in plain text ("Jos&#233; Manuel Barroso" → "José Manuel Barroso"). */
export const decodeEntities = (s: string): string =>
  s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/giu, (m, d: string, h: string, n: string) => {
    if (n) return ENTITIES[n.toLowerCase()] ?? m;
    const code = d ? Number(d) : parseInt(h, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
  });

/** Line endings, no-break and zero-width spaces, runs of blanks, blank lines, trailing spaces. */
export function fixWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface CleanedText {
  text: string;
  /** Dropped line counts by pattern name. */
  dropped: Record<string, number>;
}

export function cleanText(text: string): CleanedText {
  const lines = fixWhitespace(decodeEntities(text)).split('\n');
  const keep = lines.map(() => true);
  const dropped: Record<string, number> = {};
  const drop = (i: number, name: string) => {
    if (keep[i]) dropped[name] = (dropped[name] ?? 0) + 1;
    keep[i] = false;
  };
  lines.forEach((line, i) => {
    if (!line) return;
    const hit = LINE.find((p) => p.re.test(line));
    if (hit) return drop(i, hit.name);
    const withPrev = WITH_PREVIOUS.find((p) => p.re.test(line));
    if (!withPrev) return;
    drop(i, withPrev.name);
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    if (j >= 0) drop(j, withPrev.name);
  });
  return { text: fixWhitespace(lines.filter((_, i) => keep[i]).join('\n')), dropped };
}

function droppedMessage(dropped: Record<string, number>, source: string): Message[] {
  const parts = Object.entries(dropped).map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
  if (!parts.length) return [];
  const total = Object.values(dropped).reduce((a, b) => a + b, 0);
  return [
    { code: 'BOILERPLATE_DROPPED', message: `dropped ${total} boilerplate line${total > 1 ? 's' : ''}: ${parts.join(', ')}`, source },
  ];
}

/** Fewer words than this after the title, and the title stays part of what identifies the text. */
const MIN_BODY_WORDS = 25;

/** The text without its first line when that line is the title and a real body follows. */
const bodyOf = (text: string, title: string): string => {
  const rest = title && text.startsWith(`${title}\n`) ? text.slice(title.length).trim() : '';
  return (rest.match(/\S+/g)?.length ?? 0) >= MIN_BODY_WORDS ? rest : text;
};

export function clean(c: Read): Cleaned {
  const { record } = c;
  const { text, dropped } = cleanText(record.text ?? '');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const title = fixWhitespace(decodeEntities(record.title ?? '')) || firstLine.slice(0, 200);
  return {
    ...c,
    messages: [...c.messages, ...droppedMessage(dropped, record.source)],
    article: {
      id: shortId(record.url ? `url:${record.url}` : `file:${record.key ?? record.source}`),
      source: record.source,
      title,
      outlet: record.outlet ?? null,
      url: record.url ?? null,
      publishedAt: record.date ?? null,
      contentHash: sha256(text),
      bodyHash: sha256(bodyOf(text, title)),
      extractorVersion: EXTRACTOR_VERSION,
      text,
    },
  };
}
