import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { readInputs, type ReadItem } from '../../../ingest/read/index.js';
import { tempArticles } from '../../utils/neo4j.js';

async function all(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of readInputs(paths)) out.push(x);
  return out;
}
const errors = (xs: ReadItem[]) => xs.flatMap((x) => ('error' in x ? [x.error] : []));
const records = (xs: ReadItem[]) => xs.flatMap((x) => ('record' in x ? [x.record] : []));

describe('reading inputs', () => {
  it('reads folders recursively in a stable order and keeps only article formats', async () => {
    const dir = tempArticles({ 'b.txt': 'Bee.', 'a/z.md': '# Zed', 'a/y.png': 'PNG', '.hidden/x.txt': 'no' });
    const xs = await all([dir]);
    expect(records(xs).map((r) => [r.source.slice(dir.length + 1), r.format])).toEqual([
      ['a/z.md', 'md'],
      ['b.txt', 'txt'],
    ]);
  });

  it('reads JSON and JSONL records with their metadata', async () => {
    const dir = tempArticles({
      'one.json': JSON.stringify({ text: 'Iran denied it.', title: 'T', url: 'https://example.org/1', date: '2021-11-07', source: 'Wire' }),
      'many.jsonl': `${JSON.stringify({ text: 'First.' })}\n\n${JSON.stringify({ title: 'no text' })}\n${JSON.stringify({ text: 'Third.' })}\n`,
    });
    const xs = await all([join(dir, 'one.json'), join(dir, 'many.jsonl')]);
    expect(records(xs).map(({ key, ...r }) => ({ ...r, source: r.source.slice(dir.length + 1) }))).toEqual([
      {
        source: 'one.json',
        text: 'Iran denied it.',
        format: 'json',
        title: 'T',
        url: 'https://example.org/1',
        date: '2021-11-07',
        outlet: 'Wire',
      },
      { source: 'many.jsonl#1', text: 'First.', format: 'json' },
      { source: 'many.jsonl#4', text: 'Third.', format: 'json' },
    ]);
    expect(errors(xs).map((e) => [e.code, e.message.slice(dir.length + 1)])).toEqual([
      ['FILE_BAD_JSON', 'many.jsonl#3: record has no "text" string'],
    ]);
  });

  it('keys a record by its absolute path however the path was spelled', async () => {
    const dir = tempArticles({ 'a/x.txt': 'Same.', 'many.jsonl': '{"text":"One."}\n{"text":"Two."}\n' });
    const spelled = [join(dir, 'a', 'x.txt'), join(dir, 'a', '..', 'a', 'x.txt'), join(dir, 'many.jsonl')];
    const keys = records(await all(spelled)).map((r) => r.key);
    expect(keys).toEqual([join(dir, 'a/x.txt'), join(dir, 'a/x.txt'), `${join(dir, 'many.jsonl')}#1`, `${join(dir, 'many.jsonl')}#2`]);
  });

  it('names the file and the problem for each kind of bad input', async () => {
    const dir = tempArticles({
      'empty.txt': '',
      'blank.md': '  \n\n ',
      'binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      'latin1.txt': Buffer.from('Caf\xe9', 'latin1'),
      'big.txt': Buffer.alloc(50 * 1024 * 1024, 'a'),
      'photo.gif': 'GIF89a',
    });
    const xs = await all(
      ['empty.txt', 'blank.md', 'binary.txt', 'latin1.txt', 'big.txt', 'photo.gif', 'nope.txt'].map((f) => join(dir, f)),
    );
    expect(records(xs)).toEqual([]);
    expect(errors(xs).map((e) => e.code)).toEqual([
      'FILE_EMPTY',
      'FILE_EMPTY',
      'FILE_BINARY',
      'FILE_NOT_UTF8',
      'FILE_TOO_LARGE',
      'FILE_UNSUPPORTED',
      'FILE_NOT_FOUND',
    ]);
    for (const e of errors(xs)) {
      expect(e.toLine()).toContain(dir);
      expect(e.toLine()).not.toContain('\n');
    }
    expect(errors(xs)[4]!.toLine()).toMatch(/big\.txt: 50\.0 MB is larger than the 10 MB limit/);
  });

  it('reports a file that cannot be read (a socket) and goes on', async () => {
    const dir = tempArticles({ 'ok.txt': 'Fine.' });
    const sock = join(dir, 'sock.txt');
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const xs = await all([sock, join(dir, 'ok.txt')]);
      expect(errors(xs).map((e) => e.code)).toEqual(['FILE_NOT_REGULAR']);
      expect(errors(xs)[0]!.message).toContain('sock.txt');
      expect(records(xs).map((r) => r.text)).toEqual(['Fine.']);
    } finally {
      server.close();
    }
  });
});
