/**
 * Clause → candidate triples over mention indices (graph mode). Conventions:
 *  - active: subject → verb lemma (+ particle) → direct object; a prepositional object right after
 *    the verb gives subject → "lemma prep"; after an object only when the table lists "lemma prep"
 *    (normalised by ingest/data/predicates.json: "blame on" → "blame");
 *  - relations carried by a noun: "filed a lawsuit against X" → sue, "restored ties with X" →
 *    "restore ties with" (nominal table); "pleaded guilty to X" → "plead guilty to";
 *  - passive: by-agent → lemma → grammatical subject; without an agent, subject → "participle
 *    prep" → prepositional object ("was forced into bankruptcy" → "forced into");
 *  - copula: X is Y's ROLE / the ROLE of Y → ROLE; "X was unaware of Y" → aware of, negative;
 *  - coordinated arguments distribute ("Iran and Syria criticized Israel" → two triples).
 */
import type { Token } from '../parse.js';
import type { Certainty } from '../types.js';
import {
  argMentions,
  extendCoord,
  headEnd,
  headMention,
  ofMention,
  possessorMention,
  quantityComplement,
  roleNoun,
  type SentenceMentions,
} from './args.js';
import type { Clause, PP, SentenceAnalysis, Span } from './clauses.js';
import {
  adjectivePredicate,
  hasPredicate,
  inversePredicate,
  reciprocalAlone,
  reciprocalPredicate,
  LEX,
  LIGHT_VERBS,
  SHARE_VERBS,
  lightPhrase,
  NAMING_VERBS,
  nominalPredicate,
  OBJECT_PREPS,
  normalisePredicate,
  SEPARABLE_PHRASALS,
  takesOwnPhrase,
  isRelational,
  JUDGED_FOR,
} from './lexicon.js';
import { OBJECT_CONTROL } from './control.js';
import { npLeft, npRight, recipient, roleLike } from './phrases.js';
import { THINGS } from './things.js';
import { breakAfter, has, hasAny, isBe, isConj, isPrep, isVerbal } from './tokens.js';
import { IMPRESSIONS, usedAsMeans } from './verbs.js';
import { timeAhead } from './detail.js';
import { PLACE_HEAD } from './typing.js';

/** A candidate relation over mention indices; `certainty` when the construction itself sets one. */
export interface Triple {
  s: number;
  p: string;
  o: number;
  rules: string[];
  negate?: boolean;
  certainty?: Certainty;
}

const ROLE_PREPS = new Set(['of', 'at', 'for', 'in', 'with']);
const SAYING = new Set([
  'say',
  'add',
  'state',
  'claim',
  'insist',
  'argue',
  'explain',
  'note',
  'believe',
  'think',
  'suggest',
  'reckon',
  'predict',
  'estimate',
  'stress',
  'maintain',
  'assert',
  'conclude',
  'write',
  'tweet',
  'comment',
  'remark',
  'observe',
  'recall',
  'indicate',
  'contend',
  'hope',
  'fear',
  'expect',
]);
/**
 * "Turkey recalled its ambassador", "predicted a slump in the market": a verb of saying that also
 * takes a plain object (cues.json reportingThings) relates its subject to that thing when no clause
 * follows the object up to the next comma or "and" ("predicted demand ... would soar", "predicting
 * profits to rise" report words) and the speaker comes first ("..., predicts the report" does not).
 */
function saysAThing(ts: readonly Token[], c: Clause): boolean {
  if (!LEX.reportingThings.has(c.vg.lemma) || !c.obj || c.obj.s !== c.vg.e || !c.subj || c.subj.s > c.vg.s) return false;
  // "..., predicts the report", "has a library of 600 images estimates the CEA": the speaker follows.
  if (breakAfter(ts[c.vg.s - 1]) || has(ts[c.subj.s - 1], 'Verb')) return false;
  for (let k = c.obj.e; k < ts.length && !breakAfter(ts[k - 1]) && !isConj(ts[k]); k++) {
    const t = ts[k]!;
    if (has(t, 'Modal') || (t.norm === 'to' && has(ts[k + 1], 'Infinitive'))) return false;
    if (has(t, 'Verb') && (has(t, 'PresentTense') || has(t, 'Copula'))) return false;
  }
  return true;
}

const CAUSING = new Set(['cause', 'lead', 'help', 'enable', 'allow', 'let', 'make', 'get', 'prompt', 'push', 'drive']);
/** "we want mobile users to hook up", "expects prices to rise": the object is the complement's doer, not what is wanted ("need X to" is a demand on X, kept). */
const WANTING = new Set(['want', 'expect', 'wish', 'like', 'prefer', 'intend']);
const ROLE_VERBS = new Set(['act', 'serve', 'work', 'remain', 'stay', 'continue', 'stand']);
const GOAL_PREPS = new Set(['at', 'against', 'to', 'into']);
/**
 * Verbs whose "at" after an object names a party: a target ("fired two shells at South Korea",
 * "shouted insults at Fiat's chairman") or where time is spent ("spent 20 years at Cern"). After
 * others it is where the act took place ("told the hearing at the Institute", "debut their consoles at E3").
 */
const AIMING = new Set([
  'fire',
  'aim',
  'point',
  'direct',
  'throw',
  'hurl',
  'lob',
  'launch',
  'level',
  'shoot',
  'target',
  'hit',
  'shout',
  'yell',
  'scream',
  'spend',
]);
const ACTOR_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Place', 'Group']);
/** Verbs never used without a direct object, nor with a particle read as a preposition ("brought in the action"). */
const NEEDS_OBJECT: ReadonlySet<string> = new Set(['have', 'own', 'possess']);
const SKIP_PREPS = new Set([
  'by',
  'since',
  'until',
  'during',
  'after',
  'before',
  'than',
  'like',
  'as',
  'despite',
  'without',
  'amid',
  'following',
]);

/** Every (subject, object) pair of two argument lists. */
function pairs(ss: readonly number[], os: readonly number[], p: string, rules: string[], negate = false): Triple[] {
  const out: Triple[] = [];
  const dist = ss.length > 1 || os.length > 1 ? [...rules, 'coord-arg'] : rules;
  for (const s of ss) for (const o of os) if (s !== o) out.push({ s, p, o, rules: dist, ...(negate ? { negate } : {}) });
  return out;
}

function roleTriple(
  ts: readonly Token[],
  ix: SentenceMentions,
  subj: readonly number[],
  span: Span,
  after: readonly PP[],
  rule: string,
  extra: string[],
): Triple[] {
  const sp = quantityComplement(ts, span) ?? span; // "one of Ms Clarkson's lawyers"
  const role = roleNoun(ts, sp);
  if (!role || !subj.length || !subj.every((m) => holds(ts, ix, m, sp, role))) return [];
  const pp = after[0];
  const possessor = possessorMention(ts, ix, sp);
  // "E&Y's UK head of tax", "his chief of staff": the possessor holds the post; "of" names its field.
  // (an owner the sentence does not name leaves the post's holder unknown)
  if (possessor === undefined && possessive(ts, sp)) return [];
  const holder = possessor ?? ofMention(ts, ix, sp);
  // "the target of a takeover": the doer; not "the target for inpatients" (a goal).
  if (LEX.passiveRoles.has(role)) {
    const doer = possessor ?? (ts[headEnd(ts, sp)]?.norm === 'of' ? holder : undefined);
    // (an event with its agent is no doer: "the target of a takeover by Pernod Ricard" is the
    // bidder's, nominal.ts; "targets of attacks" keeps the attacks)
    const ofNp = doer === possessor ? null : npRight(ts, headEnd(ts, sp) + 1, ts.length);
    if (doer === undefined || (ix.typeOf(doer) === 'Event' && ts[ofNp?.e ?? -1]?.norm === 'by')) return [];
    return pairs([doer], subj, role, [rule, ...extra]);
  }
  const o =
    holder ??
    (pp && ROLE_PREPS.has(pp.prep) && pp.at === sp.e ? headMention(ts, ix, pp.np) : undefined) ??
    modifierMention(ts, ix, sp, role);
  return o === undefined ? [] : pairs(subj, [o], role, [rule, ...extra]);
}

/** Whether a possessive word comes before the span's head. */
function possessive(ts: readonly Token[], sp: Span): boolean {
  const end = headEnd(ts, sp);
  for (let i = sp.s; i < end - 1; i++) if (has(ts[i], 'Possessive')) return true;
  return false;
}

/**
 * "Anderson's clients include Barry Bonds", "the Blu-ray Disc Association, whose members include
 * Samsung": the names listed hold the role the subject names (groups.json orgRoles) of the
 * subject's owner, as "Barry Bonds is Anderson's client" would say. Other lists ("whose brands
 * include Buick") stay as they are.
 */
function includedMembers(ts: readonly Token[], ix: SentenceMentions, c: Clause): Triple[] | null {
  if (c.vg.lemma !== 'include' || c.vg.passive || !c.subj || !c.obj || c.obj.s < c.vg.e) return null;
  const members = argMentions(ts, ix, extendCoord(ts, c.obj, c.end)).ms;
  const role = roleNoun(ts, c.subj);
  if (!members.length || !LEX.orgRoles.has(role.split(' ').at(-1)!)) return null;
  // ("..., whose members include": the phrase before "whose" owns them)
  const w = ts[c.subj.s]!.norm === 'whose' ? c.subj.s : ts[c.subj.s - 1]?.norm === 'whose' ? c.subj.s - 1 : -1;
  const antecedent = w > 0 ? npLeft(ts, w, 0) : null;
  const owner = antecedent ? headMention(ts, ix, antecedent) : w < 0 ? possessorMention(ts, ix, c.subj) : undefined;
  if (owner === undefined || !members.every((m) => holds(ts, ix, m, c.subj!, role))) return null;
  return pairs(members, [owner], role, ['include-role', ...c.rules]);
}

/**
 * Whether mention `m` can hold the role: a person any person noun ("adviser", "chief executive"), an
 * organisation or place only a role between such things ("unit", "member", "ally": groups.json).
 */
function holds(ts: readonly Token[], ix: SentenceMentions, m: number, sp: Span, role: string): boolean {
  const head = ts[headEnd(ts, sp) - 1]!;
  const last = role.split(' ').at(-1)!;
  if (LEX.plainPeople.has(last)) return false;
  if (ix.typeOf(m) === 'Person')
    return (
      has(head, 'Actor') ||
      LEX.personRoles.has(last) ||
      LEX.titles.has(last) ||
      LEX.personRoles.has(role) ||
      /(?:er|or|ist|ian|ant|ent)$/.test(last)
    );
  return LEX.orgRoles.has(last);
}

/**
 * A name modifying the role noun ("a former Labour communications director" → Labour); before a
 * place noun only a nationality ("an Iraqi province"), for a name there is the place's own ("the
 * western Tiaret region").
 */
function modifierMention(ts: readonly Token[], ix: SentenceMentions, sp: Span, role: string): number | undefined {
  const end = headEnd(ts, sp) - role.split(' ').length;
  if (PLACE_HEAD.has(role.split(' ').at(-1)!) && !has(ts[end - 1], 'Demonym')) return undefined;
  const m = end > sp.s ? ix.byEnd.get(end - 1) : undefined;
  return m !== undefined && /^\p{Lu}/u.test(ts[end - 1]!.text) && !has(ts[end - 1], 'Possessive') ? m : undefined;
}

/** "X was unaware of Y", "X is responsible for Y", "X is in compliance with Y". */
function copulaTriples(ts: readonly Token[], ix: SentenceMentions, c: Clause, subj: readonly number[]): Triple[] {
  const obj = c.obj && c.obj.s >= c.vg.e ? c.obj : null;
  if (obj && has(ts[obj.s], 'Adjective') && !has(ts[headEnd(ts, obj) - 1], 'Noun')) {
    const end = headEnd(ts, obj);
    const pp = end < obj.e ? { prep: ts[end]!.norm, np: { s: end + 1, e: obj.e } } : c.pps[0];
    const adj = adjectivePredicate(ts[end - 1]!.norm, pp?.prep ?? '');
    if (adj && pp) return pairs(subj, argMentions(ts, ix, pp.np).ms, adj.p, ['copula-adj', ...c.rules], adj.negate);
    return [];
  }
  // "felt little Christmas cheer", "looks a winner": an impression gives no role.
  if (obj) return IMPRESSIONS.has(c.vg.lemma) ? [] : roleTriple(ts, ix, subj, obj, c.pps, 'copula-role', c.rules);
  const [p0, p1] = c.pps;
  if (!p0) return [];
  const noun = ts[headEnd(ts, p0.np) - 1]?.norm ?? '';
  const phrase = p1 && p1.at === p0.np.e ? adjectivePredicate(`${p0.prep} ${noun}`, p1.prep) : undefined;
  if (phrase && p1) return pairs(subj, argMentions(ts, ix, p1.np).ms, phrase.p, ['copula-pp', ...c.rules], phrase.negate);
  const behind = adjectivePredicate(p0.prep, '');
  return behind ? pairs(subj, argMentions(ts, ix, p0.np).ms, behind.p, ['copula-pp', ...c.rules], behind.negate) : [];
}

/** Participles that are adjectives before "to" ("is strongly opposed to any takeover by Mr Glazer"): a later "by" is the noun's. */
const ADJECTIVAL_TO: ReadonlySet<string> = new Set(['oppose', 'commit', 'dedicate', 'devote', 'accustom']);

/** Nouns of an act whose "by" names its doer ("a show of unity by Mr Blair", "an attempt by Tesco"). */
const ACT_NOUNS: ReadonlySet<string> = new Set([
  'show',
  'sign',
  'signal',
  'gesture',
  'snub',
  'act',
  'display',
  'demonstration',
  'rebuke',
  'attempt',
  'bid',
  'move',
  'effort',
  'step',
  'victory',
  'defeat',
  'blow',
]);

/** Nouns of a time that "by" sets as a deadline, not an agent ("by the election after next", "by the end of 2006"). */
const BY_TIMES: ReadonlySet<string> = new Set([
  'election',
  'end',
  'time',
  'deadline',
  'date',
  'weekend',
  'summer',
  'spring',
  'autumn',
  'winter',
  'year',
]);
/** Verbs of getting something done, whose "by" a time can bound (not "squeezed by the coming general election"). */
const COMPLETED: ReadonlySet<string> = new Set([
  'implement',
  'complete',
  'finish',
  'introduce',
  'pass',
  'approve',
  'deliver',
  'achieve',
  'launch',
  'build',
  'finalise',
  'finalize',
  'sign',
  'publish',
  'release',
  'carry out',
  'do',
  'settle',
  'resolve',
  'repay',
  'pay',
  'hold',
  'set up',
  'put in place',
]);

function passiveTriples(ts: readonly Token[], ix: SentenceMentions, c: Clause, subj: readonly number[]): Triple[] {
  const to = c.pps.findIndex((p) => p.prep === 'to');
  const adjectival = ADJECTIVAL_TO.has(c.vg.lemma) && to >= 0;
  const by = c.pps.find((p, k) => p.prep === 'by' && !(adjectival && k > to));
  // "will be seen as a show of unity by Mr Blair", "as an attempt by Tesco to": the "by" is the act's.
  // ("can be considered an attempt by the government to": so after a complement noun of act)
  const as = c.pps.find((p) => p.prep === 'as' && by && p.at < by.at)?.np ?? (c.obj && by?.at === c.obj.e ? c.obj : undefined);
  if (as && by && ACT_NOUNS.has(ts[headEnd(ts, as) - 1]?.norm ?? '')) return [];
  // ("is seen as evidence of a new commitment by the government": so after an act noun in its "of")
  if (as && by && as.e <= by.at && LEX.agentNouns.has(ts[by.at - 1]?.norm ?? '') && ts.slice(as.s, by.at).some((t) => t.norm === 'of'))
    return [];
  // "could even be implemented by the election after next": "by" a time is a deadline, no agent.
  const deadline =
    !!by &&
    COMPLETED.has(c.vg.lemma) &&
    BY_TIMES.has(ts[headEnd(ts, by.np) - 1]?.norm ?? '') &&
    /^\p{Ll}/u.test(ts[headEnd(ts, by.np) - 1]!.text);
  const agent = by && !deadline ? argMentions(ts, ix, extendCoord(ts, by.np, c.end)) : null;
  if (agent?.ms.length) return pairs(agent.ms, subj, normalisePredicate(c.vg.lemma), ['passive-agent', ...c.rules], agent.neg);
  if (by) return [];
  // The participle as written ("accused of", "based in"), with the group's particle ("rolled out on").
  const particle = c.vg.lemma.split(' ').slice(1).join(' ');
  const part = particle ? `${ts[c.vg.head]!.norm} ${particle}` : ts[c.vg.head]!.norm;
  const obj = c.obj && c.obj.s >= c.vg.e ? argMentions(ts, ix, c.obj).ms : [];
  if (obj.length) return pairs(subj, obj, part, ['passive-obj', ...c.rules]);
  const pp = c.pps[0];
  if (!pp || SKIP_PREPS.has(pp.prep)) return [];
  // "was forced to bat away question after question": "to" after such a passive opens an infinitive.
  if (pp.prep === 'to' && pp.at === c.vg.e && OBJECT_CONTROL.has(c.vg.lemma)) return [];
  return pairs(subj, argMentions(ts, ix, pp.np).ms, normalisePredicate(`${part} ${pp.prep}`), ['passive-pp', ...c.rules]);
}

/** "filed a lawsuit against X", "restored diplomatic ties with X", "denied any role in X". */
function nominalTriples(ts: readonly Token[], ix: SentenceMentions, c: Clause, subj0: readonly number[]): Triple[] | null {
  let subj = subj0;
  // "took advantage of X": the object phrase holds its of-phrase; else the PP right after it.
  const inner = ofPhrase(ts, c.obj);
  // (not the recipient before the object: "gives Burren Energy access to the Indian oil industry")
  const obj = c.obj;
  const pp0 = inner ?? (obj ? c.pps.find((p) => p.at >= obj.e) : undefined);
  if (!c.obj || !pp0 || (pp0.at !== headEnd(ts, c.obj) && pp0.at !== c.obj.e)) return null;
  const head = ts[headEnd(ts, c.obj) - 1]!;
  const lemma = c.vg.lemma;
  const share = shareOf(ts, ix, c, pp0, subj);
  if (share) return share;
  const noun = head.norm;
  const specific = lightPhrase(lemma, head.root || noun, pp0.prep);
  const table = specific ? normalisePredicate(specific) : nominalPredicate(noun, pp0.prep);
  if (!table) return null;
  // "The report places the killing of Suleimani in ...": a document does not do what it places or describes.
  // (It may still refer to one: "his annual report would make particular reference to Muslim schools".)
  if (c.subj && LEX.eventHeads.has(noun) && THINGS.documents.has(ts[headEnd(ts, c.subj) - 1]?.norm ?? '')) return null;
  const objs = argMentions(ts, ix, extendCoord(ts, pp0.np, inner ? c.obj!.e : c.end));
  if (!objs.ms.length) return null;
  // "would give Gazprom control of 8% of Russia's oil production": the one given holds it.
  const given = recipient(ts, c);
  if (given) subj = argMentions(ts, ix, given).ms;
  const light = LIGHT_VERBS.has(lemma) || !!specific;
  // "planning attacks on X", "threatened sanctions on X": the relation, intended.
  const intent = !light && (LEX.intentions.has(lemma) || LEX.intentions.has(ts[c.vg.head]!.norm));
  if (!light && !intent && !isRelational(noun)) return null; // "condemned the attack on X": the attack is the object
  const p = light || intent ? table : `${lemma} ${noun} ${pp0.prep}`;
  // "has no links with X", "denied any role in X": a denied noun or a "no" before it negates;
  // "less" only lessens, and states no relation ("began to pay less attention to the cocoa sector").
  const amount = ts[c.obj.s]?.norm ?? '';
  if (amount === 'less' || amount === 'fewer') return [];
  const none = amount === 'no';
  const out = pairs(subj, objs.ms, p, ['light-verb', ...c.rules], ((light && LEX.negationVerbs.has(lemma)) !== objs.neg) !== none);
  return intent ? out.map((t) => ({ ...t, certainty: 'intended' as const })) : out;
}

/**
 * "Illva Saronno has agreed to buy 33% of Changyu", "Patrick Corporation - which owns 46% of Virgin
 * Blue": a share of a company bought, sold or held is a stake in it (all of it, 100%, is the company).
 */
function shareOf(ts: readonly Token[], ix: SentenceMentions, c: Clause, of: PP, subj: readonly number[]): Triple[] | null {
  const end = headEnd(ts, c.obj!);
  const figure = ts[end - 1]!.norm === 'cent' && ts[end - 2]?.norm === 'per' ? ts[end - 3] : ts[end - 1];
  if (of.prep !== 'of' || !SHARE_VERBS.has(c.vg.lemma) || !figure || !has(figure, 'Value')) return null;
  const percent = /^([\d.]+)%$/.exec(figure.text)?.[1] ?? (figure === ts[end - 1] ? undefined : figure.text);
  if (percent === undefined || !(Number(percent) < 100)) return null;
  // (not a share of people or things: "IE had 92.9% of users", "owns 82% of the shares")
  const whose = ts[headEnd(ts, of.np) - 1];
  if (has(whose, 'Plural') && /^\p{Ll}/u.test(whose?.text ?? '')) return null;
  const objs = argMentions(ts, ix, extendCoord(ts, of.np, c.end));
  // (a person owned in part is a company typed without its cue: "owns 46% of Virgin Blue")
  const companies = objs.ms.filter((m) => !/^(?:Concept|Place|Event)$/.test(ix.typeOf(m) ?? ''));
  if (!companies.length || companies.length < objs.ms.length) return null;
  return pairs(subj, companies, `${c.vg.lemma} stake in`, ['share-of', ...c.rules], objs.neg);
}

/** The of-phrase an object phrase ends with ("advantage [of the weaknesses]"), as a PP. */
function ofPhrase(ts: readonly Token[], obj: Span | null): PP | null {
  if (!obj) return null;
  const end = headEnd(ts, obj);
  return end + 1 < obj.e && ts[end]!.norm === 'of' ? { prep: 'of', at: end, np: { s: end + 1, e: obj.e } } : null;
}

/**
 * "The line has the support of the Mayor of London, Ken Livingstone, business groups and the
 * government": the agents are in the object's of-phrase (or the PP after it), a list read item by item.
 */
function inverseTriples(ts: readonly Token[], ix: SentenceMentions, c: Clause, subj: readonly number[]): Triple[] | null {
  if (!c.obj || c.obj.s < c.vg.e) return null;
  const head = ts[headEnd(ts, c.obj) - 1]!;
  const pp = c.pps[0];
  const inner = ofPhrase(ts, c.obj) ?? (pp && pp.at === c.obj.e ? pp : null);
  if (!inner) return null;
  const p =
    inversePredicate(`${c.vg.lemma} ${head.root || head.norm} ${inner.prep}`) ??
    inversePredicate(`${c.vg.lemma} ${head.norm} ${inner.prep}`);
  if (!p) return null;
  const list = extendCoord(ts, inner.np, ts.length);
  const agents: number[] = [];
  for (let s = list.s, k = list.s; k < list.e; k++) {
    const last = k === list.e - 1 || isConj(ts[k + 1]) || /,/.test(ts[k]!.post);
    if (!last) continue;
    const m = headMention(ts, ix, { s, e: k + 1 });
    if (m !== undefined && !agents.includes(m)) agents.push(m);
    s = isConj(ts[k + 1]) ? k + 2 : k + 1;
  }
  // (no agent named there: "has drawn criticism from environmental groups" keeps its own verb)
  return agents.length ? pairs(agents, subj, p, ['light-verb', ...c.rules]) : null;
}

/** Nouns of a compound preposition ("in return for", "in response to", "on behalf of"). */
const COMPOUND_PREP_NOUNS: ReadonlySet<string> = new Set([
  'return',
  'response',
  'exchange',
  'addition',
  'place',
  'spite',
  'lieu',
  'view',
  'light',
  'accordance',
  'terms',
  'line',
  'behalf',
]);

/** "quit in return | for co-operation": a compound preposition, no argument of the verb. */
function compoundPreposition(ts: readonly Token[], pp: PP): boolean {
  const noun = ts[pp.np.s];
  return pp.np.e - pp.np.s === 1 && !!noun && COMPOUND_PREP_NOUNS.has(noun.norm) && /^(?:for|to|of|with)$/.test(ts[pp.np.e]?.norm ?? '');
}

/** Verbs a participle after their object completes ("want to see X changed", "saw Mark Cueto penalised"). */
const OBJECT_COMPLEMENTED: ReadonlySet<string> = new Set(['see', 'watch']);

/** Whether a past participle follows at `k`, over the object's prepositional phrases ("the text of the Directive | changed"). */
function participleAfter(ts: readonly Token[], k: number): boolean {
  const phrase = (t: Token | undefined): boolean =>
    !!t &&
    !hasAny(t, 'Verb', 'Pronoun', 'QuestionWord') &&
    !LEX.subordinators.has(t.norm) &&
    hasAny(t, 'Preposition', 'Determiner', 'Noun', 'Adjective');
  let j = k;
  while (j < k + 10 && phrase(ts[j]) && !breakAfter(ts[j - 1])) j++;
  const p = ts[j];
  // (not a participle before its noun, "a dropped goal", nor "compared to")
  const modifies = has(ts[j + 1], 'Noun') && !isPrep(ts[j + 1]);
  return has(p, 'PastTense') && !has(p, 'Noun') && !modifies && p!.norm !== 'compared' && !breakAfter(ts[j - 1]);
}

/**
 * "push for all cash donated via the site | to be handed over", "called for Mr Blunkett | to
 * resign": the phrase after "for" is the subject of the infinitive that follows it (over a
 * participle that describes it), not what the verb is for.
 */
function infinitiveSubject(ts: readonly Token[], np: Span): boolean {
  let k = np.e;
  if (has(ts[k], 'PastTense') || has(ts[k], 'Participle')) {
    while (k < np.e + 8 && ts[k] && ts[k]!.norm !== 'to' && !breakAfter(ts[k - 1]) && !has(ts[k], 'Copula')) k++;
  }
  const v = ts[k + 1];
  return ts[k]?.norm === 'to' && !breakAfter(ts[k - 1]) && has(v, 'Verb') && !has(v, 'Noun') && !has(v, 'Gerund');
}

/**
 * "putting the vote off until the latest date", "turned the offer down.": a phrasal verb's particle
 * after its object joins the predicate ("put off"), where nothing it could govern follows it.
 */
function separatedParticle(ts: readonly Token[], lemma: string, obj: Span | null): string | undefined {
  const t = obj ? ts[obj.e] : undefined;
  if (!obj || !t || breakAfter(ts[obj.e - 1]) || !SEPARABLE_PHRASALS.has(`${lemma} ${t.norm}`)) return undefined;
  const next = ts[obj.e + 1];
  const phrase = hasAny(next, 'Determiner', 'Noun', 'Pronoun', 'Value', 'Adjective');
  const governs = !breakAfter(t) && phrase && !timeAhead(ts, obj.e + 1); // ("called the bid off last week")
  return governs ? undefined : `${lemma} ${t.norm}`;
}

/**
 * "killed Qassem Suleimani, head of ..., together with Abu Mahdi Al Muhandis": the name after a comma
 * and "together with" or "along with", past the object and its aside with no verb between, is a
 * second object.
 */
function togetherWith(ts: readonly Token[], ix: SentenceMentions, from: number): number | undefined {
  for (let k = from; k + 2 < ts.length && k < from + 25; k++) {
    const t = ts[k]!;
    if (isVerbal(ts, k) || /[;:.!?()]/.test(ts[k - 1]!.post) || LEX.relativePronouns.has(t.norm)) return undefined;
    if (!/^(?:together|along)$/.test(t.norm) || ts[k + 1]!.norm !== 'with' || !/,\s*$/.test(ts[k - 1]!.post)) continue;
    const np = npRight(ts, k + 2, ts.length);
    const m = np ? headMention(ts, ix, np) : undefined;
    return m !== undefined && ACTOR_TYPES.has(ix.typeOf(m) ?? 'Concept') ? m : undefined;
  }
  return undefined;
}

/**
 * "branding the official No Campaign "two-bit Tories"": after a naming verb a quotation inside the
 * object's phrase is the name given (candidates.ts nameGiven), so the object ends before it.
 */
function beforeGivenName(ts: readonly Token[], c: Clause, obj: Span | null): Span | null {
  // (not "call", whose object is as often a thing convened or phoned; not a quotation that opens
  // the phrase after its article: "could call an "obligatory conciliation"")
  if (!obj || !NAMING_VERBS.has(c.vg.lemma) || c.vg.lemma === 'call') return obj;
  for (let k = obj.s + 1; k < obj.e; k++) if (/^["\u201c]/.test(ts[k]!.pre) && has(ts[k - 1], 'Noun')) return { s: obj.s, e: k };
  return obj;
}

export function clauseTriples(ts: readonly Token[], ix: SentenceMentions, c: Clause): Triple[] {
  // "..., wouldn't he": a modal with no verb of its own states nothing.
  if (ts[c.vg.head]!.norm === 'according' || has(ts[c.vg.head], 'Modal')) return [];
  if (purposeSubject(ts, c) || usedAsMeans(ts, c.vg) || c.rules.includes('means') || usedAfterPhrase(ts, c)) return [];
  // "Tina Turner's similarly-titled theme song": compromise's "is" for a name's "'s" is a possessive, not a verb.
  if (!ts[c.vg.head]!.text && !has(ts[c.vg.head - 1], 'Pronoun')) return [];
  // "could no longer believe anything Mr Blair told him": a clause on "anything" (its object) says
  // only what might have been told, no relation between its names.
  if (c.subj && c.subj.e - c.subj.s > 1 && /^(?:anything|everything|nothing|whatever)$/.test(ts[c.subj.s]!.norm)) return [];
  const sa = argMentions(ts, ix, c.subj);
  const subj = sa.ms;
  if (!subj.length) return [];
  // "neither X nor Y": the subject denies; a subject opened by "no" is negated once, by meaning/cues.ts.
  // (Not a verb sharing it after "but": "Neither Vodafone or T-Mobile offer ..., but encourage people".)
  const contrast = c.rules.includes('coord-subj') && ts[c.vg.s - 1]?.norm === 'but';
  const denies = sa.neg && ts[c.subj!.s]?.norm !== 'no' && !contrast;
  const flip = (xs: Triple[]): Triple[] => (denies ? xs.map((t) => ({ ...t, negate: !t.negate })) : xs);
  if (c.vg.copula) return flip(copulaTriples(ts, ix, c, subj));
  if (c.vg.passive) return flip(passiveTriples(ts, ix, c, subj));
  if (LEX.reporting.has(c.vg.lemma) && c.rules.includes('said-inverted')) return [];
  // "a search system called Spotlight": a name given, not an action.
  // So is "the next version of Windows, codenamed Longhorn": a bare participle after a comma.
  // (not "..., branded Halifax's findings a 'temporary surprise'": an owner's phrase is no name)
  const aside =
    c.vg.s === c.vg.head && /,\s*$/.test(ts[c.vg.s - 1]?.post ?? '') && has(ts[c.vg.s], 'PastTense') && !has(ts[c.vg.e], 'Possessive');
  if ((c.rules.includes('reduced-rel') || aside) && NAMING_VERBS.has(c.vg.lemma)) return [];
  // "Arabs, who he called \"suicide bombers\"": in an object relative the phrase after it is the name given.
  const relative = ts[(c.subj?.s ?? c.vg.s) - 1]?.norm ?? '';
  if (c.relAntecedent && c.obj && NAMING_VERBS.has(c.vg.lemma) && relative !== 'that') return [];
  // "said al-Qaeda was ...", "said of Carlsberg": saying relates a speaker to words, not to what they name.
  if (SAYING.has(c.vg.lemma) && !saysAThing(ts, c)) return [];
  // "caused fraudsters to change tack": the relation is the complement's, not cause → fraudsters.
  if ((CAUSING.has(c.vg.lemma) || WANTING.has(c.vg.lemma)) && c.obj && ts[c.obj.e]?.norm === 'to' && has(ts[c.obj.e + 1], 'Infinitive'))
    return [];
  // "want to see the phrasing of the text changed": the change is the relation, not the seeing.
  if (c.obj && OBJECT_COMPLEMENTED.has(c.vg.lemma) && participleAfter(ts, c.obj.e)) return [];
  // "has no desire to offer more concessions", "will have the option to acquire 10 more aircraft": the
  // infinitive carries the relation (control.ts); "have desire", "have option" alone say nothing.
  const haveIntent = c.vg.lemma === 'have' && c.obj && THINGS.intentNouns.has(ts[headEnd(ts, c.obj) - 1]!.norm);
  if (haveIntent && ts[c.obj!.e]?.norm === 'to' && has(ts[c.obj!.e + 1], 'Infinitive')) return [];
  const members = includedMembers(ts, ix, c);
  if (members) return flip(members);
  const inverse = inverseTriples(ts, ix, c, subj);
  if (inverse) return flip(inverse);
  const nominal = nominalTriples(ts, ix, c, subj);
  if (nominal) return flip(nominal);
  // "is acting as an adviser for Labour", "served as chairman of X": a role, as after a copula.
  const as = c.pps[0];
  if (ROLE_VERBS.has(c.vg.lemma) && !c.obj && as?.prep === 'as' && as.at === c.vg.e)
    return flip(roleTriple(ts, ix, subj, as.np, c.pps.slice(1), 'as-role', c.rules));
  let obj = beforeGivenName(ts, c, namedAfterTitle(ts, c.obj) ?? c.obj ?? demonstrativeObject(ts, c));
  let lemma = separatedParticle(ts, c.vg.lemma, obj) ?? c.vg.lemma;
  // "pleaded guilty to X", "found guilty of": an adjective complement joins the predicate.
  if (obj && obj.e - obj.s === 1 && has(ts[obj.s], 'Adjective') && !has(ts[obj.s], 'Noun') && c.pps[0]?.at === obj.e) {
    lemma = `${lemma} ${ts[obj.s]!.norm}`;
    obj = null;
  }
  const out: Triple[] = [];
  // "NTT DoCoMo and Vodafone joined forces", "Sony and BMG merged their music businesses": coordinated
  // subjects of a reciprocal act, with no "with" phrase naming another party, do it to each other.
  const objHead = obj ? ts[headEnd(ts, obj) - 1] : undefined;
  const mutual =
    subj.length > 1 && !c.pps.some((pp) => pp.prep === 'with')
      ? (reciprocalPredicate(lemma, objHead?.norm) ??
        reciprocalPredicate(lemma, objHead?.root) ??
        (obj ? undefined : reciprocalAlone(lemma)))
      : undefined;
  if (mutual) subj.forEach((s, i) => subj.slice(i + 1).forEach((o) => out.push({ s, p: mutual, o, rules: ['reciprocal', ...c.rules] })));
  const oa = argMentions(ts, ix, obj && extendCoord(ts, obj, c.end));
  const together = obj ? togetherWith(ts, ix, obj.e) : undefined;
  if (together !== undefined && !oa.ms.includes(together)) oa.ms.push(together);
  // "Ukraine strikes Turkmen gas deal": the table may give the verb a sense for its object's head.
  const head = objHead?.root;
  const sense = head && hasPredicate(`${lemma} ${head}`) ? `${lemma} ${head}` : lemma;
  out.push(...pairs(subj, oa.ms, normalisePredicate(sense), ['svo', ...c.rules], oa.neg));
  for (const [k, pp] of c.pps.entries()) {
    if (SKIP_PREPS.has(pp.prep) || compoundPreposition(ts, pp)) break;
    // A PP after the object (or after another PP) is an argument when the table says so ("blame on"), or
    // when it marks a goal the object's noun does not take itself ("fired two shells at South Korea").
    const head = objHead?.norm ?? '';
    // "told counterparts at UFJ", "staff at Ford": people "at" a place work there; no goal of the verb.
    const workplace = pp.prep === 'at' && LEX.groupHeads.has(head);
    // Past an object only an actor is a place reached: "fired two shells at South Korea", not "took
    // statements at the scene" ("defend themselves against the accusations" opposes anything).
    const actor = pp.prep === 'against' || ACTOR_TYPES.has(ix.typeOf(headMention(ts, ix, pp.np) ?? -1) ?? 'Concept');
    const goal =
      k === 0 &&
      obj &&
      actor &&
      GOAL_PREPS.has(pp.prep) &&
      (pp.prep !== 'at' || AIMING.has(lemma)) &&
      !workplace &&
      !nominalPredicate(head, pp.prep) &&
      !takesOwnPhrase(head, pp.prep);
    if ((obj || k > 0) && !hasPredicate(`${lemma} ${pp.prep}`) && !goal) break;
    // "a black hole it has | at the centre of its finances": a verb that needs an object, without one,
    // lost it to a relative; the phrase after it is no argument.
    if (!obj && k === 0 && NEEDS_OBJECT.has(lemma)) break;
    if (obj && OBJECT_PREPS.has(`${lemma} ${pp.prep}`)) break; // "will meet his golden rule | with a margin to spare"
    if (obj && pp.prep === 'for' && JUDGED_FOR.has(lemma)) break; // "blamed high fuel prices | for low sales": the reason
    if (pp.prep === 'for' && infinitiveSubject(ts, pp.np)) break;
    // "blamed the US for the attack | on its embassy": a phrase the noun before it takes is that noun's.
    const before = k > 0 ? ts[headEnd(ts, c.pps[k - 1]!.np) - 1]!.norm : '';
    if (before && (nominalPredicate(before, pp.prep) || takesOwnPhrase(before, pp.prep))) break;
    const pa = argMentions(ts, ix, extendCoord(ts, pp.np, c.end));
    out.push(
      ...pairs(
        subj,
        pa.ms.filter((m) => !oa.ms.includes(m)),
        normalisePredicate(`${lemma} ${pp.prep}`),
        ['svo-pp', ...c.rules],
        pa.neg,
      ),
    );
  }
  // "Labour, which denies engaging in personal campaigning": the denial itself, of what it names
  // (the clause's own relation is negated by the chain's "deny").
  // Only an act or event is what is denied ("campaigning", "wrongdoing", "attack"); not "deny rules".
  const acts = [obj, c.pps[0]?.np].filter((sp): sp is Span => !!sp && isAct(ts[headEnd(ts, sp) - 1]!.norm));
  if (DENIAL.has(c.vg.first) && c.vg.lemma !== c.vg.first && acts.length) {
    const named = [...new Set(acts.flatMap((sp) => argMentions(ts, ix, sp).ms))].filter((o) => out.some((t) => t.o === o));
    out.push(
      ...named.map((o) => ({ s: out.find((t) => t.o === o)!.s, p: c.vg.first, o, rules: ['svo', 'denial-act', ...c.rules], negate: true })),
    );
  }
  return flip(out);
}

const DENIAL: ReadonlySet<string> = new Set(['deny']);
const isAct = (w: string): boolean => /ing$/.test(w) || LEX.eventHeads.has(w);

/**
 * "due to the crystalline structure of the silicon used to make computer chips": "used to" after a
 * phrase inside a prepositional phrase is a passive participle (what the thing is used for), not
 * the habitual "The company used to make cars".
 */
function usedAfterPhrase(ts: readonly Token[], c: Clause): boolean {
  const s = c.subj?.s ?? -1;
  return ts[c.vg.s]?.norm === 'used' && ts[c.vg.s + 1]?.norm === 'to' && s > 0 && isPrep(ts[s - 1]) && ts[s - 1]!.norm !== 'that';
}

/** "the goal for 2005 was to make people the centre": the infinitive says what the goal is; no one does it here. */
function purposeSubject(ts: readonly Token[], c: Clause): boolean {
  if (!c.subj || c.subj.s > c.vg.s || !LEX.purposeNouns.has(ts[headEnd(ts, c.subj) - 1]?.norm ?? '')) return false;
  for (let k = c.vg.s + 1; k < c.vg.e; k++) if (ts[k]!.norm === 'to' && isBe(ts[k - 1])) return true;
  return false;
}

/** "denied that quote on Wednesday": a demonstrative "that" before a noun phrase that ends the clause (graph mode). */
/**
 * "urging telecoms regulator, Ofcom, to reduce", "launch his own party, Veritas, in Westminster": an
 * object that is a lowercase title with no phrase of its own, then the name it is given between
 * commas: the name is the object. Not an item of a list ("the Pretenders, Percy Sledge, the O'Jays
 * and ..."), a subject of the next clause ("her husband, Edward Addison, had committed"), or a title
 * of a work ("a film, The Beginning Of Wisdom").
 */
function namedAfterTitle(ts: readonly Token[], obj: Span | null): Span | null {
  if (!obj || !/^,\s*$/.test(ts[obj.e - 1]!.post) || !roleLike(ts, obj)) return null;
  const title = ts.slice(obj.s, obj.e);
  if (title.some((t) => isPrep(t) || (has(t, 'Pronoun') && !has(t, 'Possessive')) || has(t, 'Date'))) return null;
  const head = title.at(-1)!.norm;
  const heads = [LEX.personRoles, LEX.titles, LEX.orgHeads, LEX.groupHeads, THINGS.descriptorHeads, THINGS.namedThingHeads];
  if (!heads.some((h) => h.has(head))) return null;
  const name = npRight(ts, obj.e, ts.length);
  if (!name || !/^,\s*$/.test(ts[name.e - 1]!.post) || !ts[name.e]?.text) return null;
  const words = ts.slice(name.s, name.e);
  if (!words.every((t, k) => /^\p{Lu}/u.test(t.text) && !has(t, 'Possessive') && (k === 0 || !/^(?:of|the|a|an|and)$/.test(t.norm))))
    return null;
  const next = ts[name.e]!;
  if (has(next, 'Verb') || isConj(next)) return null;
  const more = npRight(ts, name.e, ts.length);
  return more && (isConj(ts[more.e]) || /^,\s*$/.test(ts[more.e - 1]!.post)) && /^\p{Lu}/u.test(ts[more.s]!.text) ? null : name;
}

function demonstrativeObject(ts: readonly Token[], c: Clause): Span | null {
  // "allege that Marsh - the world's biggest insurance broker - and ...": before a name "that" opens a clause.
  // (nor before a plural: "warned that yields - average revenues - were expected to decline")
  if (ts[c.vg.e]?.norm !== 'that' || has(ts[c.vg.e + 1], 'ProperNoun') || has(ts[c.vg.e + 1], 'Plural')) return null;
  // "pointed out that the farm, which ...": a determiner after "that" means "that" opens a clause.
  if (has(ts[c.vg.e + 1], 'Determiner') || has(ts[c.vg.e + 1], 'Possessive')) return null;
  // "announced that two UWB groups, WiMedia Alliance and ...": nor does a count above one (that is singular).
  if (has(ts[c.vg.e + 1], 'Cardinal') && !/^(?:one|1)$/.test(ts[c.vg.e + 1]!.norm)) return null;
  const np = npRight(ts, c.vg.e + 1, c.end);
  if (!np || np.e - np.s > 4) return null;
  const after = ts[np.e];
  return !after?.text || isPrep(after) || breakAfter(ts[np.e - 1]) ? { s: c.vg.e, e: np.e } : null;
}

export function appositionTriples(ts: readonly Token[], ix: SentenceMentions, an: SentenceAnalysis): Triple[] {
  return an.appositions.flatMap((a) => {
    const name = headMention(ts, ix, a.name);
    return name === undefined ? [] : roleTriple(ts, ix, [name], a.role, [], 'appos-role', []);
  });
}
