/**
 * One article's cost must stay linear in its size (README, "Bad input"): a 5 MB single sentence
 * once spent most of its time in within-article passes that looked over every mention once per
 * entity or per event. These tests count the reads of the mention arrays (no clock): doubling the
 * article must about double them, and each mention is read a bounded number of times.
 */
import type { MentionInfo } from '../../../ingest/extract/names.js';
import type { Token } from '../../../ingest/parse.js';
import { eventContexts } from '../../../ingest/resolve/context.js';
import { clusterMentions } from '../../../ingest/resolve/local.js';
import type { Mention, Sentence } from '../../../ingest/types.js';
import { testAliases } from './helpers.js';

/** The array behind a Proxy that counts reads of its elements. */
function counted<T>(xs: T[]): { list: T[]; reads: () => number } {
  let n = 0;
  const list = new Proxy(xs, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => n };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze'];
/** A distinct made-up name per number ("Kalomi Nupe"), far from every other one in spelling. */
const nameOf = (i: number): string => {
  const s = String(i)
    .padStart(4, '0')
    .split('')
    .map((d) => SYLLABLES[Number(d)]!)
    .join('');
  return `${s[0]!.toUpperCase()}${s.slice(1, 4)} ${s[4]!.toUpperCase()}${s.slice(5)}`;
};

const token = (text: string, start: number): Token => ({
  text,
  norm: text.toLowerCase(),
  root: text.toLowerCase(),
  tags: new Set(/^\p{Lu}/u.test(text) ? ['Noun', 'ProperNoun'] : ['Noun']),
  pre: '',
  post: ' ',
  start,
  end: start + text.length,
});

describe('within-article passes read each mention a bounded number of times', () => {
  /** n people, each named twice in full: n entities over 2n mentions. */
  const clusterReads = (n: number): number => {
    const ms: Mention[] = [];
    for (let rep = 0; rep < 2; rep++)
      for (let i = 0; i < n; i++) {
        const name = nameOf(i);
        const at = (rep * n + i) * 100;
        ms.push({ text: name, name, type: 'Person', sentence: rep * n + i, start: at, end: at + name.length });
      }
    const { list, reads } = counted(ms);
    const out = clusterMentions(list, testAliases(), 'long.txt');
    expect(out.entities).toHaveLength(n);
    return reads();
  };

  it('clusterMentions: one type look-up per entity, not a scan of the mentions', () => {
    const [small, large] = [clusterReads(300), clusterReads(600)];
    expect(large / small).toBeLessThan(2.2);
    expect(large).toBeLessThan(30 * 2 * 600);
  });

  /** n sentences "The attack on Kalomi Nupe": one event and its target per sentence. */
  const eventReads = (n: number): number => {
    const ms: Mention[] = [];
    const info: MentionInfo[] = [];
    const tokens: Token[][] = [];
    const sentences: Sentence[] = [];
    for (let si = 0; si < n; si++) {
      const at = si * 100;
      const words = ['The', 'attack', 'on', ...nameOf(si).split(' ')];
      let off = at;
      const ts = words.map((w) => {
        const t = token(w, off);
        off += w.length + 1;
        return t;
      });
      tokens.push(ts);
      sentences.push({ index: si, text: words.join(' '), start: at, end: off - 1 });
      ms.push({ text: 'The attack', name: 'attack', type: 'Concept', sentence: si, start: at, end: ts[1]!.end });
      info.push({ sentence: si, s: 0, e: 2, kind: 'event' });
      const name = nameOf(si);
      ms.push({ text: name, name, type: 'Person', sentence: si, start: ts[3]!.start, end: ts[4]!.end });
      info.push({ sentence: si, s: 3, e: 5, kind: 'name' });
    }
    const m = counted(ms);
    const i = counted(info);
    const out = eventContexts(m.list, i.list, tokens, sentences);
    // Each attack is on the person named in its own sentence.
    expect(out.filter((_, j) => j % 2 === 0).map((c) => c?.target)).toEqual(Array.from({ length: n }, (_, k) => 2 * k + 1));
    return m.reads() + i.reads();
  };

  it('eventContexts: an event looks for its target among its own sentence’s mentions only', () => {
    const [small, large] = [eventReads(300), eventReads(600)];
    expect(large / small).toBeLessThan(2.2);
    expect(large).toBeLessThan(30 * 2 * 600);
  });
});
