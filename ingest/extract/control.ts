/**
 * Graph mode: who does the action of a subjectless complement. A gerund after a preposition or
 * right after a verb takes the subject of the clause it completes ("X are accused of orchestrating
 * a fraud", "X denied being leaned on", "returned home after overseeing the forces"), or its object
 * after verbs of accusing ("accused Mr Spector of murdering the actress"); an infinitive takes the
 * object of a directive verb ("asked everyone to stay calm"), else the subject ("agreed to assist").
 * The complement then hangs on that clause, so certainty and polarity flow from it. Works on a copy.
 */
import type { Token } from '../parse.js';
import { extendCoord } from './args.js';
import { type Clause, describesPhrase, type SentenceAnalysis, type Span } from './clauses.js';
import { FEELINGS, JUDGED_FOR, LEX, RECEIVING, SAYING_HEADS } from './lexicon.js';
import { THINGS } from './things.js';
import { npLeft, recipient } from './phrases.js';
import { breakAfter, has, hasAny, infinitiveNoun, isPrep, isVerbal } from './tokens.js';

/** Verbs whose object does the complement's action ("accuse X of", "ask X to"). */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'accuse',
  'suspect',
  'convict',
  'charge',
  'acquit',
  'clear',
  'blame',
  'praise',
  'criticise',
  'criticize',
  'ask',
  'urge',
  'tell',
  'order',
  'force',
  'persuade',
  'encourage',
  'allow',
  'help',
  'invite',
  'warn',
  'call on',
  'pressure',
  'instruct',
  'direct',
  'prompt',
  'enable',
  'challenge',
  'choose',
  'pick',
  'select',
  'hire',
  'appoint',
  'recruit',
  'commission',
  'employ',
  'compel',
  'oblige',
  'permit',
  'authorise',
  'authorize',
  'empower',
  'lobby',
  'push',
  'remind',
  'advise',
  'convince',
  'train',
  'teach',
  'programme',
  'program',
  'woo',
  'lure',
  'entice',
  'tempt',
  'coax',
  'induce',
]);
/**
 * Verbs whose object does the infinitive's action ("wants the reporters to reveal", "expects prices
 * to rise", "is pressing the US to cut greenhouse gases"); only a "to" infinitive's ("press the case
 * for keeping the embargo" is the subject's).
 */
const SUBJECT_TO_OBJECT = new Set([
  'press',
  'implore',
  'beg',
  'spur',
  'want',
  'expect',
  'need',
  'wish',
  'like',
  'prefer',
  'intend',
  'mean',
  'require',
  'cause',
  'get',
  'believe',
  'consider',
]);
const GERUND_VERBS = new Set([
  'deny',
  'admit',
  'avoid',
  'consider',
  'stop',
  'start',
  'begin',
  'continue',
  'keep',
  'quit',
  'risk',
  'recall',
  'regret',
  'resist',
  'enjoy',
  'finish',
  'miss',
  'practise',
  'practice',
  'deny',
  'acknowledge',
  'like',
  'love',
  'hate',
  'prefer',
  'try',
  'cease',
  'resume',
  'postpone',
  'delay',
]);
const ADVERBIAL = new Set(['after', 'before', 'since', 'while', 'when', 'without', 'by', 'upon', 'despite']);
const GERUND_PREPS = new Set([
  'of',
  'to',
  'for',
  'about',
  'after',
  'before',
  'without',
  'in',
  'from',
  'by',
  'on',
  'over',
  'against',
  'since',
  'while',
  'when',
  'upon',
  'despite',
]);

/**
 * "the government's failure": the possessor of a noun whose infinitive is its own act, or null; so
 * the phrase after its "of" ("the refusal of Iran-backed militias to accept the results").
 */
function possessor(ts: readonly Token[], np: Span): Span | null {
  // (an "of" inside a name is no phrase of its own: "the right of the House of Commons to overrule")
  const inName = (j: number): boolean => ts[j]!.norm === 'of' && /^\p{Lu}/u.test(ts[j - 1]!.text) && /^\p{Lu}/u.test(ts[j + 1]?.text ?? '');
  for (let k = np.s + 1; k < np.e - 1; k++)
    if (
      ts[k]!.norm === 'of' &&
      LEX.agentNouns.has(ts[k - 1]!.norm) &&
      !ts.slice(k + 1, np.e).some((t, j) => isPrep(t) && !inName(k + 1 + j))
    )
      return { s: k + 1, e: np.e };
  if (!LEX.agentNouns.has(ts[np.e - 1]?.norm ?? '')) return null;
  for (let k = np.e - 2; k >= np.s; k--) {
    if (/['’]s?$/u.test(ts[k]!.text)) return has(ts[k], 'Pronoun') || has(ts[k], 'Date') ? null : { s: np.s, e: k + 1 };
  }
  return actorModifier(ts, np);
}

/**
 * "spooked by government attempts to reform", "opposed US efforts to broker": a name or an
 * organisation noun right before the noun owns it as a possessive would.
 */
function actorModifier(ts: readonly Token[], np: Span): Span | null {
  const k = np.e - 2;
  const t = ts[k];
  if (k < np.s || !t || !has(t, 'Noun') || has(t, 'Plural') || !/^\s+$/.test(t.post)) return null; // not "Wap-push"
  const named = /^\p{Lu}/u.test(t.text) && hasAny(t, 'ProperNoun', 'Organization', 'Country');
  if (!named && !(/^\p{Ll}/u.test(t.text) && LEX.orgHeads.has(t.norm))) return null;
  let s = k;
  while (s > np.s && /^\p{Lu}/u.test(ts[s - 1]!.text) && has(ts[s - 1], 'Noun') && /^\s+$/.test(ts[s - 1]!.post)) s--;
  return { s, e: k + 1 };
}

/**
 * "quizzed him about his decision to commit fraud": a possessive pronoun before the noun after a
 * person as object may be the object's as well as the subject's; no one is sure to act ("is
 * recycling it in his desperate bid to win back" is the subject's).
 */
function ownerInDoubt(ts: readonly Token[], p: Clause, np: Span): boolean {
  const owner = ts.slice(np.s, np.e - 1).some((t) => has(t, 'Possessive') && has(t, 'Pronoun'));
  const person = (t: Token | undefined): boolean => /^(?:him|her|them)$/.test(t?.norm ?? '') || has(t, 'Person');
  return (
    owner && LEX.agentNouns.has(ts[np.e - 1]?.norm ?? '') && !!p.obj && p.obj.e <= np.s && p.obj.s >= p.vg.e && person(ts[p.obj.e - 1])
  );
}

/**
 * "attempts by US prosecutors to pursue", "the pressure on politicians to lock up": the phrase
 * after "by" or "on" that follows a noun whose infinitive is someone's act is that someone.
 */
function agentAfter(ts: readonly Token[], np: Span): Span | null {
  for (let k = np.e - 2; k > np.s; k--) {
    if ((ts[k]!.norm === 'by' || ts[k]!.norm === 'on') && LEX.agentNouns.has(ts[k - 1]!.norm)) return { s: k + 1, e: np.e };
    if (isPrep(ts[k])) return null;
  }
  return null;
}

/** Verbs that wield or change a law for the subject's own purpose ("used the Act to detain them"). */
const WIELDING: ReadonlySet<string> = new Set(['use', 'invoke', 'cite', 'apply', 'exploit', 'employ', 'change', 'amend', 'rewrite']);

/** Prepositions of a stance toward a plan ("against plans to", "over plans to", "objections to plans to"). */
const STANCE_PREPS: ReadonlySet<string> = new Set(['about', 'over', 'against', 'to']);

/** Verbs that equip their object "with" something ("provide users with the tools to"). */
const EQUIPPING: ReadonlySet<string> = new Set(['provide', 'supply', 'equip', 'furnish', 'arm', 'present']);

function controller(ts: readonly Token[], p: Clause, c: Clause): Clause['subj'] {
  const to = c.vg.s - 1;
  const at = infinitiveNoun(ts, to);
  // "makes it too expensive to renovate existing buildings", "made it impossible to sell": the
  // infinitive is anyone's; what it costs is the point.
  // (not a comparative: "make it easier to raise capital" eases it for the one helped)
  const itAdjective =
    ts.slice(p.vg.e, at).findIndex((t) => t.norm === 'it') === 0 && has(ts[at - 1], 'Adjective') && !has(ts[at - 1], 'Comparative');
  if (p.vg.lemma === 'make' && ts[to]?.norm === 'to' && itAdjective) return null;
  // "Cebit is used by many to unveil cutting edge products": what is used does nothing; its users
  // (the agent, if named) do.
  if (p.vg.lemma === 'use' && p.vg.passive && ts[to]?.norm === 'to')
    return p.pps.find((pp) => pp.prep === 'by' && pp.np.e === at)?.np ?? null;
  // "attacked the government's failure to control immigration": the infinitive completes the noun;
  // its possessor does the action, and after a verb that judges a proposal, not the verb's subject.
  const completesObject = !!p.obj && p.obj.s >= p.vg.e && p.obj.e === at && ts[to]?.norm === 'to';
  const objectDoes = OBJECT_CONTROL.has(p.vg.lemma) || SUBJECT_TO_OBJECT.has(p.vg.lemma);
  // "put money in a special fund to be managed by a charity": a passive infinitive right after a
  // noun is done to that noun.
  const noun = completesObject ? p.obj : p.pps.find((pp) => pp.np.e === at)?.np;
  // (Not a name, not a copula's complement: "the first chief executive to be tried" is its subject.)
  const bare = has(ts[at - 1], 'Noun') && !has(ts[at - 1], 'Pronoun') && !has(ts[at - 1], 'ProperNoun');
  if (c.vg.passive && noun && bare && !p.vg.copula) return noun;
  // "a vote on a bill to introduce compulsory ID", "passed a law to ban smoking": a law's infinitive
  // is what the law would do (not "used the Terrorism Act to hold suspects", the user's purpose).
  if (ts[to]?.norm === 'to' && LEX.lawNouns.has(ts[at - 1]!.norm) && !(completesObject && WIELDING.has(p.vg.lemma))) {
    const law = noun ?? npLeft(ts, at, p.vg.e);
    if (law) return law;
  }
  // "has not received any information from Iraqi authorities to confirm or deny the report": what
  // the information would do, no one's act.
  const informs = p.obj && p.obj.e <= at && LEX.evidenceNouns.has(ts[p.obj.e - 1]!.norm) && LEX.evidenceVerbs.has(p.vg.lemma);
  // (right after the noun, or after one phrase saying where it comes from)
  const from = p.obj && (p.obj.e === at || (/^(?:from|about|on|of)$/.test(ts[p.obj.e]!.norm) && at - p.obj.e <= 5));
  if (informs && from && ts[to]?.norm === 'to' && ts.slice(p.obj!.e, at).every((t, k) => !isVerbal(ts, p.obj!.e + k) && !breakAfter(t)))
    return null;
  // "giving United the chance to make up ground": the one given the chance takes it.
  const given = completesObject ? recipient(ts, p) : null;
  if (given) return given;
  if (completesObject && !objectDoes && !p.vg.passive) {
    const owner = possessor(ts, p.obj!);
    if (owner) return owner;
    // "Analysts said the decision to list News Corp in the US nullified": after a verb that takes a
    // clause, the noun opens that clause; whose decision it is the sentence does not say.
    // ("added the conversion to become": "add" adds things too)
    if (SAYING_HEADS.has(p.vg.lemma) && p.vg.lemma !== 'add' && has(ts[at - 1], 'Noun')) return null;
    // (a need is no one's proposal: "should not ignore the need to reform the CAP" is the subject's)
    if (LEX.judgingVerbs.has(p.vg.lemma) && has(ts[at - 1], 'Noun') && ts[at - 1]!.norm !== 'need') return null;
    // "The Bill proposes extra powers to search suspects": a law holds no powers; their holder is unnamed.
    if (p.subj && LEX.lawNouns.has(ts[p.subj.e - 1]?.norm ?? '') && LEX.agentNouns.has(ts[at - 1]!.norm)) return null;
  }
  // "seen as part of China's desire to secure oil supplies": the same in a prepositional phrase;
  // "a series of attempts by US prosecutors to pursue": the agent after "by".
  // ("the decision by India and Pakistan to open": the whole coordination)
  const reaches = (np: Span): Span | undefined => (np.e === at ? np : extendCoord(ts, np, at).e === at ? { s: np.s, e: at } : undefined);
  const inPP = ts[to]?.norm === 'to' ? p.pps.find((pp) => reaches(pp.np)) : undefined;
  // "provide users with the tools to publish their own blogs": the one equipped uses the tools.
  const equipped = inPP?.prep === 'with' && EQUIPPING.has(p.vg.lemma) && !p.vg.passive && !!p.obj && p.obj.s >= p.vg.e;
  if (equipped && p.obj!.e === inPP.at) return extendCoord(ts, p.obj!, inPP.at);
  const agentNoun = !!inPP && LEX.agentNouns.has(ts[inPP.at - 1]?.norm ?? '');
  // "Sociedad have been given special permission by the Spanish FA to sign a player": the giver
  // grants it; the one given it acts.
  if (agentNoun && inPP.prep === 'by' && p.vg.passive && RECEIVING.has(p.vg.lemma)) return p.subj;
  const byAgent = agentNoun && /^(?:by|on|of)$/.test(inPP.prep) ? reaches(inPP.np) : null;
  const ppOwner = inPP ? (possessor(ts, inPP.np) ?? byAgent ?? agentAfter(ts, inPP.np)) : null;
  if (ppOwner) return ppOwner;
  // "denounced it as a serious attempt to destabilise Iraq": the attempt is the thing described, not the subject's.
  // (not "as part of efforts to resolve", the subject's own efforts)
  const described = inPP?.prep === 'as' && /^(?:a|an)$/.test(ts[inPP.at + 1]?.norm ?? '');
  if (described && LEX.agentNouns.has(ts[at - 1]?.norm ?? '')) return null;
  if (inPP && ownerInDoubt(ts, p, inPP.np)) return null;
  // "Residents protested against plans to build a runway", "unhappy about plans to use Whitehall
  // cash": a stance toward someone's plan says nothing of whose it is ("stick to its plan to cut
  // output": a possessive pronoun makes it the subject's).
  const owned = inPP && ts.slice(inPP.at + 1, at).some((t) => /^(?:its|their|his|her|our|my)$/.test(t.norm));
  if (inPP && !owned && STANCE_PREPS.has(inPP.prep) && LEX.agentNouns.has(ts[at - 1]?.norm ?? '')) return null;
  // (past the object's own phrases: "traders expect strength in the global economy to benefit Japan")
  let objEnd = p.obj?.e ?? -1;
  for (const pp of p.pps) if (pp.at === objEnd && !/[,;:]/.test(ts[objEnd - 1]!.post)) objEnd = pp.np.e;
  if (SUBJECT_TO_OBJECT.has(p.vg.lemma) && !p.vg.passive && p.obj && p.obj.s >= p.vg.e && objEnd === at && ts[to]?.norm === 'to') {
    return p.obj;
  }
  const judged =
    (JUDGED_FOR.has(p.vg.lemma) && ts[to]?.norm === 'for') ||
    // "prevented the protesters from reaching the embassy": the object is kept from doing it.
    (LEX.preventing.has(p.vg.lemma) && ts[to]?.norm === 'from');
  const objectControl = (OBJECT_CONTROL.has(p.vg.lemma) || judged) && !p.vg.passive && p.obj && p.obj.s >= p.vg.e && p.obj.e <= c.vg.s;
  // "Turkish companies, which hardliners accused of doing business with Israel": the relative's antecedent.
  if (OBJECT_CONTROL.has(p.vg.lemma) && !p.vg.passive && p.obj && p.rules.includes('rel-obj') && p.obj.e <= p.vg.s) return p.obj;
  // "warned that Germany's efforts to reduce its budget deficit presented risks": a possessed noun
  // of will right before "to", opening what a report says, is its possessor's.
  const reported = !objectControl && LEX.reporting.has(p.vg.lemma) && ts[to]?.norm === 'to';
  const own = reported && LEX.agentNouns.has(ts[at - 1]?.norm ?? '') ? npLeft(ts, at, p.vg.e) : null;
  const owner = own && !p.obj && !inPP ? possessor(ts, own) : null;
  if (owner) return owner;
  // "- for which Tony Blair recently apologised - as a result of the pressure on politicians to lock
  // up": past a dash aside, a noun phrase no clause holds says nothing of who acts.
  const loose = !objectControl && !inPP && has(ts[at - 1], 'Noun') && !has(ts[at - 1], 'Pronoun') && (p.obj?.e ?? -1) < at;
  if (loose && ts.slice(p.vg.e - 1, at).some((t) => /\s[-\u2013\u2014]\s*$/u.test(t.post))) return null;
  // "allow 300,000 council and housing association tenants to buy", "urged Iran and Syria to": the
  // whole coordination does it.
  return objectControl ? extendCoord(ts, p.obj!, c.vg.s) : p.subj;
}

const SENTENTIAL: ReadonlySet<string> = new Set(['mean', 'imply']);

/**
 * "an adviser for Labour, which denies ...": "which" takes the last noun phrase of its antecedent
 * ("Labour"), "who" the first ("adviser") unless a person's name ends it; the clause reader keeps the
 * whole phrase.
 */
function relativeAntecedent(ts: readonly Token[], c: Clause): void {
  const last = (sp: Span): Span => {
    let k = sp.e - 1;
    while (k > sp.s && !isPrep(ts[k])) k--;
    return k > sp.s ? { s: k + 1, e: sp.e } : sp;
  };
  // "said Texas, which means less strain on battery life": "which" before "mean" is the whole clause.
  if (c.rules.includes('rel-subj') && c.subj && ts[c.subj.e]?.norm === 'which') c.subj = SENTENTIAL.has(c.vg.lemma) ? null : last(c.subj);
  // "a cost-cutting deal with its pilots which could save it": people are no "which"; the phrase
  // the preposition hangs on is.
  // (a common noun after a preposition other than "from" or "by": not "candidates ... from the
  // Bangladeshi population, which makes up", nor "by journalist Robert Peston, which suggested")
  const people = (t: Token | undefined): boolean => hasAny(t, 'Actor', 'Person') && /^\p{Ll}/u.test(t!.text);
  if (c.rules.includes('rel-subj') && c.subj && ts[c.subj.e]?.norm === 'which' && people(ts[c.subj.e - 1])) {
    const prep = ts[c.subj.s - 1];
    const before = isPrep(prep) && !/^(?:from|by)$/.test(prep!.norm) ? npLeft(ts, c.subj.s - 1, 0) : null;
    if (before && !hasAny(ts[before.e - 1], 'Actor', 'Person', 'Pronoun')) c.subj = before;
  }
  // "Those on a limited budget who want", "people from outside the European Union who want": a
  // thing or place is no "who"; the people the preposition hangs on are (no comma before "who").
  if (c.rules.includes('rel-subj') && c.subj && ts[c.subj.e]?.norm === 'who' && !breakAfter(ts[c.subj.e - 1])) {
    let p = c.subj.s - 1;
    if (/^(?:outside|inside)$/.test(ts[p]?.norm ?? '')) p--;
    const lead = ts[p - 1];
    const crowd = !!lead && (lead.norm === 'those' || (people(lead) && has(lead, 'Plural')));
    const head = ts[c.subj.e - 1];
    if (isPrep(ts[p]) && !/^(?:of|for)$/.test(ts[p]!.norm) && crowd && !hasAny(head, 'Actor', 'Person', 'Pronoun'))
      c.subj = npLeft(ts, p, 0) ?? { s: p - 1, e: p };
  }
  // "the families of those who were killed": "those" heads its own "who", never the noun it hangs on.
  if (c.rules.includes('rel-subj') && c.subj && ts[c.subj.e]?.norm === 'who' && ts[c.subj.e - 1]?.norm === 'those')
    c.subj = { s: c.subj.e - 1, e: c.subj.e };
  // "a trial date later this month for Spector, who was indicted": after a time phrase, "who" takes the name.
  if (c.rules.includes('rel-subj') && c.subj && ts[c.subj.e]?.norm === 'who') {
    const lastNp = last(c.subj);
    const before = ts[lastNp.s - 2];
    // "a popular tourist destination for Britons who want": a place or thing is no "who"; the people after it are.
    // (no comma before "who", which then ties it to the nearest phrase; not an agent noun: "an adviser for Labour")
    const firstHead = ts[lastNp.s - 2];
    const thing =
      !!firstHead &&
      has(firstHead, 'Singular') &&
      !hasAny(firstHead, 'Actor', 'Person', 'ProperNoun', 'Pronoun') &&
      !LEX.personRoles.has(firstHead.norm) &&
      !/(?:er|or|ist|ant|ent|ian|man|woman|person)$/.test(firstHead.norm);
    const restrictive = !/,/.test(ts[c.subj.e - 1]!.post);
    const named = lastNp.s > c.subj.s && /^\p{Lu}/u.test(ts[lastNp.s]!.text);
    const nearest = thing && restrictive && lastNp.e - lastNp.s <= 3;
    if (named && (has(before, 'Date') || THINGS.stop.has(before?.norm ?? '') || nearest)) c.subj = lastNp;
  }
  // "Users running Windows XP that have applied the update": a plural verb takes the plural noun
  // the phrase opens with, not the singular the modifier after it names.
  if (c.rules.includes('rel-subj') && c.subj && /^(?:that|which|who)$/.test(ts[c.subj.e]?.norm ?? '')) {
    const v = ts[c.vg.s]!;
    const pluralVerb = /^(?:have|are|were|do)$/.test(v.norm) || (has(v, 'PresentTense') && !/s$/.test(v.norm) && !has(v, 'Modal'));
    const end = ts[c.subj.e - 1]!;
    const modifies = (t: Token | undefined) => !!t && (isPrep(t) || has(t, 'Gerund') || /^\p{Ll}+ing$/u.test(t.text));
    const k = ts.slice(c.subj.s, c.subj.e - 1).findIndex((t, x) => has(t, 'Plural') && modifies(ts[c.subj!.s + x + 1]));
    if (pluralVerb && k >= 0 && !has(end, 'Plural') && !has(end, 'Pronoun')) c.subj = { s: c.subj.s, e: c.subj.s + k + 1 };
  }
  // "finance ministers of the G8, which Britain now chairs": the object relative too.
  if (c.rules.includes('rel-obj') && c.obj && c.relAntecedent && ts[c.relAntecedent.e]?.norm === 'which') c.obj = last(c.obj);
}

/**
 * "France was among the countries that condemned the attack", "Mr Blair was among those who
 * criticised the plan": a relative whose antecedent follows "be among" is said of the copula's
 * subject, the one the sentence names.
 */
function amongAntecedent(ts: readonly Token[], clauses: readonly Clause[], c: Clause): void {
  if (!c.rules.includes('rel-subj') || !c.subj || ts[c.subj.s - 1]?.norm !== 'among') return;
  const be = clauses.find((x) => x.vg.copula && x.vg.e === c.subj!.s - 1 && x.subj && x.subj.e <= x.vg.s);
  if (be?.subj && !be.vg.neg) c.subj = be.subj;
}

/**
 * "there was masses of support for him to form a new party", "it should be up to the schools
 * themselves to decide": "for" (or "up to") and a phrase right before an infinitive's "to", inside
 * the clause before, name the infinitive's doer (whatever that clause's subject).
 */
function forSubject(ts: readonly Token[], p: Clause, c: Clause): Span | null {
  const to = c.vg.s - 1;
  if (ts[to]?.norm !== 'to' || !has(ts[c.vg.mains[0] ?? c.vg.head], 'Infinitive') || p.vg.e > to) return null;
  const np = npLeft(ts, to);
  // npLeft reads "support for him" as one phrase: the doer is what follows its last "for".
  const f = np ? ts.slice(np.s, to).findLastIndex((t) => t.norm === 'for') : -1;
  const s = f >= 0 ? np!.s + f + 1 : (np?.s ?? to);
  const opens = ts[s - 1]?.norm === 'for' || (ts[s - 1]?.norm === 'to' && ts[s - 2]?.norm === 'up');
  // "the schools themselves": the noun, not the reflexive that stresses it.
  const e = has(ts[to - 1], 'Reflexive') && to - 1 > s ? to - 1 : to;
  return np && s > p.vg.e && s < to && opens ? { s, e } : null;
}

/**
 * "Mr Blair hailed Labour's achievement in using a strong economy", "blessed Mr Khatami's policy of
 * selling stakes": a gerund after "in", "of" or "for" on a noun a name owns is the owner's act,
 * not the clause subject's (a span); on a noun a third-person pronoun owns while the subject is
 * "we" or "I" ("we appreciate his efforts in starting"), no one we can name (false); else null, and
 * control decides ("Michael Sears admitted his guilt in breaking": his own).
 */
function ownerOfNoun(ts: readonly Token[], p: Clause, c: Clause, gerund: boolean): Span | false | null {
  const o = p.obj;
  if (!gerund || !o || !p.subj || o.e !== c.vg.s - 1 || !OWNED_ACT_PREPS.has(ts[o.e]!.norm) || !has(ts[o.e - 1], 'Noun')) return null;
  const first = ts[o.s]!;
  if (has(first, 'Possessive') && has(first, 'Pronoun'))
    return !LEX.pronounSpeaker.has(first.norm) && LEX.pronounSpeaker.has(ts[p.subj.e - 1]!.norm) ? false : null;
  const owner = ts.slice(o.s, o.e).findIndex((t) => has(t, 'Possessive') && !has(t, 'Pronoun'));
  return owner >= 0 && /^\p{Lu}/u.test(ts[o.s + owner]!.text) ? { s: o.s, e: o.s + owner + 1 } : null;
}
const OWNED_ACT_PREPS: ReadonlySet<string> = new Set(['in', 'of', 'for']);

export function withControl(ts: readonly Token[], an: SentenceAnalysis): SentenceAnalysis {
  const clauses = an.clauses.map((c) => ({ ...c, pps: [...c.pps], rules: [...c.rules] }));
  clauses.forEach((c) => relativeAntecedent(ts, c));
  clauses.forEach((c) => amongAntecedent(ts, clauses, c));
  clauses.forEach((c, i) => {
    if (c.subj || i === 0) return;
    // "accused of arming and funding": the second verb takes what control gave the first.
    const twin = c.coordWith >= 0 ? clauses[c.coordWith] : undefined;
    const ctrl = twin?.rules.find((r) => r === 'ctrl-gerund' || r === 'ctrl-inf');
    if (twin?.subj && ctrl) {
      c.subj = twin.subj;
      c.parent = twin.parent;
      c.rules.push(ctrl);
      return;
    }
    let p = clauses[i - 1]!;
    // "unveiled its first humanoid robot, called Emiew, to challenge": past a closed aside the verb
    // hangs on the clause the aside hangs on.
    if (p.rules.includes('reduced-rel') && p.parent >= 0 && /,/.test(ts[c.vg.s - 2]?.post ?? '')) p = clauses[p.parent]!;
    // "opted out of part of the Convention concerning the right to a fair trial in order to bring
    // in ...": a purpose is the act of the clause it serves, past the modifiers between.
    if (/^(?:in order|so as) to$/.test(`${ts[c.vg.s - 3]?.norm} ${ts[c.vg.s - 2]?.norm} ${ts[c.vg.s - 1]?.norm}`)) {
      const served = clauses.slice(0, i).findLast((d) => !describesPhrase(d) && !d.rules.includes('rel-obj'));
      if (!served?.subj) return; // "there would be a roll out ... in order to prevent": no one's
      p = served;
    }
    const at = clauses.indexOf(p);
    const forNp = forSubject(ts, p, c);
    if (forNp) {
      // The phrase is the doer only, no longer the earlier verb's "for" object ("resisted calls for him to name").
      const pp = p.pps.findIndex((x) => x.prep === 'for' && x.np.s === forNp.s && x.np.e === forNp.e);
      if (pp >= 0) p.pps.splice(pp, 1);
      c.subj = forNp;
      c.parent = at;
      c.rules.push('ctrl-inf');
      return;
    }
    if (!p.subj || p.vg.e > c.vg.s || c.vg.s - p.vg.e > 12) return;
    const h = ts[c.vg.mains[0] ?? c.vg.head];
    const before = ts[c.vg.s - 1];
    // The preposition must hang on the verb or its object ("accused of", "accused Mr Spector of"), not on a noun ("the move to using").
    // An adverbial "after/before/by/without ...ing" hangs on the clause wherever it comes.
    // (past a passive's agent too: "was accused by the US of arming militias")
    const agent = p.vg.passive && p.pps.some((x) => x.prep === 'by' && x.np.e === c.vg.s - 1);
    const governed = c.vg.s - 1 === p.vg.e || (!!p.obj && p.obj.e === c.vg.s - 1) || agent || ADVERBIAL.has(before?.norm ?? '');
    // Right after a verb only where the verb takes its subject's own action ("denied being leaned on"; not "include having").
    const direct = c.vg.s === p.vg.e && GERUND_VERBS.has(p.vg.lemma);
    const gerund = has(h, 'Gerund') && (direct || (isPrep(before) && GERUND_PREPS.has(before!.norm) && governed));
    // (a perfect or progressive infinitive too: "is reported to have already held talks")
    const infinitive = before?.norm === 'to' && (has(h, 'Infinitive') || (/^(?:have|be)$/.test(ts[c.vg.s]!.norm) && c.vg.head > c.vg.s));
    if (!gerund && !infinitive) return;
    // "Talks are continuing on how to finance aid": a question after a preposition names no doer
    // (after a verb the subject asks or knows it: "decided how to respond").
    if (infinitive && /^(?:how|what|whether|where|when|which|who)$/.test(ts[c.vg.s - 2]?.norm ?? '') && isPrep(ts[c.vg.s - 3])) return;
    // "cuts that were the equivalent of sacking every teacher": a gerund completing a copula's noun is no one's action.
    // (A noun phrase: a determiner or a noun head; "was guilty of murdering" keeps its subject.)
    const nounPhrase = !!p.obj && (has(ts[p.obj.s], 'Determiner') || (has(ts[p.obj.e - 1], 'Noun') && !has(ts[p.obj.e - 1], 'Adjective')));
    if (gerund && p.vg.copula && nounPhrase && p.obj!.e === c.vg.s - 1) return;
    // "was worried about extending special powers": a feared act, maybe another's, has no doer here.
    if (gerund && p.vg.copula && p.obj && LEX.fearAdjectives.has(ts[p.obj.e - 1]!.norm) && p.obj.e === c.vg.s - 1) return;
    // "The game can be controlled by using the supplied stylus": in a passive, "by" + gerund is the
    // unnamed agent's means, not the subject's act (but "was irritated by defending" is the subject's).
    if (gerund && p.vg.passive && before?.norm === 'by' && !p.rules.includes('reduced-rel') && !FEELINGS.has(p.vg.lemma)) return;
    const owner = ownerOfNoun(ts, p, c, gerund);
    const doer = owner === false ? null : (owner ?? controller(ts, p, c));
    if (!doer) return;
    c.subj = doer;
    c.parent = at;
    c.rules.push(gerund ? 'ctrl-gerund' : 'ctrl-inf');
    // "accused Mr Brown of missing his target on providing treatment": the act a missed target or
    // deadline names was not done.
    if (gerund && p.vg.lemma === 'miss' && !p.vg.neg && p.obj && p.obj.e === c.vg.s - 1) c.vg = { ...c.vg, neg: true };
  });
  return { ...an, clauses };
}
