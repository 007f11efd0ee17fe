/**
 * Subject layer (ingest/extract/subject.ts): appositions, a name and a role or description set off
 * by commas or dashes ("Katrina Bull, a prospective parliamentary candidate, said", "Ford, the US
 * car company, reported"): which of them is the verb's subject, and the apposition recorded for
 * the name. Also the head noun that tells a role for a person or body (actorHead).
 */
import type { Token } from '../../parse.js';
import type { Apposition, Clause, Span } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { npLeft, npRight, roleLike } from '../phrases.js';
import { breakAfter, dashAfter, has, hasAny, isConj, isPrep, isVerbal, tensed } from '../tokens.js';

/** A person's name right after a subordinator ("after Peter Mandelson, ..."): it opens the clause. */
export const opensAfterLink = (ts: readonly Token[], np: Span): boolean =>
  LEX.subordinators.has(ts[np.s - 1]?.norm ?? '') &&
  ts[np.s - 2]?.norm !== 'such' && // "writers such as Sylvia Plath, George Orwell ..."
  has(ts[np.e - 1], 'Person') &&
  /,/.test(ts[np.e - 1]!.post);

/** Whether a phrase starting at `s` is a preposition's object, or the last conjunct of one ("outside France and | the UK"). */
function prepObjectAt(ts: readonly Token[], s: number): boolean {
  if (isPrep(ts[s - 1])) return true;
  if (!isConj(ts[s - 1])) return false;
  const left = npLeft(ts, s - 1, 0);
  return !!left && isPrep(ts[left.s - 1]);
}

/** Nouns of a person's tie to another ("His friend, Saxon Spence, ..."). */
const PERSON_RELATIONS = /^(?:friend|colleague|ally|rival|partner|aide|son|daughter|wife|husband|brother|sister|father|mother)$/;

/**
 * "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central
 * Hispano, has started": noun phrases set off by commas from the clause's opening one up to the
 * verb, none with a verb or a conjunction, are its appositions; the opening phrase is the subject
 * (two or more of them: one is describedName's or an aside's).
 */
export function appositionChain(ts: readonly Token[], floor: number, k: number): Span | null {
  const first = npRight(ts, floor, k);
  if (!first || (floor > 0 && !breakAfter(ts[floor - 1])) || !/^,\s*$/.test(ts[first.e - 1]!.post)) return null;
  // (not a time, nor a person's role or relation the names after it fill: "Last year, Crown Prince
  // Abdullah, the de-facto ruler, told", "His friend, Saxon Spence, leader of ..., lays")
  const of = ts.slice(first.s, first.e).findIndex((t) => t.norm === 'of');
  const head = ts[of > 0 ? first.s + of - 1 : first.e - 1]!;
  const w = head.norm.replace(/['’]s?$/, '');
  if (hasAny(head, 'Date', 'Duration', 'Value') || LEX.personRoles.has(w) || LEX.titles.has(w) || LEX.plainPeople.has(w)) return null;
  if (PERSON_RELATIONS.test(w)) return null;
  let parts = 0;
  for (let j = first.e; j < k; ) {
    const np = npRight(ts, j, k);
    if (!np || !/^,\s*$/.test(ts[np.e - 1]!.post)) return null;
    for (let q = np.s; q < np.e; q++) if (isConj(ts[q]) || isVerbal(ts, q)) return null;
    parts++;
    j = np.e;
  }
  return parts >= 2 ? first : null;
}

/** The name before ", the <description>," when the name opens the clause ("Ford, the US car company, reported"). */
export function describedName(ts: readonly Token[], np: Span, k: number, floor: number): Span | null {
  if (!/^,\s*$/.test(ts[k - 1]!.post) || !/^,\s*$/.test(ts[np.s - 1]?.post ?? '') || ts[np.s]!.norm !== 'the') return null;
  if (ts.slice(np.s, np.e).some((t) => has(t, 'ProperNoun') && has(t, 'Person'))) return null;
  const name = npLeft(ts, np.s, floor);
  if (!name || name.s !== floor || !has(ts[name.e - 1], 'ProperNoun') || has(ts[name.e - 1], 'Place')) return null;
  return ts.slice(name.s, name.e).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:of|and|&)$/.test(t.text)) ? name : null;
}

/**
 * "Katrina Bull, a prospective parliamentary candidate(,) said": a subject that is a role after a
 * name and a comma is the name's appositive; the name is the subject. The closing comma is often
 * missing, then the role must open with a determiner or be a title heading a prepositional phrase
 * ("Andrew Burke, chief of BT's new Entertainment unit told").
 */
export function appositiveSubject(ts: readonly Token[], ap: Span, tailed: boolean, c: Clause, apps: Apposition[]): void {
  if (ap.s < 2 || ts.slice(ap.s, ap.e).some((t) => isConj(t))) return; // a list, not a role
  // A prepositional tail only after a noun for a person or body ("a strategist at", not "a body with").
  if (tailed && actorHead(ts, ap) < 0) return;
  const np1 = npLeft(ts, ap.s, 0);
  if (!np1) return;
  const pre = ts[np1.s - 1];
  const head = ts[ap.s]!;
  const titled = (LEX.titles.has(head.norm) || LEX.personRoles.has(head.norm)) && isPrep(ts[ap.s + 1]);
  // ("Judge Richard Mawrey, QC told": an honour's letters need no closing comma either)
  const honour = ap.e - ap.s === 1 && LEX.postNominals.has(head.norm) && /^\p{Lu}+$/u.test(head.text);
  const unclosed = !roleLike(ts, np1) && roleLike(ts, ap) && (/^(?:a|an|the)$/.test(head.norm) || titled || honour);
  // "alleged that Mr Ebbers, 63, directed": a complementiser or subordinator may open the name too.
  const opens = opensPhrase(pre);
  const host = !opens && breakAfter(ts[ap.e - 1]) && !roleLike(ts, ap) && roleLike(ts, np1) ? placeHost(ts, np1) : null;
  if (host) {
    c.subj = { s: host.s, e: ap.e };
    c.rules.push('appos-skip');
    return;
  }
  if (!opens || !(breakAfter(ts[ap.e - 1]) || unclosed)) return;
  // "According to figures from the Ministry of Economy, Trade and Industry (METI), the decline was
  // led by": a name inside an opening prepositional phrase is no subject a role after it stands by.
  // "Designed for PCs running Windows 2000 and XP, the utility will": nor one in an opening participle's.
  const participle =
    hasAny(ts[0], 'PastTense', 'Participle', 'Gerund') && isVerbal(ts, 0) && (isPrep(ts[1]) || hasAny(ts[1], 'Determiner', 'Adverb'));
  const opening = isPrep(ts[0]) || ts[0]?.norm === 'according' || participle;
  const inside = unclosed || (participle && !ts.slice(0, np1.s).some((t) => breakAfter(t)));
  if (inside && opening && !ts.slice(1, np1.s).some((t, k) => tensed(t) && isVerbal(ts, k + 1))) return;
  // "strong growth outside France and the United Kingdom - its core markets - swelling": a participle
  // after an aside on a preposition's object does not hang on that object (nor on the aside).
  if (has(ts[c.vg.head], 'Gerund') && c.vg.s === c.vg.head && prepObjectAt(ts, np1.s)) {
    c.subj = null;
    return;
  }
  const age = ap.e - ap.s === 1 && /^\d{1,3}$/.test(head.text); // "Jeffrey Royer, 41, fed"
  // "Veritas - Latin for "truth" - would avoid": a phrase between dashes after a name is an aside.
  if (dashAfter(ts[ap.s - 1]) && dashAfter(ts[ap.e - 1]) && has(ts[np1.e - 1], 'ProperNoun') && !roleLike(ts, ap)) {
    c.subj = np1;
    c.rules.push('appos-skip');
  } else if (age || (!roleLike(ts, np1) && roleLike(ts, ap))) {
    apps.push({ name: np1, role: ap });
    c.subj = np1;
    c.rules.push('appos-skip');
  } else if (roleLike(ts, np1) && !roleLike(ts, ap)) {
    // "Dr Cumberbatch, head of the think tank, the Communications Research Group, reviewed": the
    // name is the body of the role's "of"; the person before the role is the subject.
    const person = personBeforeRole(ts, np1);
    if (person) {
      apps.push({ name: person, role: np1 });
      c.subj = person;
      c.rules.push('appos-skip');
    } else apps.push({ name: ap, role: np1 });
  } else if (heldRole(ts, np1) && roleLike(ts, ap) && ts[ap.s]?.norm === 'the') {
    // "The head of Lloyd's of London, the insurance market, has criticised": the aside describes
    // the body of the role's "of"; the one who holds the role is the subject.
    c.subj = np1;
    c.rules.push('appos-skip');
  }
}

/** A title or a role heading an "of" phrase ("head of Lloyd's of London", "the chairman of BP"). */
function heldRole(ts: readonly Token[], sp: Span): boolean {
  const s = ts[sp.s]?.norm === 'the' ? sp.s + 1 : sp.s;
  const head = ts[s]?.norm ?? '';
  return (LEX.titles.has(head) || LEX.personRoles.has(head)) && ts[s + 1]?.norm === 'of';
}

/** The person's name before a role with an "of" phrase, set off by a comma ("Dr Cumberbatch, | head of the think tank"). */
function personBeforeRole(ts: readonly Token[], role: Span): Span | null {
  if (!heldRole(ts, role) || ts[role.s]?.norm === 'the') return null;
  if (!/^,\s*$/.test(ts[role.s - 1]?.post ?? '')) return null;
  const name = npLeft(ts, role.s, 0);
  return name && !roleLike(ts, name) && has(ts[name.e - 1], 'Person') && opensPhrase(ts[name.s - 1]) ? name : null;
}

/** Where a phrase may open: the sentence start, a break, "and"/"or", "that" or a subordinator. */
const opensPhrase = (pre: Token | undefined): boolean =>
  !pre || breakAfter(pre) || isConj(pre) || pre.norm === 'that' || LEX.subordinators.has(pre.norm);

const PLACE_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'within']);

/**
 * "Officials at the two-day summit at the foreign secretary's official Kent house, Chevening, will
 * plan", "Officials in the Afghan capital, Kabul, said": a name set off by commas after the object
 * of a place preposition names that place; the subject is the phrase the prepositions hang on,
 * when it opens the clause.
 */
function placeHost(ts: readonly Token[], np: Span): Span | null {
  let s = np.s;
  for (let n = 0; n < 4 && PLACE_PREPS.has(ts[s - 1]?.norm ?? ''); n++) {
    const left = npLeft(ts, s - 1, 0);
    if (!left) return null;
    if (opensPhrase(ts[left.s - 1])) return left;
    s = left.s;
  }
  return null;
}

const ACTOR_SUFFIX = /(?:ist|man|woman|person|er|or|ian)$/;
/** Index of the head noun of a role phrase (the word before its first preposition) when it names a person or a body; else -1. */
export function actorHead(ts: readonly Token[], sp: Span): number {
  let h = sp.s;
  while (h + 1 < sp.e && !isPrep(ts[h + 1])) h++;
  const w = ts[h]!.norm;
  const actor = LEX.titles.has(w) || LEX.personRoles.has(w) || LEX.plainPeople.has(w) || LEX.orgHeads.has(w) || ACTOR_SUFFIX.test(w);
  return actor && has(ts[h], 'Noun') ? h : -1;
}
