/**
 * One sentence's relations before quote handling: triples from its clauses (with complements'
 * subjects filled in: control.ts), appositions and noun phrases (nominal.ts), each given polarity,
 * certainty (meaning.ts), attribution (attribution.ts), confidence (data/rules.json) and evidence.
 */
import rules from '../data/rules.json' with { type: 'json' };
import { isHeadlineLike, type Token } from '../parse.js';
import type { Certainty, Evidence, Mention, Polarity, RawRelation, Sentence } from '../types.js';
import { headEnd as headEndOf, type SentenceMentions } from './args.js';
import {
  findSpeaker,
  isAttributed,
  onSpeakerTag,
  reportingClauses,
  SPEAKER_TAG,
  singleQuoted,
  speakerOf,
  SHARE_SPEAKER,
  UNKNOWN_SPEAKER,
} from './attribution.js';
import { type Clause, frameWord, type SentenceAnalysis, type Span } from './clauses.js';
import { withControl } from './control.js';
import { predicateComplement, retainedObject } from './complement.js';
import { argumentDetail, argumentEnd, argumentSpan } from './detail.js';
import { genericRules } from './generic.js';
import {
  ACT_OBJECTS,
  COMPLEMENT_VERBS,
  givesReason,
  CONTENT_NOUNS,
  INFINITIVE_COMPLEMENTS,
  isEventObject,
  isIdiom,
  LEX,
  NAMING_VERBS,
  SEEING_VERBS,
} from './lexicon.js';
import {
  ALLEGE_FRAMES,
  believes,
  DIRECTIVE_FRAMES,
  NO_DUTY,
  UNSAID,
  FRAME_ONLY,
  questionClauses,
  sentenceMeanings,
  stronger,
  UNREAL_FRAME,
  type Meaning,
} from './meaning.js';
import type { MentionInfo } from './names.js';
import { bidTriples, nounTriples } from './nominal.js';
import { nounBeforeOf } from './phrases.js';
import { documentNamed, orgKind, THINGS } from './things.js';
import { breakAfter, has, isBe, isConj, isNounAt, isPrep, quoteMask } from './tokens.js';
import { appositionTriples, clauseTriples, type Triple } from './triples.js';

const BASE = rules.base as Record<string, number>;
const ADJUST = rules.adjust as Record<string, number>;
export const SPEAKER = '\u0000speaker';
const ACTORS: ReadonlySet<string> = new Set(['Person', 'Organization', 'Place', 'Group']);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'must', 'shall', 'should']);
/**
 * Prepositions compromise may tag as a headline's verb ("Labour MPs' fears over squabbling"): never
 * a predicate alone (unlike "behind", a copula's complement: "Rockstar, which is behind the GTA titles").
 */
const NOT_PREDICATES: ReadonlySet<string> = new Set(['over', 'under', 'in', 'on', 'about', 'across', 'through']);
/** Rules whose relations describe, in the writer's voice: never attributed, never quoted. */
export const DESCRIPTIVE: readonly string[] = ['appos-role', 'title-role', 'modifier-verb', 'modifier-pro'];
/** Rule marking two arguments no reader can tell apart from others of their kind (thingRules). */
export const UNNAMED_PAIR = 'unnamed-pair';
/** Rules marking an argument read from "he"/"she" inside a quotation (relations.ts: never its speaker). */
export const QUOTED_THIRD_SUBJECT = 'quoted-third-subject';
export const QUOTED_THIRD_OBJECT = 'quoted-third-object';
/** Rule marking a clause whose verb stands in single quotes: a claim, alleged (relations.ts: the lead's speaker). */
export const QUOTED_CLAIM = 'quoted-claim';
/** Mention index standing for a first-person pronoun (see coref's speakerPronouns). */
export const SPEAKER_MENTION = -1;
/** The same for a plural one ("we", "us"): the speaker's organisation where the article gives it (relations.ts). */
export const SPEAKERS_MENTION = -2;
export const SPEAKERS = '\u0000speakers';
/** Whether an entity id stands for the speaker (or their side), to be settled by the relations stage. */
export const isSpeakerId = (id: string | null | undefined): boolean => id === SPEAKER || id === SPEAKERS;

export function confidence(rs: readonly string[]): number {
  let base = 0.5;
  let adj = 0;
  for (const r of rs) {
    if (r in BASE) base = BASE[r]!;
    else adj += ADJUST[r] ?? 0;
  }
  return Math.round(Math.min(0.95, Math.max(0.05, base + adj)) * 100) / 100;
}

export interface Ctx {
  ms: readonly Mention[];
  info: readonly MentionInfo[];
  ids: readonly (string | null)[];
  source: string;
}

/** The rule a resolved pronoun, description or definite noun is stored under (rules.json weighs it). */
function corefRule(x: Ctx, m: Mention, kind: string | undefined, local: boolean): string {
  if (kind === 'pronoun') return local ? 'coref-local' : LEX.pronounPlural.has(m.text.toLowerCase()) ? 'coref-plural' : 'coref-pronoun';
  if (kind !== 'thing') return 'coref-description';
  return x.ms[m.corefOf!]?.type === 'Concept' ? 'coref-definite' : 'coref-organisation';
}

/** Entity id of a mention (following coreference), with the rule used; null when unresolved. */
export function entityOf(x: Ctx, mi: number | undefined): { id: string; rule?: string } | null {
  if (mi === undefined) return null;
  if (mi === SPEAKER_MENTION) return { id: SPEAKER, rule: 'speaker-pronoun' };
  if (mi === SPEAKERS_MENTION) return { id: SPEAKERS, rule: 'speaker-pronoun' };
  const m = x.ms[mi]!;
  const kind = x.info[mi]?.kind;
  if (kind === 'pronoun' && LEX.pronounSpeaker.has(m.text.toLowerCase()))
    return { id: LEX.pronounSpeakerPlural.has(m.text.toLowerCase()) ? SPEAKERS : SPEAKER, rule: 'speaker-pronoun' };
  if (m.corefOf !== undefined) {
    const id = x.ids[m.corefOf];
    // A pronoun whose antecedent is in its own sentence ("quit the party and accused it of") is surer.
    const local = x.ms[m.corefOf]?.sentence === m.sentence;
    return id ? { id, rule: corefRule(x, m, kind, local) } : null;
  }
  if (kind === 'pronoun' || kind === 'description') return null;
  const id = x.ids[mi];
  return id ? { id } : null;
}

type Candidate = Triple & { clause: number; np?: boolean; at?: number };
interface Said {
  polarity: Polarity;
  certainty: Certainty;
  cues: string[];
  by: number | 'speaker' | null;
}

/** The clause whose object region holds token `at` ("denied [Tehran's involvement in the attack]"), or -1. */
function governing(an: SentenceAnalysis, at: number): number {
  return an.clauses.findLastIndex((c) => c.vg.e <= at && at < c.end);
}

/** Whether mention `m` lies in the span (the clause's subject phrase holds it). */
function spanHolds(ix: SentenceMentions, sp: { s: number; e: number }, m: number): boolean {
  for (let k = sp.s; k < sp.e; k++) if (ix.at(k) === m) return true;
  return false;
}

/**
 * A noun-phrase relation is presupposed: asserted, unless its governing verb denies or alleges it,
 * or a noun of chance holds it ("the possibility of a State contribution to ...": hedged).
 */
function nounMeaning(ts: readonly Token[], an: SentenceAnalysis, ix: SentenceMentions, t: Candidate): Said {
  const g: Clause | undefined = an.clauses[t.clause];
  const chance = t.at === undefined ? undefined : nounBeforeOf(ts, t.at - 1);
  const certainty = chance && LEX.chanceNouns.has(chance) ? stronger(t.certainty ?? 'asserted', 'hedged') : (t.certainty ?? 'asserted');
  if (!g || g.vg.neg) return { polarity: 'positive', certainty, cues: [], by: 'speaker' };
  const subj = g.subj ? (ix.at(g.subj.e - 1) ?? null) : null;
  // "rejected the Tories' call for a quota": refusing another's act or proposal does not undo it;
  // only a denial does ("Iraq denies Tehran's involvement in the attack").
  const anothers = g.vg.lemma !== 'deny' && !(g.subj && spanHolds(ix, g.subj, t.s));
  if (LEX.negationVerbs.has(g.vg.lemma) && !anothers) return { polarity: 'negative', certainty, cues: [`frame:${g.vg.lemma}`], by: subj };
  if (ALLEGE_FRAMES.has(g.vg.lemma))
    return { polarity: 'positive', certainty: stronger(certainty, 'alleged'), cues: [`frame:${g.vg.lemma}`], by: subj };
  return { polarity: 'positive', certainty, cues: [], by: 'speaker' };
}

/**
 * Whether the object of a naming verb is the name or state given, not the thing named: it follows
 * the object ("calling it an early Christmas present", "making them the biggest shareholders") or the
 * object is "what" before the subject ("what Mr Gates called an ecosystem of technologies").
 */
function nameGiven(ts: readonly Token[], c: Clause | undefined, o: MentionInfo | undefined): boolean {
  if (!c || !o) return false;
  if (c.subj && ts[c.subj.s - 1]?.norm === 'what' && o.s >= c.vg.e) return true;
  if (!c.obj || o.s <= c.obj.s || o.s < c.vg.e) return false;
  const before = ts.slice(c.obj.s, o.s);
  if (!before.length || before.some((t) => has(t, 'Preposition') || has(t, 'Conjunction'))) return false;
  // "calling it an ...", "making them Manchester United's ...": a pronoun object first; "called 2004
  // an outstanding success": a phrase, then the determiner opening the second one.
  if (has(before[0], 'Pronoun') && !has(before[0], 'Possessive')) return true;
  const first = before.findIndex((t) => (has(t, 'Noun') || has(t, 'Value')) && !has(t, 'Possessive'));
  return first >= 0 && before.slice(first + 1).some((t) => /^(?:a|an|the)$/.test(t.norm));
}

/**
 * "songs that we used to call an album", "a desktop computer that PC Pro magazine dubbed best
 * performer": the relative's noun is what is named, the phrase after the verb its name.
 */
function namedByRelative(ts: readonly Token[], c: Clause | undefined, o: MentionInfo | undefined): boolean {
  if (!c?.subj || !o || o.s < c.vg.e || ts.slice(c.vg.e, o.s).some((t) => has(t, 'Noun'))) return false;
  const k = c.subj.s - 1;
  const noun = ts[k - 1];
  if (ts[k]?.norm === 'which' || ts[k]?.norm === 'whom') return true;
  return ts[k]?.norm === 'that' && has(noun, 'Noun') && !has(noun, 'Verb') && !has(noun, 'Pronoun') && !has(noun, 'Date');
}

/** Whether two mentions of one sentence share tokens. */
function overlapping(a: MentionInfo | undefined, b: MentionInfo | undefined): boolean {
  return !!a && !!b && a.sentence === b.sentence && a.s < b.e && b.s < a.e;
}

/** Verbs that give their object a state ("make courts the last resort"): no relation to the object. */
const STATE_VERBS = new Set(['make', 'render', 'keep']);

/**
 * "We want to make courts the last resort", "Labour made low inflation, unemployment and mortgage
 * rates the centrepiece of ...": the object (or a list of them) is followed by the state it is
 * given, a determiner's phrase with no preposition between; the verb relates the subject to neither.
 */
function givenState(ts: readonly Token[], c: Clause | undefined, o: MentionInfo | undefined): boolean {
  if (!c?.obj || !o || o.s < c.obj.s || o.s >= c.obj.e) return false;
  let k = c.obj.e;
  while (k < ts.length && (isNounAt(ts, k) || isConj(ts[k]) || has(ts[k], 'Adjective')) && !/^(?:a|an|the)$/.test(ts[k]!.norm)) {
    if (/[.;:!?]/.test(ts[k]!.post)) return false;
    k++;
  }
  // "leave London and the South East": a determiner after "and" continues a list.
  return /^(?:a|an|the)$/.test(ts[k]?.norm ?? '') && !isConj(ts[k - 1]) && !/[,;:]/.test(ts[k - 1]!.post);
}

/**
 * "The register shows William Hague earning up to £820,000": the object is the subject of the
 * gerund right after it, and what is shown is that event; the verb relates the subject to neither
 * ("the latest footage showed Mrs Hassan asking", "could see Michael Howard coming in").
 */
function seenDoing(ts: readonly Token[], an: SentenceAnalysis, c: Clause | undefined, o: MentionInfo | undefined): boolean {
  if (!c?.obj || !o || o.s < c.obj.s || o.s >= c.obj.e || breakAfter(ts[c.obj.e - 1])) return false;
  // (an event's gerund describes it: "had not seen any attacks exploiting the flaw")
  if (LEX.eventHeads.has(ts[c.obj.e - 1]!.root || ts[c.obj.e - 1]!.norm)) return false;
  const obj = c.obj;
  if (an.clauses.some((g) => g.vg.s === obj.e && has(ts[g.vg.s], 'Gerund') && g.rules.includes('reduced-rel'))) return true;
  // "had seen prime ministers and party leaders come and go": so a bare infinitive after the object
  // (or the list it opens).
  const opens = (g: Clause): boolean => !!g.subj && (g.subj.s === obj.s || (isConj(ts[obj.e]) && g.subj.s === obj.e + 1));
  return an.clauses.some((g) => opens(g) && g.vg.s === g.subj!.e && has(ts[g.vg.s], 'Infinitive') && !has(ts[g.vg.s], 'Modal'));
}

/** A mention's last word, lowercase: its head as written ("a wife" → "wife"). */
const headWord = (m: Mention | undefined): string => (m?.text ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';

/** "the project's ultimate goal is levelling access": be + gerund after a noun of aim states the aim. */
function equated(ts: readonly Token[], c: Clause | undefined, subjectHead: string): boolean {
  return !!c && CONTENT_NOUNS.has(subjectHead) && isBe(ts[c.vg.s]) && has(ts[c.vg.head], 'Gerund');
}

/** "has been made worse by a lack of investment", "were made redundant": a passive that gives a state. */
function passiveState(ts: readonly Token[], c: Clause | undefined): boolean {
  return !!c?.vg.passive && !!c.obj && c.obj.s === c.vg.e && has(ts[c.obj.s], 'Adjective') && has(ts[c.obj.e - 1], 'Adjective');
}

/** Verbs that, before an object and a participle, say what happened to the object. */
const CAUSATIVE = new Set(['have', 'get']);

/**
 * "a woman who had had all four limbs amputated", "had his car stolen", "got the site shut down":
 * have/get + object + past participle says what was done to the object, not that the subject
 * has it.
 */
function happenedTo(ts: readonly Token[], c: Clause | undefined): boolean {
  if (!c?.obj || c.obj.s < c.vg.e) return false;
  const t = ts[c.obj.e];
  return !!t && (has(t, 'PastTense') || has(t, 'Participle')) && !has(t, 'Gerund') && !/[,;:]/.test(ts[c.obj.e - 1]!.post);
}

/**
 * "the affected countries except Sri Lanka and the Maldives should emerge with minimal damage": a
 * name in a phrase opened by "except", "other than", "apart from" is what the statement leaves out.
 */
function excepted(ts: readonly Token[], m: { s: number } | undefined): boolean {
  if (!m) return false;
  for (let k = m.s - 1; k >= 0 && k >= m.s - 8; k--) {
    const t = ts[k]!;
    if (t.norm === 'except' || (t.norm === 'than' && ts[k - 1]?.norm === 'other') || (t.norm === 'from' && ts[k - 1]?.norm === 'apart'))
      return true;
    if (breakAfter(t) || has(t, 'Verb') || (isPrep(t) && !isConj(t))) return false;
  }
  return false;
}

/** "two men", "Five of the eight men", "1,000 people": a counted group, anchored by its number. */
const COUNTED = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b)/i;

/**
 * A common-noun subject is read less surely than a name ("thing-subject"), two of them less still.
 * Two arguments no reader can tell apart from others of their kind, a subject resolved to no name
 * acting on an object with none ("massive power generates heat", "the company may have to pay
 * regulators", "developers are working on a first round of titles"), link nobody an investigator
 * can follow ("unnamed-pair": read, not stored). A subject the story supplies stays: an
 * institution ("the government", "police"), armed men or their weapons ("security forces",
 * "drones"), a counted group ("two men"); so does an event ("the attack") on either side.
 */
function thingRules(x: Ctx, t: Triple): string[] {
  // A common noun resolved to a name ("his predecessor, David Blunkett") is read as the name.
  const at = (m: number): number => x.ms[m]?.corefOf ?? m;
  const root = (m: number) => x.ms[at(m)];
  const thing = (m: number): boolean => m >= 0 && x.info[m]?.kind === 'thing' && root(m)?.type === 'Concept';
  const unnamed = (m: number): boolean => {
    const r = root(m);
    const kind = x.info[at(m)]?.kind;
    return !!r && (kind === 'thing' || kind === 'group') && r.type !== 'Event' && !/\p{Lu}/u.test(r.name);
  };
  const anonymous = (m: number): boolean => {
    const r = root(m)!;
    return !THINGS.storyActors.has(r.name.split(' ').at(-1)!) && !COUNTED.test(r.text);
  };
  const rs = t.s >= 0 && t.o >= 0 && unnamed(t.s) && unnamed(t.o) && anonymous(t.s) ? [UNNAMED_PAIR] : [];
  if (!thing(t.s)) return rs;
  return thing(t.o) ? ['thing-subject', 'things-only', ...rs] : ['thing-subject', ...rs];
}

/** Nouns of asking whose "for X to ..." is the asker's wish, not X's plan. */
const ASKING_NOUNS: ReadonlySet<string> = new Set([
  'demand',
  'demands',
  'call',
  'calls',
  'request',
  'requests',
  'plea',
  'appeal',
  'appeals',
  'pressure',
  'ultimatum',
]);

/**
 * "despite an EU demand for Turkey to recognise Cyprus", "renewed its calls for Turkey to": the
 * owner of a noun of asking (a name before it, or a possessive) holds the wish; its mention, if any.
 */
function asker(ts: readonly Token[], ix: SentenceMentions, c: Clause): number | undefined {
  if (!c.subj || ts[c.subj.s - 1]?.norm !== 'for' || ts[c.vg.s - 1]?.norm !== 'to' || !ASKING_NOUNS.has(ts[c.subj.s - 2]?.norm ?? ''))
    return undefined;
  let k = c.subj.s - 3;
  while (k >= 0 && has(ts[k], 'Adjective') && !has(ts[k], 'ProperNoun') && !breakAfter(ts[k])) k--;
  const owner = ts[k];
  if (!owner || breakAfter(owner) || !(has(owner, 'Possessive') || /^\p{Lu}/u.test(owner.text))) return undefined;
  return ix.at(k);
}

/** The subject of a governing clause that denies, claims or believes ("X denied that ..."), as an entity id. */
function frameHolder(x: Ctx, ts: readonly Token[], an: SentenceAnalysis, ix: SentenceMentions, ci: number): string | null {
  const asking = asker(ts, ix, an.clauses[ci]!);
  if (asking !== undefined && canSpeak(x, asking)) return entityOf(x, asking)?.id ?? null;
  let infinitives = true;
  for (let child = ci, p = an.clauses[ci]!.parent, n = 0; p >= 0 && n < 8; child = p, p = an.clauses[p]!.parent, n++) {
    const c = an.clauses[p]!;
    const w = frameWord(ts, c);
    const frame = LEX.negationVerbs.has(w) || ALLEGE_FRAMES.has(w) || believes(ts, c, an.clauses[child]!);
    // "The Lib Dems called for Hain to make a statement": the one who asks holds the wish, and its
    // purpose ("called for Deutsche Boerse to hold a meeting to discuss the bid").
    infinitives &&= an.clauses[child]!.rules.includes('ctrl-inf');
    const asks = DIRECTIVE_FRAMES.has(c.vg.lemma) && infinitives;
    // "was accused by the US of arming militias": a passive claim is its agent's.
    const by = c.vg.passive && w === c.vg.lemma && frame ? c.pps.find((pp) => pp.prep === 'by') : undefined;
    if (by) {
      const m = ix.at(headEndOf(ts, by.np) - 1);
      return m !== undefined && canSpeak(x, m) ? (entityOf(x, m)?.id ?? null) : null;
    }
    if (!(frame || asks) || (c.vg.passive && w === c.vg.lemma) || !c.subj) continue;
    const m = ix.at(headEndOf(ts, c.subj) - 1);
    return m !== undefined && canSpeak(x, m) ? (entityOf(x, m)?.id ?? null) : null;
  }
  return null;
}

/** A mention's name's last word, lower-cased ("The Hefce report" → "report"). */
const nameHead = (m: Mention): string => m.name.toLowerCase().split(' ').at(-1) ?? '';

/** Whether a speaking mention is a document or finding ("the report", "the evidence"), not a person or body. */
function isDocument(x: Ctx, m: number): boolean {
  const mention = x.ms[m];
  return !!mention && x.info[m]?.kind === 'thing' && documentNamed(mention);
}

/** Whether a mention can be a speaker: an actor, or a thing that says things ("the lawsuit", "the report"). */
function canSpeak(x: Ctx, m: number): boolean {
  if (m < 0) return true;
  const mention = x.ms[m];
  if (!mention) return false;
  if (x.info[m]?.speakerOnly) return true; // kept because it speaks ("Police said", coref/descriptions.ts speaks)
  const head = nameHead(mention);
  // "An investigation commissioned by Shell found that ...": an inquiry or a poll reports findings.
  if (x.info[m]?.kind === 'event') return THINGS.speakers.has(head);
  if (x.info[m]?.kind !== 'thing' || mention.type === 'Group') return mention.type !== 'Event' && mention.type !== 'Concept';
  // "The German giant said", "the world's largest maker of home appliances, said": a company noun
  // coreference took for a company speaks as it does.
  if (orgKind(head) === 'company' && x.ms[mention.corefOf ?? m]?.type === 'Organization') return true;
  return THINGS.speakers.has(head) || LEX.personRoles.has(head) || LEX.titles.has(head) || LEX.personNouns.has(head);
}

export interface SentenceResult {
  made: RawRelation[];
  speaker: string | null;
  /** The speaker's verb claims ("argued:", "claimed:"): a quotation it opens is alleged. */
  speakerClaims: boolean;
}

/** A reporting clause whose verb claims rather than states ("argued", "claimed", "alleged"). */
const claiming = (c: Clause | undefined): boolean => !!c && ALLEGE_FRAMES.has(c.vg.lemma) && !c.vg.neg;

export function sentenceRelations(
  x: Ctx,
  s: Sentence,
  ts: readonly Token[],
  an0: SentenceAnalysis,
  ix: SentenceMentions,
  mentions: readonly number[],
  quoteSpeaker: string | null,
): SentenceResult {
  const an = withControl(ts, an0);
  const meanings = sentenceMeanings(ts, an);
  const asks = questionClauses(ts, an);
  const found = findSpeaker(ts, an, ix);
  const reports = reportingClauses(ts, an, ix, true);
  const clauses = reports.filter((r) => r.mention !== UNKNOWN_SPEAKER && r.mention !== SHARE_SPEAKER);
  const unknown = reports.filter((r) => r.mention === UNKNOWN_SPEAKER);
  const shares = reports.filter((r) => r.mention === SHARE_SPEAKER);
  const sp = found && canSpeak(x, found.mention) ? found : null;
  // '"He has made an immense contribution," Tony Blair said': inside a quotation "he" or "she" is
  // someone other than the speaker outside it (who says "I"); the relations stage drops such a reading.
  const quoted = quoteMask(ts);
  const quotedAt = (at: number): boolean => quoted[at] ?? false;
  // "Tories 'would cut number of MPs'": a headline's verb in single quotes is someone's claim, not
  // the writer's (in running text single quotes nest inside a quotation or mark an elision).
  const inQuotes = isHeadlineLike(ts) ? singleQuoted(ts) : [];
  const claim = (ci: number): boolean => {
    const vg = an.clauses[ci]?.vg;
    return !!vg && inQuotes.slice(vg.s, vg.e).includes(true);
  };
  const quotedThird = (mi: number): boolean => {
    const info = x.info[mi];
    if (mi < 0 || info?.kind !== 'pronoun' || !LEX.pronounPerson.has(x.ms[mi]!.text.toLowerCase())) return false;
    // 'Bellamy admitted to Graeme and I that he had told the players': a speaker inside the quotation may be "he".
    const inner = sp && sp.mention >= 0 && x.info[sp.mention] ? quotedAt(x.info[sp.mention]!.s) : false;
    return !inner && quotedAt(info.s);
  };
  // "I think ..." inside a quotation: the first person is the quotation's speaker.
  const own = sp ? (entityOf(x, sp.mention)?.id ?? null) : null;
  const speaker = isSpeakerId(own) || !sp ? quoteSpeaker : own;
  const cands: Candidate[] = [];
  an.clauses.forEach((cl, ci) => {
    for (const t of clauseTriples(ts, ix, cl)) cands.push({ ...t, clause: ci });
  });
  for (const t of appositionTriples(ts, ix, an)) cands.push({ ...t, clause: -1 });
  const view = { kind: (m: number) => x.info[m]?.kind, type: (m: number) => x.ms[m]?.type, span: (m: number) => x.info[m] };
  for (const t of nounTriples(ts, ix, view, mentions)) cands.push({ ...t, clause: governing(an, t.at), np: true });
  for (const t of bidTriples(ts, ix, an.clauses)) cands.push({ ...t, clause: governing(an, t.at) });
  const made: RawRelation[] = [];
  for (const t of cands) {
    if (t.clause >= 0 && asks[t.clause]) continue; // "whether insurers rigged the market": asked, not stated
    if (!t.p.trim() || MODALS.has(t.p) || NOT_PREDICATES.has(t.p)) continue; // "so it can play music": a modal is no predicate
    // "drug companies including Merck", "40 stars sang as USA For Africa, including Lionel Richie":
    // "including" lists examples of some noun before it, rarely the subject it is given.
    if (t.p === 'include' && t.clause >= 0 && ts[an.clauses[t.clause]!.vg.s]?.norm === 'including') continue;
    if (excepted(ts, x.info[t.s]) || excepted(ts, x.info[t.o])) continue;
    // "SBC plans post-takeover job cuts" read as one noun phrase: a clause's argument holding the
    // other is a misread (a modifier's relation holds its noun: "Iran-backed militias").
    if (!t.np && overlapping(x.info[t.s], x.info[t.o])) continue;
    // "a statement to the Stock Exchange distancing himself": a reflexive object is its clause's
    // subject, so a relation to it is either to itself or from a wrong subject (a passive's
    // "itself" is its subject: "it is itself being sued by Yukos", "let itself be used by").
    if (/sel(?:f|ves)$/i.test(x.ms[t.o]?.text ?? '') && !an.clauses[t.clause]?.vg.passive) continue;
    if (x.info[t.s]?.speakerOnly || x.info[t.o]?.speakerOnly) continue;
    const subj = entityOf(x, t.s);
    const obj = entityOf(x, t.o);
    if (!subj || !obj || subj.id === obj.id) continue;
    // "it was carried out by militias", "it" read as Iran: an actor cannot be what is carried out.
    if (ACT_OBJECTS.has(t.p) && ACTORS.has(x.ms[x.ms[t.o]?.corefOf ?? t.o]?.type ?? 'Concept')) continue;
    // "Mr Bell leaves a wife and daughter", "hit the shops": an idiom, no relation to its object.
    if (isIdiom(t.p, headWord(x.ms[t.o])) || grantedAfter(ts, t.p, x.info[t.o])) continue;
    if ((NAMING_VERBS.has(t.p) || COMPLEMENT_VERBS.has(t.p)) && nameGiven(ts, an.clauses[t.clause], x.info[t.o])) continue;
    if (NAMING_VERBS.has(t.p) && namedByRelative(ts, an.clauses[t.clause], x.info[t.o])) continue;
    if (STATE_VERBS.has(t.p) && givenState(ts, an.clauses[t.clause], x.info[t.o])) continue;
    if (SEEING_VERBS.has(t.p) && seenDoing(ts, an, an.clauses[t.clause], x.info[t.o])) continue;
    if (COMPLEMENT_VERBS.has(t.p) && passiveState(ts, an.clauses[t.clause])) continue;
    if (equated(ts, an.clauses[t.clause], headWord(x.ms[t.s]))) continue;
    if (CAUSATIVE.has(t.p) && happenedTo(ts, an.clauses[t.clause])) continue;
    // A title or apposition describes, whatever its clause says ("rejected a bid for Scotland captain Barry Ferguson").
    const descriptive = DESCRIPTIVE.some((r) => t.rules.includes(r));
    const said: Said = descriptive
      ? { polarity: 'positive', certainty: 'asserted', cues: [], by: 'speaker' }
      : t.np
        ? nounMeaning(ts, an, ix, t)
        : { ...clauseMeaning(meanings, t), by: 'speaker' };
    if (said.cues.includes(NO_DUTY) || said.cues.includes(UNSAID) || said.cues.includes(FRAME_ONLY)) continue;
    // "made an announcement": the event itself, with nothing completing it, relates the subject to
    // nothing ("did not make a single bid" still says something).
    const o = x.info[t.o];
    const negative = !!t.negate !== (said.polarity === 'negative');
    if (o && !negative && isEventObject(t.p, headWord(x.ms[t.o])) && argumentEnd(ts, o) <= o.e) continue;
    const claimed = t.clause >= 0 && !t.np && claim(t.clause);
    const tag = !!sp && onSpeakerTag(ts, an, sp, t.clause);
    const rs = [
      ...t.rules,
      ...(subj.rule ? [subj.rule] : []),
      ...(obj.rule ? [obj.rule] : []),
      ...thingRules(x, t),
      ...genericRules(x, ts, t.s, t.o),
      ...(quotedThird(t.s) ? [QUOTED_THIRD_SUBJECT] : []),
      ...(quotedThird(t.o) ? [QUOTED_THIRD_OBJECT] : []),
      ...said.cues.map((q) => `cue:${q}`),
      ...(claimed ? [QUOTED_CLAIM] : []),
      ...(tag ? [SPEAKER_TAG] : []),
    ];
    // A role is a person's or a body's: "as president of Vodafone KK, Japan's number three mobile
    // operator" describes the company, not the post.
    if (descriptive && rs.includes('thing-subject')) continue;
    // Said by something that cannot speak ("danger", "files": a misread clause): not stored at all.
    if (found && !sp && said.by === 'speaker' && isAttributed(an, ts, found, t.clause)) continue;
    // A title or apposition is the writer's description ("US tycoon Malcom Glazer"), never a speaker's.
    // Several speakers in one sentence ("The officials said ...; a source confirmed ..."): the one governing the clause.
    // A person or body governing the clause outranks a document or finding nearer to it ('"the
    // evidence suggests that ...," said EEF chief economist Steve Radley').
    const actors = clauses.filter((r) => !isDocument(x, r.mention));
    const pool = actors.some((r) => isAttributed(an, ts, r, t.clause)) ? actors : clauses;
    const other = said.by === 'speaker' && sp && sp.clause >= 0 && clauses.length > 1 ? speakerOf(an, ts, pool, t.clause) : null;
    const own = other && canSpeak(x, other.mention) ? other : sp;
    const attributed = descriptive || tag ? false : said.by === 'speaker' ? own && isAttributed(an, ts, own, t.clause) : said.by !== null;
    let by =
      said.by === 'speaker'
        ? own === sp
          ? speaker
          : (entityOf(x, own!.mention)?.id ?? speaker)
        : (entityOf(x, said.by ?? undefined)?.id ?? null);
    // "Knapman rejected the idea X posed a threat", "Analysts believe X": the denier, claimant or believer.
    // (not the one asked to stop what goes on: "asked the court to stop Apple pursuing" is the writer's)
    const unreal = said.cues.some((q) => q.endsWith(UNREAL_FRAME));
    const holder = !attributed && t.clause >= 0 && !descriptive && !unreal ? frameHolder(x, ts, an, ix, t.clause) : null;
    if (holder) by = holder;
    // "Iran denied any role in the attack", "Microsoft denied breaking the law": its own word.
    const mine = !t.np && !descriptive && !attributed && !holder;
    const self = mine && selfReported(an.clauses[t.clause], t.p, x.info[t.s]) ? subj.id : null;
    if (self) by = self;
    // "He said Tesco sold the shares" with "he" unresolved, "I think ..." in a reader's comment:
    // reported by no one known, never a plain fact.
    if (attributed ? !by : !holder && !descriptive && unknown.some((r) => isAttributed(an, ts, r, t.clause))) continue;
    // "Forty-three per cent thought Mr Blunkett had done a good job": what a share of those polled
    // think is their view, no fact.
    const polled = !attributed && !descriptive && shares.some((r) => isAttributed(an, ts, r, t.clause));
    // 'Mr Ancram argued: "What the British Government is doing is giving in ..."': a quotation a
    // claim opens is claimed, as a "that" clause after it is.
    // (inside the quotation only: "which was toppled by a popular uprising" in a "that" clause is
    // the writer's; not what the speaker says of itself: "I respect those concerns")
    const argued =
      !isSpeakerId(subj.id) &&
      !isSpeakerId(obj.id) &&
      !!attributed &&
      !!own &&
      own.clause >= 0 &&
      claiming(an.clauses[own.clause]) &&
      quotedAt(t.clause >= 0 ? an.clauses[t.clause]!.vg.s : (x.info[t.s]?.s ?? 0));
    made.push({
      subject: subj.id,
      predicate: t.p,
      object: obj.id,
      polarity: t.negate ? (said.polarity === 'negative' ? 'positive' : 'negative') : said.polarity,
      certainty: stronger(
        t.certainty ? stronger(said.certainty, t.certainty) : said.certainty,
        claimed || argued ? 'alleged' : polled ? 'hedged' : 'asserted',
      ),
      attribution: attributed || holder || self ? by : null,
      confidence: confidence(rs),
      evidence: { source: x.source, text: s.text, start: s.start, end: s.end, ...details(x, ts, s, t, an) },
      rules: rs,
    });
  }
  const speaks = !!sp && !isSpeakerId(own);
  return { made, speaker: speaks ? speaker : null, speakerClaims: speaks && sp.clause >= 0 && claiming(an.clauses[sp.clause]) };
}

/**
 * A relation its clause's subject reports about itself: the clause's first verb denies, admits or
 * claims, and the relation is what is denied ("denied any role in" → involved in), not the act
 * of denying ("denied the charges" → deny).
 */
function selfReported(c: Clause | undefined, p: string, s: MentionInfo | undefined): boolean {
  if (!c?.subj || !s || c.vg.passive || !LEX.selfReports.has(c.vg.first) || p.startsWith(c.vg.first)) return false;
  return s.s >= c.subj.s && s.e <= c.subj.e; // the one who denies is the relation's subject
}

/** "take their votes for granted": an idiom around its object, no taking. */
function grantedAfter(ts: readonly Token[], p: string, o: Span | undefined): boolean {
  const e = o ? argumentEnd(ts, o) : -1;
  return p === 'take' && e >= 0 && ts[e]?.norm === 'for' && ts[e + 1]?.norm === 'granted';
}

/** Mention kinds whose phrase can go on past their name ("a return to O-levels"); a name cannot. */
const DETAILED: ReadonlySet<string> = new Set(['thing', 'event', 'group']);

function details(x: Ctx, ts: readonly Token[], s: Sentence, t: Candidate, an: SentenceAnalysis): Pick<Evidence, Detail> {
  const c = t.clause >= 0 && !t.np ? an.clauses[t.clause] : undefined;
  /** An argument's mention and its span in full, read once for its detail and for what follows it. */
  const full = (m: number) => {
    const info = x.info[m];
    if (!info || !DETAILED.has(info.kind)) return undefined;
    // An argument before its clause's verb ends there ("these members of the core executive team | share").
    return { info, span: argumentSpan(ts, info, c && info.e <= c.vg.s ? c.vg.s : ts.length) };
  };
  const subj = full(t.s);
  const obj = full(t.o);
  // ("criticised by most subsequent philosophers | for arguing ...": a passive agent ends at its reason)
  const reason = subj && c?.vg.passive ? ts.findIndex((w, j) => j >= subj.info.e && j < subj.span.e && givesReason(t.p, w.norm)) : -1;
  if (subj && reason > 0) subj.span = { s: subj.span.s, e: reason };
  const subjectDetail = subj && argumentDetail(ts, s, subj.info, subj.span);
  const objectDetail = obj && argumentDetail(ts, s, obj.info, obj.span);
  // What completes the predicate after a clause's object ("depict X as Fagin").
  const o = x.info[t.o];
  // ("was described by Jobs | as the most important Mac": a passive's, after its agent)
  const by = c?.vg.passive ? x.info[t.s] : undefined;
  const agent = by && by.s >= c!.vg.e && ts.slice(Math.max(c!.vg.e, by.s - 3), by.s).some((w) => w.norm === 'by') ? by : undefined;
  // ("Ms Hassan, who he described | as a prominent anti-war activist": a relative's object stands
  // before its verb, and what completes the predicate follows the verb)
  const antecedent = !!c && !!o && o.e <= c.vg.s && c.rules.includes('rel-obj');
  const after = antecedent ? c!.vg.e : c && o && o.s >= c.vg.e ? (obj?.span.e ?? o.e) : agent ? (subj?.span.e ?? agent.e) : -1;
  const from = antecedent ? { s: c!.vg.e, e: c!.vg.e } : (agent ?? o);
  const complement =
    (agent && retainedObject(ts, s, c!.vg, agent, t.p)) ??
    (c && after >= 0 ? predicateComplement(ts, s, after, c.end, asksOrLets(t.p), t.p, from) : undefined);
  return {
    ...(subjectDetail ? { subjectDetail } : {}),
    ...(objectDetail ? { objectDetail } : {}),
    ...(complement ? { complement } : {}),
  };
}
type Detail = 'subjectDetail' | 'objectDetail' | 'complement';

/** A predicate whose object does what a to-infinitive after it says, asked to or let ("urge X | to", "help X | to"). */
const asksOrLets = (p: string): boolean => DIRECTIVE_FRAMES.has(p) || INFINITIVE_COMPLEMENTS.has(p);

function clauseMeaning(meanings: readonly Meaning[], t: Candidate): Meaning {
  return t.clause >= 0 ? meanings[t.clause]! : { polarity: 'positive', certainty: 'asserted', cues: [] };
}
