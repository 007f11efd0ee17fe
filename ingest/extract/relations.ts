/**
 * Stage: clause analyses + mentions + local entities → RawRelation[], each with polarity,
 * certainty, attribution, confidence from its rules, and sentence evidence.
 */
import type { Token } from '../nlp.js';
import type { Carrier, Mention, RawRelation, Sentence } from '../types.js';
import { indexMentions } from './args.js';
import { findSpeaker, isAttributed, quoteOpenAfter } from './attribution.js';
import { LEX } from './lexicon.js';
import { sentenceMeanings } from './meaning.js';
import type { MentionInfo } from './names.js';
import { clauseTriples, appositionTriples, type Triple } from './triples.js';
import rules from '../data/rules.json' with { type: 'json' };

const BASE = rules.base as Record<string, number>;
const ADJUST = rules.adjust as Record<string, number>;
const SPEAKER = '\u0000speaker';
/** Mention index standing for a first-person pronoun (see coref's speakerPronouns). */
const SPEAKER_MENTION = -1;

export function confidence(rs: readonly string[]): number {
  let base = 0.5;
  let adj = 0;
  for (const r of rs) {
    if (r in BASE) base = BASE[r]!;
    else adj += ADJUST[r] ?? 0;
  }
  return Math.round(Math.min(0.95, Math.max(0.05, base + adj)) * 100) / 100;
}

interface Ctx { ms: readonly Mention[]; info: readonly MentionInfo[]; ids: readonly (string | null)[] }

/** Entity id of a mention (following coreference), with the rule used; null when unresolved. */
function entityOf(x: Ctx, mi: number | undefined): { id: string; rule?: string } | null {
  if (mi === undefined) return null;
  if (mi === SPEAKER_MENTION) return { id: SPEAKER, rule: 'speaker-pronoun' };
  const m = x.ms[mi]!;
  const kind = x.info[mi]?.kind;
  if (kind === 'pronoun' && LEX.pronounSpeaker.has(m.text.toLowerCase())) return { id: SPEAKER, rule: 'speaker-pronoun' };
  if (m.corefOf !== undefined) {
    const id = x.ids[m.corefOf];
    return id ? { id, rule: kind === 'pronoun' ? 'coref-pronoun' : 'coref-description' } : null;
  }
  if (kind === 'pronoun' || kind === 'description') return null;
  const id = x.ids[mi];
  return id ? { id } : null;
}

/** Things (common-noun phrases) are entities only where a relation uses them. */
function pruneThings(c: Carrier, rels: readonly RawRelation[]): Pick<Carrier, 'entities' | 'mentionEntity'> {
  const used = new Set<string>();
  for (const r of rels) for (const id of [r.subject, r.object, r.attribution]) if (id) used.add(id);
  const ids = c.mentionEntity ?? [];
  (c.mentionInfo ?? []).forEach((m, i) => { if (m.kind !== 'thing' && ids[i]) used.add(ids[i]!); });
  return { entities: (c.entities ?? []).filter((e) => used.has(e.localId)), mentionEntity: ids.map((id) => (id && used.has(id) ? id : null)) };
}

export function relations(c: Carrier): Carrier {
  const sentences = c.sentences ?? [];
  const tokens = c.tokens ?? [];
  const analyses = c.analyses ?? [];
  const x: Ctx = { ms: c.mentions ?? [], info: c.mentionInfo ?? [], ids: c.mentionEntity ?? [] };
  const byEnd = indexMentions(x.info, sentences.length);
  for (const p of c.speakerPronouns ?? []) byEnd[p.sentence]?.add(SPEAKER_MENTION, p.s, p.e);
  const text = c.article?.text ?? '';
  const out: RawRelation[] = [];
  let pending: RawRelation[] = [];
  let open = false;
  let quoteSpeaker: string | null = null;
  const settle = (rel: RawRelation, speaker: string | null, attribute = true): void => {
    if (attribute && rel.attribution === null) rel.attribution = speaker;
    if (rel.subject === SPEAKER) rel.subject = speaker ?? '';
    if (rel.object === SPEAKER) rel.object = speaker ?? '';
    if (rel.subject && rel.object && rel.subject !== rel.object) out.push(rel);
  };
  const messages = [...c.messages];
  sentences.forEach((s, si) => {
    try {
      sentence(s, si);
    } catch (e) {
      messages.push({ code: 'RELATIONS_FAILED', message: `could not read the relations of sentence ${si}: ${(e as Error).message}`, source: c.record.source });
    }
  });
  function sentence(s: Sentence, si: number): void {
    const ts: readonly Token[] = tokens[si] ?? [];
    const an = analyses[si];
    if (si > 0 && text.slice(sentences[si - 1]!.end, s.start).includes('\n')) {
      for (const r of pending) settle(r, null);
      pending = [];
      open = false;
      quoteSpeaker = null;
    }
    const openBefore = open;
    open = quoteOpenAfter(s.text, open);
    if (!an || !ts.length) return;
    const meanings = sentenceMeanings(ts, an);
    const sp = findSpeaker(ts, an, byEnd[si]!);
    const speaker = sp ? entityOf(x, sp.mention)?.id ?? null : openBefore ? quoteSpeaker : null;
    if (open) quoteSpeaker = speaker;
    const triples: (Triple & { clause: number })[] = [];
    an.clauses.forEach((cl, ci) => { for (const t of clauseTriples(ts, byEnd[si]!, cl)) triples.push({ ...t, clause: ci }); });
    for (const t of appositionTriples(ts, byEnd[si]!, an)) triples.push({ ...t, clause: -1 });
    const made: RawRelation[] = [];
    for (const t of triples) {
      const subj = entityOf(x, t.s);
      const obj = entityOf(x, t.o);
      if (!subj || !obj || subj.id === obj.id) continue;
      const m = t.clause >= 0 ? meanings[t.clause]! : { polarity: 'positive' as const, certainty: 'asserted' as const, cues: [] };
      const rs = [...t.rules, ...(subj.rule ? [subj.rule] : []), ...(obj.rule ? [obj.rule] : []), ...m.cues.map((q) => `cue:${q}`)];
      const attributed = sp && isAttributed(an, ts, sp, t.clause);
      made.push({
        subject: subj.id,
        predicate: t.p,
        object: obj.id,
        polarity: t.negate ? (m.polarity === 'negative' ? 'positive' : 'negative') : m.polarity,
        certainty: m.certainty,
        attribution: attributed ? speaker : null,
        confidence: confidence(rs),
        evidence: { source: c.record.source, text: s.text, start: s.start, end: s.end },
        rules: rs,
      });
    }
    const quoted = openBefore || /^[\u201c"]/.test(s.text.trim());
    if (!speaker && quoted) { pending.push(...made); return; }
    for (const r of pending) { r.rules.push('quote-carry'); r.confidence = confidence(r.rules); settle(r, speaker); }
    pending = [];
    for (const r of made) settle(r, speaker, quoted);
  }
  for (const r of pending) settle(r, null);
  return { ...c, relations: out, messages, ...pruneThings(c, out) };
}
