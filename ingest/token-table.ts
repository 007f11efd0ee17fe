/**
 * An article's tokens, compact. As objects (ingest/nlp.ts Token) a long article's tokens were
 * most of its memory, some 100 bytes each; here a token is FIELDS numbers in one Int32Array,
 * with its words and tag sets stored once per article. `at(i)` builds sentence i's Token objects
 * when asked and keeps them (cacheFor), so an article of ordinary length is built once and a
 * huge one holds only the sentences in use. Tokens are never changed after the parse: a built
 * sentence is equal, field by field and tag set by tag set, to the one added.
 */
import { Lru } from './lru.js';
import type { Token } from './parse.js';
import type { PerSentence } from './types.js';

/** text, norm, root, tags, pre, post (ids), start, end (offsets). */
const FIELDS = 8;

/** An article of up to this many sentences keeps every sentence built (or read: extract/analyse.ts). */
const KEEP_ALL = 1024;
/**
 * A longer one keeps this many, those used last: the later stages walk the sentences in order
 * and look back a sentence or two. Few enough to die young: kept longer, the sentences built
 * again outlive the young generation and pile up in the old one, which grows the heap.
 */
const WINDOW = 64;

/** How many sentences an article of `sentences` keeps built. */
export const cacheFor = (sentences: number): number => (sentences <= KEEP_ALL ? Math.max(1, sentences) : WINDOW);

export class TokenTable implements PerSentence<readonly Token[]> {
  private readonly cache: Lru<number, readonly Token[]>;

  constructor(
    private readonly words: readonly string[],
    private readonly tagSets: readonly ReadonlySet<string>[],
    private readonly data: Int32Array,
    /** Token index where each sentence starts, and one past the last token. */
    private readonly starts: Int32Array,
    cached = cacheFor(starts.length - 1),
  ) {
    this.cache = new Lru(cached);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Sentence i's tokens (negative i counts from the end, as Array.at does). */
  at(i: number): readonly Token[] | undefined {
    const k = i < 0 ? i + this.length : i;
    if (k < 0 || k >= this.length) return undefined;
    return this.cache.get(k) ?? this.cache.set(k, this.build(k));
  }

  /** Sentence i's tokens, a new array of new objects each time (0 <= i < length). */
  build(i: number): Token[] {
    const out: Token[] = [];
    const { words: w, data: d } = this;
    for (let t = this.starts[i]!, end = this.starts[i + 1]!; t < end; t++) {
      const o = t * FIELDS;
      out.push({
        text: w[d[o]!]!,
        norm: w[d[o + 1]!]!,
        root: w[d[o + 2]!]!,
        tags: this.tagSets[d[o + 3]!]!,
        pre: w[d[o + 4]!]!,
        post: w[d[o + 5]!]!,
        start: d[o + 6]!,
        end: d[o + 7]!,
      });
    }
    return out;
  }
}

/** Fills a TokenTable sentence by sentence: one copy of each word and each tag set (same tags, same order). */
export class TokenTableBuilder {
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly tagSets: ReadonlySet<string>[] = [];
  private readonly tagIds = new Map<string, number>();
  private data = new Int32Array(FIELDS * 1024);
  private size = 0;
  private readonly starts: number[] = [0];

  add(tokens: readonly Token[]): void {
    if ((this.size + tokens.length) * FIELDS > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, (this.size + tokens.length) * FIELDS));
      grown.set(this.data);
      this.data = grown;
    }
    for (const t of tokens) {
      const o = this.size++ * FIELDS;
      const d = this.data;
      d[o] = this.word(t.text);
      d[o + 1] = this.word(t.norm);
      d[o + 2] = this.word(t.root);
      d[o + 3] = this.tags(t.tags);
      d[o + 4] = this.word(t.pre);
      d[o + 5] = this.word(t.post);
      d[o + 6] = t.start;
      d[o + 7] = t.end;
    }
    this.starts.push(this.size);
  }

  build(cached?: number): TokenTable {
    return new TokenTable(this.words, this.tagSets, this.data.slice(0, this.size * FIELDS), Int32Array.from(this.starts), cached);
  }

  private word(s: string): number {
    let id = this.wordIds.get(s);
    if (id === undefined) this.wordIds.set(s, (id = this.words.push(s) - 1));
    return id;
  }

  private tags(tags: ReadonlySet<string>): number {
    const key = [...tags].join('|');
    let id = this.tagIds.get(key);
    if (id === undefined) this.tagIds.set(key, (id = this.tagSets.push(tags) - 1));
    return id;
  }
}
