/**
 * Metonymy, audited: a name that stands for a government is read as its country before the
 * article's mentions are clustered, and the rewrite is recorded as a merge rule.
 *   capital-as-government: a capital (or the Kremlin), typed as a place, that is the subject of a
 *     political verb ("Tehran denied", "Moscow has warned"). Never a capital in a prepositional
 *     phrase or as an object ("in Washington", "visit Baghdad").
 *   country-government: "the Iranian government", "Russia's regime": a government noun whose
 *     only identifying qualifier is one country.
 *   seat-as-government: the Kremlin, unless it is a place after "in", "at" and the like.
 *   government-named-before: a bare "the government" after the article has named one country's
 *     government ("Ukraine's government ... the government"), and no other country's, by the
 *     rules above.
 *   country-named-before: a bare "the government" in an article that has named no government, after
 *     it has named one country only, first in its headline or lead ("India widens access to
 *     telecoms ... The government hopes to"; or by a name or demonym before a national noun, "The
 *     Japanese economy", "the Argentine State"), not as a noun's modifier ("the Iraq war") nor a
 *     company's ("France's Suez").
 * Names the alias file lists are never rewritten (that is how a user turns the rule off).
 * Data: ingest/data/resolve/metonymy.json.
 */
import data from '../data/resolve/metonymy.json' with { type: 'json' };
import type { SentenceAnalysis, Span } from '../extract/clauses.js';
import { has, isPrep } from '../extract/tokens.js';
import type { Token } from '../parse.js';
import type { MentionInfo } from '../extract/names.js';
import type { Mention, PerSentence } from '../types.js';
import type { AliasTable } from './aliases.js';
import { DEMONYMS } from '../extract/typing.js';
import { groupSig } from './groups.js';

const CAPITALS: ReadonlyMap<string, string> = new Map(Object.entries(data.capitals));
const SEATS: ReadonlyMap<string, string> = new Map(Object.entries(data.seats));
const COUNTRIES: ReadonlySet<string> = new Set(CAPITALS.values());
/** The headline and the first two sentences after it. */
const LEAD = 2;
const PLACE_PREPS: ReadonlySet<string> = new Set(data.placePrepositions);
const VERBS: ReadonlySet<string> = new Set(data.verbs);
const GOV_HEADS: ReadonlySet<string> = new Set(data.governmentHeads.map((h) => groupSig(h).head));
const NATIONAL: ReadonlySet<string> = new Set(data.nationalNouns);

export const METONYMY_RULES = [
  'capital-as-government',
  'country-government',
  'seat-as-government',
  'government-named-before',
  'country-named-before',
] as const;
/** Rules that read a name as its country: such a name never stands for (names or keys) the entity. */
export const METONYMY: ReadonlySet<string> = new Set(METONYMY_RULES);

export interface Rewrite {
  name: string;
  rule: (typeof METONYMY_RULES)[number];
}

const title = (place: string): string => place.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** The mention heads a clause's subject ("Tehran denied", "Tehran at first denied"; not "the mayor of Tehran", "Tehran's envoy"). */
function headsSubject(ts: readonly Token[], s: Span, info: MentionInfo): boolean {
  if (info.s < s.s || info.e > s.e) return false;
  // "the BBC's correspondent in Moscow says": a capital after a preposition is a place.
  const before = ts[info.s - 1]?.norm === 'the' ? ts[info.s - 2] : ts[info.s - 1];
  if (before && isPrep(before)) return false;
  if (ts.slice(s.s, info.s).some((t) => t.norm === 'of' || has(t, 'Possessive') || has(t, 'Noun'))) return false;
  const next = ts[info.e];
  return info.e === s.e || !next || isPrep(next) || (has(next, 'Adverb') && !has(next, 'Noun'));
}

function isPoliticalSubject(ts: readonly Token[], an: SentenceAnalysis | undefined, info: MentionInfo): boolean {
  for (const c of an?.clauses ?? []) {
    if (!c.subj || c.vg.passive || !headsSubject(ts, c.subj, info)) continue;
    if (VERBS.has(c.vg.lemma) || VERBS.has(c.vg.first)) return true;
  }
  return false;
}

/** Per mention, the country it stands for (with the rule), or undefined. */
export function governments(
  mentions: readonly Mention[],
  info: readonly MentionInfo[],
  analyses: PerSentence<SentenceAnalysis>,
  tokens: PerSentence<readonly Token[]>,
  aliases: AliasTable,
): (Rewrite | undefined)[] {
  return namedBefore(mentions, info, tokens, aliases, countries(mentions, info, analyses, tokens, aliases));
}

/**
 * The countries the headline and lead name by a name or demonym before a national noun ("Japan
 * economy slides", "The Japanese economy", "the Argentine State"): the story's country too.
 */
function nationalLead(tokens: PerSentence<readonly Token[]>): string[] {
  const out: string[] = [];
  for (let si = 0; si <= LEAD; si++) {
    const ts = tokens.at(si) ?? [];
    ts.forEach((t, k) => {
      const next = ts[k + 1];
      const noun = next && (NATIONAL.has(next.norm) || NATIONAL.has(`${next.norm} ${ts[k + 2]?.norm ?? ''}`));
      const country = DEMONYMS.get(t.norm) ?? title(t.norm);
      if (noun && /^\p{Lu}/u.test(t.text) && COUNTRIES.has(country)) out.push(country);
    });
  }
  return out;
}

/**
 * "the government" (no qualifier) after one country's government only, as that country; where the
 * article has named no government, after one country only ("India's mobile boom ... The government
 * hopes to"; not after two: "lost a concession in Bolivia ... Argentina ... forced the government").
 */
function namedBefore(
  mentions: readonly Mention[],
  info: readonly MentionInfo[],
  tokens: PerSentence<readonly Token[]>,
  aliases: AliasTable,
  out: (Rewrite | undefined)[],
): (Rewrite | undefined)[] {
  const named = new Set<string>();
  const countries = new Set<string>(nationalLead(tokens));
  return out.map((r, i) => {
    if (r) named.add(r.name);
    const m = mentions[i]!;
    const mi = info[i];
    const ts = tokens.at(m.sentence) ?? [];
    // (not a country that only modifies a noun: "the Iraq war", "US troops"; nor a company's
    // country: "controlled by France's Suez")
    const owner = has(ts[mi?.e ?? -1], 'ProperNoun') && has(ts[(mi?.e ?? 0) - 1], 'Possessive');
    const modifier = !!mi && ((has(ts[mi.e], 'Noun') && /^\p{Ll}/u.test(ts[mi.e]!.text) && !has(ts[mi.e - 1], 'Possessive')) || owner);
    const country = mi?.kind === 'name' && m.type === 'Place' && !modifier ? (aliases.groupOf(m.name)?.canonical ?? m.name) : '';
    // (named in the headline or the lead, as what the story is about: not "the war in Iraq" in a
    // story of British politics, where the government is Britain's)
    if (COUNTRIES.has(country) && (countries.size || m.sentence <= LEAD)) countries.add(country);
    const the = !!mi && (ts[mi.s]?.norm === 'the' || ts[mi.s - 1]?.norm === 'the');
    const bare = !r && the && m.corefOf === undefined && mi?.kind === 'group' && /^(?:the\s+)?government$/i.test(m.text);
    if (!bare) return r;
    if (named.size === 1) return { name: [...named][0]!, rule: 'government-named-before' };
    return !named.size && countries.size === 1 ? { name: [...countries][0]!, rule: 'country-named-before' } : r;
  });
}

function countries(
  mentions: readonly Mention[],
  info: readonly MentionInfo[],
  analyses: PerSentence<SentenceAnalysis>,
  tokens: PerSentence<readonly Token[]>,
  aliases: AliasTable,
): (Rewrite | undefined)[] {
  return mentions.map((m, i) => {
    const mi = info[i];
    if (!mi || m.corefOf !== undefined || aliases.groupOf(m.name)) return undefined;
    const lower = m.name.toLowerCase().replace(/^the\s+/, '');
    const ts = tokens.at(m.sentence) ?? [];
    if (mi.kind === 'name' && SEATS.has(lower)) {
      const before = ts[mi.s - 1]?.norm === 'the' ? ts[mi.s - 2] : ts[mi.s - 1];
      return before && PLACE_PREPS.has(before.norm) ? undefined : { name: SEATS.get(lower)!, rule: 'seat-as-government' };
    }
    if (mi.kind === 'name' && m.type === 'Place') {
      const country = CAPITALS.get(lower);
      if (country && isPoliticalSubject(tokens.at(m.sentence) ?? [], analyses.at(m.sentence), mi))
        return { name: country, rule: 'capital-as-government' };
      return undefined;
    }
    if (mi.kind === 'group' || mi.kind === 'name') {
      const g = groupSig(m.text, false);
      const place = g.quals.length === 1 && g.quals[0]!.startsWith('place:') ? g.quals[0]!.slice(6) : '';
      if (place && GOV_HEADS.has(g.head) && !CAPITALS.has(place)) return { name: title(place), rule: 'country-government' };
    }
    return undefined;
  });
}
