/**
 * Hostile and careless inputs to `kg ingest`, one row each: what is on disk (or the input given),
 * the code of each error line it must print ([] when it is an article to store) and how many
 * articles it stores. Read by tests/hostile/ingest.int.test.ts, which replaces `{nonce}` in every file
 * with a value of its own (so no two articles, and no two runs, share a text).
 */
import type { ErrorCodeName } from '../../ingest/errors.js';

/** A file's content, or a special file made by the test. */
export type Content = string | Buffer | { fifo: true } | { link: string };

export interface Case {
  name: string;
  /** Files of the case, relative to its own folder. */
  files?: Record<string, Content>;
  /** Inputs other than the case's folder (a URL, a missing path); `{dir}` is the case folder. */
  inputs?: string[];
  /** The code of each error line it must print, in order ([] for an article that is stored). */
  codes: ErrorCodeName[];
  /** Articles it must store (default: 1 when no codes, else 0). */
  stored?: number;
  env?: Record<string, string>;
}

const PROSE = 'Iran condemned the attack on the embassy in Baghdad. The United States blamed the militias for the strike. Ref {nonce}.';
const line = (text: string) => `${JSON.stringify({ text })}\n`;
const bytes = (...xs: number[]) => Buffer.from(xs);
const utf8 = (s: string) => Buffer.from(s, 'utf8');

export const CASES: Case[] = [
  // empty, binary, encodings
  { name: 'empty file', files: { 'a.txt': '' }, codes: ['FILE_EMPTY'] },
  { name: 'only white space', files: { 'a.md': '  \n\t\n \u00a0\n' }, codes: ['FILE_EMPTY'] },
  { name: 'NUL bytes', files: { 'a.txt': Buffer.concat([utf8(PROSE), bytes(0, 1, 2)]) }, codes: ['FILE_BINARY'] },
  {
    name: 'a PNG named .txt',
    files: { 'a.txt': bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d) },
    codes: ['FILE_BINARY'],
  },
  { name: 'Latin-1', files: { 'a.txt': Buffer.from(`Caf\xe9 ${PROSE}`, 'latin1') }, codes: ['FILE_NOT_UTF8'] },
  {
    name: 'UTF-16 with BOM',
    files: { 'a.txt': Buffer.concat([bytes(0xff, 0xfe), Buffer.from(PROSE, 'utf16le')]) },
    codes: ['FILE_BINARY'],
  },
  { name: 'truncated UTF-8 sequence', files: { 'a.txt': Buffer.concat([utf8(PROSE), bytes(0xe2, 0x82)]) }, codes: ['FILE_NOT_UTF8'] },
  { name: 'overlong UTF-8', files: { 'a.txt': Buffer.concat([utf8(PROSE), bytes(0xc0, 0xaf)]) }, codes: ['FILE_NOT_UTF8'] },
  { name: 'encoded surrogate', files: { 'a.txt': Buffer.concat([utf8(PROSE), bytes(0xed, 0xa0, 0x80)]) }, codes: ['FILE_NOT_UTF8'] },
  { name: 'a real U+FFFD in text', files: { 'a.txt': `Caf\ufffd owners said so. ${PROSE}` }, codes: [] },
  { name: 'a real U+FFFD in JSONL', files: { 'a.jsonl': line(`Caf\ufffd owners said so. ${PROSE}`) }, codes: [] },
  { name: 'UTF-8 BOM and CRLF', files: { 'a.txt': `\ufeff${PROSE.replace('. ', '.\r\n\r\n')}\r\n` }, codes: [] },
  { name: 'control characters in text', files: { 'a.txt': `\u0007${PROSE} \u001b[2J\u001b[31mRed.` }, codes: [] },
  // sizes
  { name: 'over KG_MAX_FILE_MB', files: { 'a.txt': 'word '.repeat(220_000) }, codes: ['FILE_TOO_LARGE'], env: { KG_MAX_FILE_MB: '1' } },
  {
    name: 'JSONL line over KG_MAX_FILE_MB, the next line stored',
    files: { 'a.jsonl': line('x'.repeat(1_100_000)) + line(PROSE) },
    codes: ['FILE_TOO_LARGE'],
    stored: 1,
    env: { KG_MAX_FILE_MB: '1' },
  },
  { name: '100 KB in one sentence, no full stop', files: { 'a.txt': `${PROSE.replace(/\./g, ',')} `.repeat(1000) }, codes: [] },
  { name: '300 KB without a space', files: { 'a.txt': `${PROSE}\n\n${'x'.repeat(300_000)}` }, codes: [] },
  { name: '100,000 blank lines', files: { 'a.txt': `${PROSE}${'\n'.repeat(100_000)}${PROSE}` }, codes: [] },
  // names
  { name: 'ANSI escape in the name', files: { 'evil\u001b[31mred\u001b[0m.txt': '' }, codes: ['FILE_EMPTY'] },
  { name: 'newline in the name', files: { 'two\nlines.txt': '' }, codes: ['FILE_EMPTY'] },
  { name: 'right-to-left override in the name', files: { 'report\u202etxt.exe.txt': '' }, codes: ['FILE_EMPTY'] },
  { name: 'spaces, accents and dashes in the name', files: { 'café – report (1).txt': PROSE }, codes: [] },
  { name: 'a name starting with a dash', files: { '-rf.txt': PROSE }, codes: [] },
  { name: 'a 240-character name', files: { [`${'n'.repeat(236)}.txt`]: PROSE }, codes: [] },
  { name: 'an upper-case extension', files: { 'A.TXT': PROSE }, codes: [] },
  { name: 'a folder named like a file', files: { 'x.txt/inner.txt': PROSE }, codes: [] },
  { name: 'an unsupported file given by name', files: { 'a.docx': PROSE }, inputs: ['{dir}/a.docx'], codes: ['FILE_UNSUPPORTED'] },
  { name: 'a missing path', inputs: ['{dir}/nope/missing.txt'], codes: ['FILE_NOT_FOUND'] },
  // links, devices, pipes
  { name: 'a FIFO', files: { 'a.txt': { fifo: true } }, codes: ['FILE_NOT_REGULAR'] },
  { name: 'a FIFO given by name', files: { 'p.txt': { fifo: true } }, inputs: ['{dir}/p.txt'], codes: ['FILE_NOT_REGULAR'] },
  { name: 'a link to /dev/zero', files: { 'a.txt': { link: '/dev/zero' } }, codes: ['FILE_NOT_REGULAR'] },
  {
    name: 'a link to /dev/urandom given by name',
    files: { 'r.txt': { link: '/dev/urandom' } },
    inputs: ['{dir}/r.txt'],
    codes: ['FILE_NOT_REGULAR'],
  },
  { name: 'a dangling link', files: { 'a.txt': { link: '/nonexistent/kg-hostile' } }, codes: ['FILE_NOT_FOUND'] },
  {
    name: 'a loop of links',
    files: { 'a.txt': { link: 'b.txt' }, 'b.txt': { link: 'a.txt' } },
    codes: ['FILE_UNREADABLE', 'FILE_UNREADABLE'],
  },
  { name: 'a link to a folder (not entered)', files: { up: { link: '/etc' } }, codes: [], stored: 0 },
  { name: 'a link to an article', files: { 'real/a.md': PROSE, 'b.txt': { link: 'real/a.md' } }, codes: [], stored: 1 },
  // JSON shapes
  { name: 'truncated JSON', files: { 'a.json': '{"text": "Iran' }, codes: ['FILE_BAD_JSON'] },
  { name: 'an empty JSON array', files: { 'a.json': '[]' }, codes: ['NO_ARTICLE_TEXT'] },
  { name: 'an empty articles list', files: { 'a.json': '{"articles": []}' }, codes: ['NO_ARTICLE_TEXT'] },
  { name: 'a JSON number', files: { 'a.json': '42' }, codes: ['FILE_BAD_JSON'] },
  { name: 'JSON null', files: { 'a.json': 'null' }, codes: ['FILE_BAD_JSON'] },
  { name: 'text that is not a string', files: { 'a.json': '{"text": ["Iran"]}' }, codes: ['FILE_BAD_JSON'] },
  { name: 'empty text', files: { 'a.json': '{"text": "  "}' }, codes: ['FILE_EMPTY'] },
  { name: 'JSON nested 100,000 deep', files: { 'a.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, codes: ['FILE_BAD_JSON'] },
  {
    name: '__proto__ and constructor keys',
    files: { 'a.json': `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}, "text": ${JSON.stringify(PROSE)}}` },
    codes: [],
  },
  {
    name: 'a javascript: URL and a huge title',
    files: { 'a.json': JSON.stringify({ text: PROSE, url: 'javascript:alert(1)', title: 'T'.repeat(100_000) }) },
    codes: [],
  },
  {
    name: 'JSONL: good, broken, blank, not an object',
    files: { 'a.jsonl': `${line(PROSE)}{"text":\n\n[1,2]\n` },
    codes: ['FILE_BAD_JSON', 'FILE_BAD_JSON'],
    stored: 1,
  },
  {
    name: 'JSONL: 30 bad lines, counted after 5',
    files: { 'a.jsonl': '{}\n'.repeat(30) },
    codes: ['FILE_BAD_JSON', 'FILE_BAD_JSON', 'FILE_BAD_JSON', 'FILE_BAD_JSON', 'FILE_BAD_JSON', 'FILE_BAD_JSON'],
  },
  // HTML, feeds, PDF
  {
    name: 'HTML of scripts only',
    files: {
      'a.html':
        '<html><head><script>var s = "Iran condemned the attack";</script></head><body><script>document.write(1)</script><style>p{}</style></body></html>',
    },
    codes: ['NO_ARTICLE_TEXT'],
  },
  { name: 'an empty HTML page', files: { 'a.html': '<!doctype html><html></html>' }, codes: ['NO_ARTICLE_TEXT'] },
  {
    name: 'HTML with handlers and unclosed tags',
    files: { 'a.htm': `<p onclick="alert(1)">${PROSE}<p><img src=x onerror=alert(1)><b>unclosed` },
    codes: [],
  },
  {
    name: 'boilerplate only',
    files: { 'a.txt': 'Advertisement\n\nSubscribe to our newsletter for free updates\n\nCopyright 2021 Example' },
    codes: ['NO_ARTICLE_TEXT'],
  },
  { name: 'XML that is not a feed', files: { 'a.xml': '<?xml version="1.0"?><config><a>1</a></config>' }, codes: ['FILE_BAD_FEED'] },
  {
    name: 'a feed without items',
    files: { 'a.rss': '<rss version="2.0"><channel><title>Empty</title></channel></rss>' },
    codes: ['NO_ARTICLE_TEXT'],
  },
  {
    name: 'billion laughs',
    files: {
      'a.xml': `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><item><description>&lol9;</description></item></channel></rss>`,
    },
    codes: ['FILE_BAD_FEED'],
  },
  { name: 'a broken PDF', files: { 'a.pdf': '%PDF-1.4\n1 0 obj << /Type /Catalog' }, codes: ['FILE_BAD_PDF'] },
  // injection strings (stored as text, never run)
  {
    name: 'Cypher in the text',
    files: { 'a.txt': `Iran') DETACH DELETE n // supported "militias" MATCH (n) RETURN n; ${PROSE}` },
    codes: [],
  },
  {
    name: 'backticks and $() in names',
    files: { 'a.txt': 'The `Foo` Group $(rm -rf /) supports the DROP DATABASE neo4j Party in Baghdad. Ref {nonce}.' },
    codes: [],
  },
  {
    name: 'HTML and script tags in a .txt',
    files: { 'a.txt': `<script>alert(1)</script><img src=x onerror=alert(2)> ${PROSE}` },
    codes: [],
  },
  {
    name: 'a title with a newline and ANSI',
    files: { 'a.json': JSON.stringify({ text: PROSE, title: 'Line one\nLine \u001b[31mtwo' }) },
    codes: [],
  },
  // dataset files, URLs
  {
    name: 'dataset files are skipped, not failed',
    files: { 'README.md': PROSE, 'LICENSE.txt': PROSE, 'SOURCE.md': PROSE, 'CHANGELOG.md': PROSE },
    codes: [],
    stored: 0,
  },
  { name: 'an ftp URL', inputs: ['ftp://127.0.0.1/article.txt'], codes: ['URL_UNSUPPORTED'] },
  { name: 'a URL nobody answers', inputs: ['http://127.0.0.1:1/article'], codes: ['URL_FETCH_FAILED'] },
];
