/**
 * Stage: clause analyses + mentions + local entities → RawRelation[], each with polarity,
 * certainty, attribution, confidence from its rules, and sentence evidence.
 */
import { isHeadlineLike, type Token } from '../parse.js';
import type { Carrier, Clustered, LocalEntity, RawRelation, Related, Sentence } from '../types.js';
import { indexMentions } from './args.js';
import { quoteOpenAfter, SPEAKER_TAG } from './attribution.js';
import { LEX } from './lexicon.js';
import { stronger } from './meaning.js';
import { THINGS } from './things.js';
import rules from '../data/rules.json' with { type: 'json' };
import {
  confidence,
  DESCRIPTIVE,
  isSpeakerId,
  QUOTED_CLAIM,
  QUOTED_THIRD_OBJECT,
  QUOTED_THIRD_SUBJECT,
  SPEAKER,
  SPEAKER_MENTION,
  SPEAKERS,
  SPEAKERS_MENTION,
  sentenceRelations,
  type Ctx,
} from './candidates.js';

export { confidence };

/** Relations read less surely than this are not emitted (data/rules.json). */
const THRESHOLD: number = rules.threshold;
/** A relation the writer's description gives ("X, leader of Y"), not one the sentence states. */
const descriptive = (r: RawRelation): boolean => r.rules.some((x) => DESCRIPTIVE.includes(x));

/** Things (common-noun phrases) are entities only where a relation uses them. */
export function pruneThings(c: Carrier, rels: readonly RawRelation[]): Pick<Carrier, 'entities' | 'mentionEntity'> {
  const used = new Set<string>();
  for (const r of rels) for (const id of [r.subject, r.object, r.attribution]) if (id) used.add(id);
  const ids = c.mentionEntity ?? [];
  (c.mentionInfo ?? []).forEach((m, i) => {
    if (m.kind !== 'thing' && ids[i]) used.add(ids[i]!);
  });
  return {
    entities: (c.entities ?? []).filter((e) => used.has(e.localId)),
    mentionEntity: ids.map((id) => (id && used.has(id) ? id : null)),
  };
}

export function relations(c: Clustered): Related {
  const sentences = c.sentences ?? [];
  const { tokens, analyses } = c;
  const x: Ctx = { ms: c.mentions ?? [], info: c.mentionInfo ?? [], ids: c.mentionEntity ?? [], source: c.record.source };
  const bySentence: number[][] = [];
  x.info.forEach((m, i) => (bySentence[m.sentence] ??= []).push(i));
  const byEnd = indexMentions(
    x.info,
    sentences.length,
    x.ms.map((m) => m.type),
  );
  for (const p of c.speakerPronouns ?? []) {
    const plural = LEX.pronounSpeakerPlural.has(tokens.at(p.sentence)?.[p.s]?.norm ?? '');
    byEnd[p.sentence]?.add(plural ? SPEAKERS_MENTION : SPEAKER_MENTION, p.s, p.e);
  }
  const text = c.article?.text ?? '';
  const out: RawRelation[] = [];
  const typeOf = new Map((c.entities ?? []).map((e) => [e.localId, e.type]));
  /** Entities of unnamed speakers ("the police spokesman said"): attributions only. */
  const unnamed = new Set(x.info.flatMap((m, i) => (m.speakerOnly && x.ids[i] ? [x.ids[i]!] : [])));
  /** A person's organisation, from the writer's titles and appositions ("Qantas chief executive Geoff Dixon"). */
  const affiliation = new Map<string, string>();
  // ("a Google spokesperson told", "said Nortel president": the organisation its name opens with)
  for (const [id, org] of roleAffiliations(c.entities ?? [])) affiliation.set(id, org);
  for (const [id, org] of ofAffiliations(x, tokens, typeOf)) affiliation.set(id, org);
  for (const [id, org] of possessiveAffiliations(x, tokens, typeOf)) affiliation.set(id, org);
  const affiliate = (rs: readonly RawRelation[]): void => {
    for (const r of rs)
      if (descriptive(r) && typeOf.get(r.subject) === 'Person' && typeOf.get(r.object) === 'Organization')
        affiliation.set(r.subject, r.object);
  };
  let pending: RawRelation[] = [];
  let open = false;
  let quoteSpeaker: string | null = null;
  /** The open quotation's speaker claims it ("Mr Ancram argued: ..."): alleged, sentence after sentence. */
  let quoteClaims = false;
  /** Who spoke the paragraph's last quotation ('"A," said X. "B."': B is X's too). */
  let quotedBefore: string | null = null;
  /** The headline's quoted claims ("Tories 'would cut number of MPs'"), waiting for the lead's speaker. */
  let claims: RawRelation[] = [];
  const settle = (rel: RawRelation, speaker: string | null, quoted = true, claimed = false): void => {
    // A title, apposition or speaker's tag is the writer's description, never part of the quotation.
    const attribute = quoted && !rel.rules.some((r) => DESCRIPTIVE.includes(r) || r === SPEAKER_TAG);
    if (attribute && rel.attribution === null) rel.attribution = speaker;
    // (a claim's quotation, but not what the speaker says of itself: "we have done")
    const self = isSpeakerId(rel.subject) || isSpeakerId(rel.object);
    if (attribute && claimed && !self && rel.attribution === speaker) rel.certainty = stronger(rel.certainty, 'alleged');
    if (isSpeakerId(rel.attribution)) rel.attribution = speaker;
    if (attribute && !rel.attribution) return; // said in a quotation by no one we know
    // The speaker of a quotation is never its "he" or "she".
    const third = (rule: string, id: string): boolean => !!speaker && rel.rules.includes(rule) && id === speaker;
    if (third(QUOTED_THIRD_SUBJECT, rel.subject) || third(QUOTED_THIRD_OBJECT, rel.object)) return;
    // '"We are totally committed to ...," said Qantas chief executive Geoff Dixon': "we" is Qantas.
    const side = speaker ? (affiliation.get(speaker) ?? speaker) : '';
    for (const k of ['subject', 'object'] as const) {
      // An unnamed speaker ("the spokeswoman said") is never what its "I" or "we" stands for.
      // (but its organisation is what its "we" stands for: '"we plan to ...," a Google spokesperson told')
      const theirs = rel[k] === SPEAKERS && affiliation.has(speaker ?? '');
      if (isSpeakerId(rel[k]) && unnamed.has(speaker ?? '') && !theirs) return;
      // '"Our evidence suggests ... we have received reports"': a thing that "says" is no "I" or "we".
      if (isSpeakerId(rel[k]) && !theirs && /^(?:Concept|Event)$/.test(typeOf.get(speaker ?? '') ?? '')) return;
      if (rel[k] === SPEAKER) rel[k] = speaker ?? '';
      // '"We need to break the link ...," Mr Howard said': a person's "we" with no organisation the
      // article gives them is a party, a government or a firm we cannot name; not the person.
      else if (rel[k] === SPEAKERS && !affiliation.has(speaker ?? '') && typeOf.get(speaker ?? '') === 'Person') return;
      else if (rel[k] === SPEAKERS) rel[k] = side;
    }
    if (rel.subject && rel.object && rel.subject !== rel.object && rel.confidence >= THRESHOLD) out.push(rel);
  };
  /**
   * A headline's quoted claim is the lead's speaker's; its plain statement ("Fiat mulls Ferrari
   * market listing") only when all the lead states is reported ("Ferrari could be listed ..., the
   * Financial Times has reported"), not when the lead is the writer's ("Mr Howard unveiled ...").
   */
  const settleClaims = (speaker: string | null, reporter: string | null = null): void => {
    for (const r of claims) {
      const attribution = r.rules.includes(QUOTED_CLAIM) ? speaker : reporter;
      settle({ ...r, attribution }, null, false);
    }
    claims = [];
  };
  /** Whose report all the sentence states is, if one source's ("X, leader of Y" aside). */
  const reporter = (made: readonly RawRelation[]): string | null => {
    const stated = made.filter((r) => !descriptive(r));
    const by = new Set(stated.map((r) => r.attribution));
    return by.size === 1 ? ([...by][0] ?? null) : null;
  };
  const messages = [...c.messages];
  sentences.forEach((s, si) => {
    try {
      sentence(s, si);
    } catch (e) {
      messages.push({
        code: 'RELATIONS_FAILED',
        message: `could not read the relations of sentence ${si}: ${(e as Error).message}`,
        source: c.record.source,
      });
    }
  });
  endParagraph();
  settleClaims(null);
  function sentence(s: Sentence, si: number): void {
    const ts: readonly Token[] = tokens.at(si) ?? [];
    const an = analyses.at(si);
    if (si > 0 && text.slice(sentences[si - 1]!.end, s.start).includes('\n')) {
      endParagraph();
      open = false;
      quoteSpeaker = null;
      quoteClaims = false;
    }
    const openBefore = open;
    // The sentence text starts at its first word: an opening quote before it is in that token's `pre`.
    const lead = ts[0]?.pre ?? '';
    open = quoteOpenAfter(lead + s.text, open);
    if (!an || !ts.length) return;
    const read = sentenceRelations(x, s, ts, an, byEnd[si]!, bySentence[si] ?? [], openBefore ? quoteSpeaker : null);
    const own = read.speaker;
    const headline = si === 0 && isHeadlineLike(ts) && text.slice(s.end, sentences[1]?.start ?? s.end).includes('\n');
    const told = (r: RawRelation): boolean => r.rules.includes(QUOTED_CLAIM) || (headline && !descriptive(r));
    const claim = (r: RawRelation): boolean => si === 0 && !r.attribution && told(r);
    claims.push(...read.made.filter(claim));
    const made = read.made.filter((r) => !claim(r));
    affiliate(made);
    // The lead says whose the headline's claim is: "..., Tory leader Michael Howard has said".
    if (si === 1) settleClaims(own, reporter(made));
    const speaker = own ?? (openBefore ? quoteSpeaker : null);
    const claimed = own ? read.speakerClaims : openBefore && quoteClaims;
    if (open) [quoteSpeaker, quoteClaims] = [speaker, claimed];
    const quoted = openBefore || /[\u201c"]/.test(lead) || /^[\u201c"]/.test(s.text.trim());
    if (!speaker && quoted) {
      pending.push(...made);
      return;
    }
    if (quoted && speaker) quotedBefore = speaker;
    carry(speaker, claimed);
    for (const r of made) settle(r, speaker, quoted, claimed && !own);
  }
  /** The quotation waiting for its speaker is `speaker`'s. */
  function carry(speaker: string | null, claimed = false): void {
    for (const r of pending) {
      r.rules.push('quote-carry');
      r.confidence = confidence(r.rules);
      settle(r, speaker, true, claimed);
    }
    pending = [];
  }
  /**
   * A quotation the paragraph names no speaker for after it continues the paragraph's last quoted
   * speaker; with none, nothing of it is stored.
   */
  function endParagraph(): void {
    if (quotedBefore) carry(quotedBefore);
    pending = [];
    quotedBefore = null;
  }
  return { ...c, relations: out, messages, ...pruneThings(c, out) };
}

/**
 * "the EPA's Andrew Fanara", "Tesco's John Smith": a person's name right after an organisation's
 * possessive belongs to it (local ids).
 */
function possessiveAffiliations(x: Ctx, tokens: Clustered['tokens'], typeOf: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  x.info.forEach((m, i) => {
    const person = x.ids[i];
    const ts = tokens.at(m.sentence) ?? [];
    if (!person || m.kind !== 'name' || typeOf.get(person) !== 'Person' || !/['\u2019]s?$/u.test(ts[m.s - 1]?.text ?? '')) return;
    let j = i - 1;
    while (j >= 0 && x.info[j]!.sentence === m.sentence && x.info[j]!.e !== m.s) j--;
    const org = j >= 0 && x.info[j]!.sentence === m.sentence ? x.ids[j] : undefined;
    if (org && typeOf.get(org) === 'Organization') out.set(person, org);
  });
  return out;
}

/**
 * "said David Rubin of administrators David Rubin & Partners", "John Smith of Oxfam": a person's
 * name followed by "of" and an organisation (past lower-case words) belongs to it (local ids).
 */
function ofAffiliations(x: Ctx, tokens: Clustered['tokens'], typeOf: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  x.info.forEach((m, i) => {
    const person = x.ids[i];
    const ts = tokens.at(m.sentence) ?? [];
    if (!person || m.kind !== 'name' || typeOf.get(person) !== 'Person' || ts[m.e]?.norm !== 'of') return;
    if (/[,;:]/.test(ts[m.e - 1]!.post)) return;
    let k = m.e + 1;
    while (k < m.e + 3 && /^\p{Ll}+$/u.test(ts[k]?.text ?? '')) k++;
    const j = x.info.findIndex((o) => o.sentence === m.sentence && o.s === k);
    const org = j >= 0 ? x.ids[j] : undefined;
    if (org && typeOf.get(org) === 'Organization') out.set(person, org);
  });
  return out;
}

/**
 * "Google spokesperson", "Nortel president": an entity named by an organisation of the article and
 * a role after it belongs to that organisation (local id → organisation's local id).
 */
function roleAffiliations(entities: readonly LocalEntity[]): Map<string, string> {
  const orgs = new Map(entities.filter((e) => e.type === 'Organization').map((e) => [e.name.toLowerCase(), e.localId]));
  const out = new Map<string, string>();
  for (const e of entities) {
    const words = e.name.toLowerCase().split(/\s+/);
    for (let k = words.length - 1; k >= 1; k--) {
      const org = orgs.get(words.slice(0, k).join(' '));
      const role = words.slice(k);
      if (org && org !== e.localId && role.every((w) => LEX.titles.has(w) || LEX.personRoles.has(w) || THINGS.speakers.has(w)))
        out.set(e.localId, org);
    }
  }
  return out;
}
