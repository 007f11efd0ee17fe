/**
 * Stage: tokens → Mention[] (+ mentionInfo). Reads noun-phrase chunks off the one parse: proper
 * names (titles stripped, typed by weighted evidence: names.ts, typing.ts), groups, events,
 * pronouns and role descriptions ("the prime minister") for coreference.
 *
 * This file is the stage's entry point and sets the order of its steps: mentions reads the
 * article's capitalisation, then each sentence (sentenceMentions): its chunks, what each chunk's
 * pieces hold (chunkMentions: classify, then the mention's name and alias), then the nouns named
 * with their owner or "of" phrase; last, a lone surname of a person named in full is a Person
 * (personBySurname) and a known organisation's name before a place its regional arm
 * (regionalArms). What it calls is in ./mentions/, by construction, each module short enough
 * to read in one sitting:
 * - mentions/chunks.ts: the noun-phrase chunks of a sentence (chunks, re-exported here);
 * - mentions/links.ts: where a name goes on over "of", "for", "and" or "&" ("Department of Trade and
 *   Industry", "Procter & Gamble");
 * - mentions/proper.ts: whether a capitalised word is part of a name (isProper), with the article's
 *   capitalisation and the headline flag it reads, set here through setCaps and setHeadline;
 * - mentions/classify.ts: what a chunk piece is: a name, a group, an event, a pronoun, a role
 *   description or a thing (classify);
 * - mentions/titles.ts: a proper name with a title, a role or an organisation before it (namesAt);
 * - mentions/modifiers.ts: names inside a common-noun phrase ("Iran-backed militias", "the US
 *   attack on Baghdad");
 * - mentions/widen.ts: a noun named with its owner or its "of" phrase ("India's government", "the
 *   tomb of Yasser Arafat");
 * - mentions/shared.ts: the tag lists and word tests several of them read.
 * Every name this file exported is still exported here. No module under mentions/ imports this
 * file: no import cycle. (The comments in ingest/data/*.json say "mentions.ts" for the whole stage.)
 */
import type { Token } from '../parse.js';
import { placeOf } from '../resolve/groups.js';
import { spellsOut } from '../resolve/local-rules.js';
import type { Analysed, Mention, Mentioned } from '../types.js';
import { chunks } from './mentions/chunks.js';
import { classify } from './mentions/classify.js';
import { isProper, setCaps, setHeadline } from './mentions/proper.js';
import { PROPER_TAGS } from './mentions/shared.js';
import { innerTitle } from './mentions/titles.js';
import { ofThings, ownedNouns } from './mentions/widen.js';
import { cleanName, type Found, type MentionInfo, personBySurname, regionalArms } from './names.js';
import { collectCaps, isHeadline, pieces } from './spans.js';
import { has } from './tokens.js';

export { chunks } from './mentions/chunks.js';
export { AGE_DESCRIPTION } from './mentions/classify.js';

/**
 * The text from `start` to `end`, with the words of tokens `s`..`e` as parsed: a title-case
 * headline's common words in lowercase ("Drone Assassination Attempt" → "assassination attempt").
 */
function parsedSlice(text: string, ts: readonly Token[], s: number, e: number, start: number, end: number): string {
  let out = text.slice(start, end);
  for (let k = s; k < e; k++) {
    const t = ts[k]!;
    if (t.start < start || t.end > end || t.text.length !== t.end - t.start || text.slice(t.start, t.end) === t.text) continue;
    out = out.slice(0, t.start - start) + t.text + out.slice(t.end - start);
  }
  return out;
}

export function mentions(c: Analysed): Mentioned {
  const text = c.article?.text ?? '';
  const out: Mention[] = [];
  const info: MentionInfo[] = [];
  const all = c.tokens;
  const headlines = Array.from({ length: all.length }, (_, si) => isHeadline(all.at(si)!));
  setCaps(collectCaps(all, headlines));
  const messages = [...c.messages];
  for (let si = 0; si < all.length; si++) {
    setHeadline(headlines[si]!);
    try {
      sentenceMentions(text, all.at(si)!, si, out, info);
    } catch (e) {
      messages.push({
        code: 'MENTIONS_FAILED',
        message: `could not read the mentions of sentence ${si}: ${(e as Error).message}`,
        source: c.record.source,
      });
    }
  }
  setHeadline(false);
  personBySurname(out, info);
  regionalArms(out, info);
  return { ...c, mentions: out, mentionInfo: info, messages };
}

function sentenceMentions(text: string, ts: readonly Token[], si: number, out: Mention[], info: MentionInfo[]): void {
  const first = out.length;
  const cs = chunks(ts);
  chunkMentions(text, ts, cs, si, out, info);
  ownedNouns(text, ts, first, out, info);
  ofThings(text, ts, cs, first, out, info);
}

function chunkMentions(
  text: string,
  ts: readonly Token[],
  cs: readonly [number, number][],
  si: number,
  out: Mention[],
  info: MentionInfo[],
): void {
  for (const [a, b] of cs) {
    const found: Found[] = [];
    for (const [s, e] of pieces(ts, a, b)) classify(ts, s, e, found);
    for (const f of found) {
      if (f.kind === 'drop') continue;
      const start = ts[f.s]!.start;
      const end = ts[f.e - 1]!.end;
      const nameStart = f.from !== undefined ? ts[f.from]!.start : f.kind === 'name' ? ts[f.s + innerTitle(ts, f.s, f.e).n]!.start : start;
      let name = f.place ?? cleanName(parsedSlice(text, ts, f.s, f.e, nameStart, end));
      if (f.kind === 'event') name = name.replace(/^(?:recent|latest|last|first|second|alleged|failed|attempted|deadly|fatal|new)\s+/i, '');
      // Generic phrases start lowercase ("The militias" → "militias"), unless they start with a name ("Iran-backed militias").
      if (
        f.kind !== 'name' &&
        !PROPER_TAGS.some((g) => has(ts[f.s], g)) &&
        !has(ts[f.s], 'Demonym') &&
        !placeOf(ts[f.s]!.text.split(/[-‐‑]/)[0] ?? '') &&
        !((f.kind === 'thing' || (f.kind === 'group' && f.e - f.s > 1)) && isProper(ts, f.s))
      )
        name = name.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
      if (!name) continue;
      // "Popular Mobilization Forces (PMF)": the bracketed acronym is another name of the mention before it.
      const prev = out.length - 1;
      const paren =
        f.kind === 'name' &&
        f.e - f.s === 1 &&
        /\(/.test(ts[f.s]!.pre) &&
        /^\)/.test(ts[f.s]!.post) &&
        /^\p{Lu}[\p{Lu}.&-]{1,7}$/u.test(name);
      const aliasOf =
        paren &&
        prev >= 0 &&
        info[prev]!.kind === 'name' &&
        info[prev]!.sentence === si &&
        info[prev]!.e === f.s &&
        spellsOut(out[prev]!.name, name)
          ? prev
          : undefined;
      out.push({ text: text.slice(start, end), name, type: aliasOf !== undefined ? out[prev]!.type : f.type, sentence: si, start, end });
      info.push({
        sentence: si,
        s: f.s,
        e: f.e,
        kind: f.kind,
        ...(f.role ? { role: f.role } : {}),
        ...(f.weight ? { weight: f.weight } : {}),
        ...(aliasOf !== undefined ? { aliasOf } : {}),
        ...(f.reference ? { reference: f.reference } : {}),
      });
    }
  }
}
