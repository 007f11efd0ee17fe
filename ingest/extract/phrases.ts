/** Clause reader, noun-phrase layer: phrases left and right of a position, subject extension, role-likeness. */
import type { Token } from '../parse.js';
import type { Clause, Span } from './clauses.js';
import { ADDRESSEE_VERBS, LEX, RECEIVING } from './lexicon.js';
import { adjectiveComma, breakAfter, has, hasAny, isConj, isMoney, isNounAt, isPrep, phraseBreak, stopAfter, tensed } from './tokens.js';
import { spanText } from './mentions/shared.js';
import { gazetteerType } from './typing.js';
import { CONTACT_PRONOUNS, isCap } from './verbs.js';

const POSSESSIVE_PRONOUNS = /^(?:its|his|their|our|my|your)$/;
/** Words that open a noun phrase of their own: an article, or a possessive in lowercase ("His Dark Materials" is a title). */
const opensPhrase = (t: Token): boolean => /^(?:the|a|an)$/.test(t.norm) || POSSESSIVE_PRONOUNS.test(t.text);

/** Adjectives with a preposition that describe the noun before them ("sources close to the talks"). */
export const ADJECTIVE_LINKS: ReadonlySet<string> = new Set(['close to', 'familiar with', 'loyal to']);

/** The noun phrase ending at `end` (exclusive), with "of"/"for" attachments ("head of US Central Command"). */
export function npLeft(ts: readonly Token[], end: number, floor = 0): Span | null {
  let s = end;
  // A noun before an article or a possessive ends another phrase ("warned Michael Howard | the party
  // could not win", "told the Observer | his worst moment was").
  const ok = (k: number) =>
    k >= floor &&
    isNounAt(ts, k) &&
    !(k < end - 1 && stopAfter(ts[k]) && !adjectiveComma(ts, k)) &&
    !(k + 1 < end && opensPhrase(ts[k + 1]!) && has(ts[k], 'Noun') && !has(ts[k], 'Determiner') && !has(ts[k], 'Pronoun')) &&
    !(k + 1 < end && timeBreak(ts, k + 1));
  while (s > floor && ok(s - 1)) s--;
  for (;;) {
    const link = ts[s - 1]?.norm;
    // ("sources close to the negotiations", "people familiar with the plans": an adjective's phrase too)
    const adjective = s - 3 >= floor && ADJECTIVE_LINKS.has(`${ts[s - 2]?.norm} ${link}`) && !stopAfter(ts[s - 2]);
    const joins = link === 'of' || link === 'for';
    if (adjective && ok(s - 3) && !stopAfter(ts[s - 3]) && s < end) {
      s -= 2;
    } else if (!(s - 2 >= floor && s < end && joins && !stopAfter(ts[s - 2]) && ok(s - 2))) break;
    s -= 1;
    while (s > floor && ok(s - 1)) s--;
  }
  // "any programmes they | record": a subject pronoun glued to a noun before it is a phrase of its own
  // (after a verb of telling the whole is still read as its object and clause: "told the BBC he";
  // nor after a name or a reporting -s form read as a noun: "in Parliament he", "Makarov, 50, claims he")
  const told = (has(ts[s - 1], 'Verb') && ADDRESSEE_VERBS.has(ts[s - 1]!.root)) || has(ts[end - 2], 'ProperNoun');
  const claims = s === end - 2 && /s$/.test(ts[s]!.norm) && LEX.reporting.has(ts[s]!.norm.replace(/s$/, '')) && !has(ts[s - 1], 'Verb');
  if (!claims && s < end - 1 && CONTACT_PRONOUNS.has(ts[end - 1]!.norm) && has(ts[end - 1], 'Pronoun') && !told)
    return { s: end - 1, e: end };
  return s < end ? { s, e: end } : null;
}

/** The noun phrase starting at `start`, with "of" attachments. */
export function npRight(ts: readonly Token[], start: number, limit: number): Span | null {
  let e = start;
  const ok = (k: number) =>
    k < limit &&
    !(k > start && stopAfter(ts[k - 1]) && !adjectiveComma(ts, k - 1)) &&
    !(k > start && newPhrase(ts, k)) &&
    // ("drove the team that created the Macintosh | he did not stay": a subject pronoun opens a clause)
    !(k > start && /^(?:he|she|they|we|i)$/.test(ts[k]!.norm)) &&
    (isNounAt(ts, k) || (has(ts[k], 'Adverb') && has(ts[k + 1], 'Adjective') && !stopAfter(ts[k])));
  while (ok(e)) e++;
  while (e > start && e + 1 < limit && ts[e]!.norm === 'of' && !stopAfter(ts[e - 1]) && ok(e + 1)) {
    e++;
    while (ok(e)) e++;
  }
  return e > start ? { s: start, e } : null;
}

/** "in Europe last week | fans wrote in": a time phrase after a noun closes that phrase and opens none (break before token k). */
function timeBreak(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  const prev = ts[k - 1];
  if (!t || !has(prev, 'Noun')) return false;
  if (/^(?:last|next|this|every|each)$/.test(t.norm) && (has(ts[k + 1], 'Date') || has(ts[k + 1], 'Duration'))) return true;
  if (monthLead(ts, k) || dayLead(ts, k)) return true;
  return has(prev, 'Date') && has(prev, 'Duration') && /^(?:last|next|this)$/.test(ts[k - 2]?.norm ?? '') && has(t, 'Noun');
}

/** Papers named for a day ("the Sunday Times", "Sunday Telegraph journalist"): one name, not a day and a name. */
const DAY_PAPERS = /^(?:times|telegraph|mirror|express|herald|mail|people|post|tribune|independent|business|sport|star|observer)$/;

/**
 * "At a press conference on Thursday | Intel announced", "during the case on Tuesday | Mr Ebbers
 * denied": a weekday after "on" is that preposition's object; a name after it opens the subject.
 */
function dayLead(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  const day = ts[k - 1]!;
  if (!has(day, 'WeekDay') || breakAfter(day) || ts[k - 2]?.norm !== 'on' || breakAfter(ts[k - 2])) return false;
  return isCap(t) && has(t, 'ProperNoun') && !has(t, 'Date') && !DAY_PAPERS.test(t.norm);
}

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "In late December | movie studios launched", "Since March 2004 | sales have": a month (and year)
 * right after a preposition is that preposition's object; a common noun after it opens a new phrase.
 */
function monthLead(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  if (!has(t, 'Noun') || has(t, 'Date') || has(t, 'ProperNoun') || has(t, 'Value')) return false;
  // "set for February | return", "the March | elections": one singular noun after the month is its compound.
  if (!has(t, 'Plural') && !has(ts[k + 1], 'Noun')) return false;
  let j = k;
  if (has(ts[j - 1], 'Year') && /^\d{4}$/.test(ts[j - 1]!.text) && !breakAfter(ts[j - 2])) j--;
  const m = ts[j - 1];
  if (!m || !isCap(m) || !MONTH.test(m.norm) || breakAfter(m)) return false;
  j--;
  if (/^(?:late|early|mid)$/.test(ts[j - 1]?.norm ?? '')) j--;
  const p = ts[j - 1];
  return isPrep(p) && p!.norm !== 'of' && !breakAfter(p);
}

/**
 * "fined Vodafone £5m", "ordered Apple to pay Samsung $500m", "fined Microsoft 497m euros": a sum of
 * money after a name is a second object, not part of the name ("Boeing 747", "Windows 95" are).
 */
function amountAfterName(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  if (!has(ts[k - 1], 'ProperNoun') || !has(t, 'Value')) return false;
  const currency = [ts[k + 1], ts[k + 2]].some((x) => has(x, 'Currency'));
  // "100m" may be metres and "10k" a race: a bare m/k needs a currency beside it, "bn" does not.
  return isMoney(t) || /\dbn$/.test(t.text) || currency;
}

/** Words that open a noun phrase of their own right after a name ("awarded Sideways its best film"). */
export const OPENS_AFTER_NAME = /^(?:its|his|her|their|our|my|your|some|another|any)$/;

/**
 * Where a noun phrase cannot go on: a determiner after a noun ("the Green Zone | the previous Friday"),
 * a lowercase adjective after a noun with no noun after it ("an assassination attempt | early"), a time
 * phrase ("fraud | last year", timeBreak).
 */
export function newPhrase(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  const prev = ts[k - 1]!;
  // "is confident its plan would win": after an adjective of belief, a possessive opens its clause.
  if (POSSESSIVE_PRONOUNS.test(t.norm) && LEX.beliefAdjectives.has(prev.norm)) return true;
  if (!has(prev, 'Noun') || has(prev, 'Possessive') || has(prev, 'Pronoun')) return false;
  if (timeBreak(ts, k)) return true;
  // "offered Chelsea boss Jose Mourinho some advice", "give Dementieva another thrashing": a name is no modifier of these.
  if (OPENS_AFTER_NAME.test(t.text) && has(prev, 'ProperNoun') && isCap(prev) && !isCap(ts[k + 1])) return true;
  if (amountAfterName(ts, k)) return true;
  if (has(t, 'Determiner') && /^(?:the|a|an|this|that|these|those)$/.test(t.norm)) return true;
  // "dispel any impression | his party is", "told MPs | their offices will be": so does a possessive.
  if (POSSESSIVE_PRONOUNS.test(t.text)) return true;
  return has(t, 'Adjective') && !has(t, 'Noun') && /^\p{Ll}/u.test(t.text) && !isNounAt(ts, k + 1);
}

/**
 * A clause-initial subject reaches back over "X and Y" and prepositional attachments ("Britain's relationship with Spain"),
 * up to the previous verb when `floorOpen` (after "said" the phrase is the complement's subject, not an object).
 */
export function extendSubject(ts: readonly Token[], np: Span, floor: number, open = false): Span {
  // (a semicolon or colon after the verb before closes its clause: "It rained; the attitude to X has")
  const floorOpen = open || /[;:]/.test(ts[floor - 1]?.post ?? '');
  let s = np.s;
  /** Where the subject starts: `s` once its phrase is known to open a clause. */
  let committed = s;
  let joined = false;
  /** Where the subject started before a comma list took it further left. */
  let unlisted = -1;
  for (let n = 0; n < 8; n++) {
    // "Britain, France, Gavi and the Gates Foundation have drawn up": once "and" has joined the
    // last two, names before it, each after a comma, are the list's first items.
    const item = joined ? listItem(ts, s, floor, floorOpen) : null;
    // A list that runs back to an earlier verb is that verb's object ("Its customers include Boots, Burberry, ...").
    if (item === 'object') return { s: unlisted < 0 ? committed : unlisted, e: np.e };
    if (item) {
      if (unlisted < 0) unlisted = committed;
      s = item.s;
      committed = s;
      continue;
    }
    const link = ts[s - 1];
    if (!link || stopAfter(ts[s - 2]) || !(isConj(link) || isPrep(link)) || LEX.subordinators.has(link.norm)) break; // not over "after"
    // (nor over "but", which joins clauses: "away from sites such as Suprnova but many users had migrated")
    if (link.norm === 'but') break;
    joined ||= isConj(link);
    const left = npLeft(ts, s - 1, floor);
    if (!left || (floor > 0 && left.s === floor && !floorOpen)) break;
    const split = isPrep(ts[left.s - 1]) ? phraseBreak(ts, left.s, left.e) : -1; // "During the 1730s | Britain's relationship with Spain"
    if (split > 0) return { s: split, e: np.e };
    // The subject starts at a clause opening: the sentence start, punctuation, "that" or a subordinator ("after a rocket attack on X killed").
    // (so ", and" before it: "called the attack a coup, and Washington and Moscow denounced it")
    const opens =
      left.s === 0 ||
      stopAfter(ts[left.s - 1]) ||
      ts[left.s - 1]!.norm === 'that' ||
      LEX.subordinators.has(ts[left.s - 1]!.norm) ||
      afterCommaAnd(ts, left.s);
    // "Instability in Iraq and underlying fears about | terrorism have played a part": a phrase's own
    // attachment; the conjunct it hangs on goes on to the clause opening (or stays the subject).
    // (A common noun after "and" or "or" that joins a phrase: not "Dom In Da Bungalow", "them".)
    const conjunct =
      isPrep(link) &&
      /^(?:and|or)$/.test(ts[left.s - 1]?.norm ?? '') &&
      left.s > 1 &&
      !stopAfter(ts[left.s - 2]) &&
      /^\p{Ll}/u.test(ts[left.e - 1]!.text) &&
      !has(ts[np.s], 'Pronoun');
    // "conflict between himself and | Tony Blair was harming": "between" takes both conjuncts.
    const paired = link.norm === 'and' && /^(?:between|among|amongst)$/.test(ts[left.s - 1]?.norm ?? '');
    // "a half-hourly service from Tweedbank | to Edinburgh could cover": "from X to Y" is one
    // attachment; it goes on back, kept only if it reaches a clause opening.
    const chained = link.norm === 'to' && ts[left.s - 1]?.norm === 'from';
    if (opens || conjunct || paired || (floorOpen && left.s === floor)) committed = left.s;
    else if (!chained) break;
    s = left.s;
  }
  return { s: committed, e: np.e };
}

/**
 * The name before a list's comma at `s` ("Britain, | France, Gavi and ..."), when it opens the
 * sentence or follows another comma; 'object' when it starts right after an earlier verb (and
 * the list is that verb's); null otherwise ("In 2004, X and Y": no list).
 */
function listItem(ts: readonly Token[], s: number, floor: number, floorOpen: boolean): Span | 'object' | null {
  const comma = ts[s - 1];
  if (!comma || !/^,\s*$/.test(comma.post) || s - 1 < floor) return null;
  const left = npLeft(ts, s, floor);
  if (!left || left.e !== s || !isCap(ts[left.e - 1]) || has(ts[left.e - 1], 'Date') || has(ts[left.e - 1], 'Value')) return null;
  if (floor > 0 && left.s === floor) return floorOpen ? left : 'object';
  // (or after ", and": "called the attack a coup, and Washington, Moscow, London and other capitals denounced it")
  return left.s === 0 || /^,\s*$/.test(ts[left.s - 1]!.post) || afterCommaAnd(ts, left.s) ? left : null;
}

/** Whether the phrase at `s` follows ", and" (", but"): a new clause's opening. */
const afterCommaAnd = (ts: readonly Token[], s: number): boolean => isConj(ts[s - 1]) && /,/.test(ts[s - 2]?.post ?? '');

/** A role, not a name: lowercase start, or a name's possessive before a lowercase head ("Monsanto's director"). */
export function roleLike(ts: readonly Token[], sp: Span): boolean {
  // "The Kyrgyz Republic" is a name, "the US technology consultancy" a role: the head word tells.
  if (ts[sp.s]?.norm === 'the' && sp.s + 1 < sp.e && isCap(ts[sp.s + 1])) {
    let h = sp.s + 1;
    while (h + 1 < sp.e && !isPrep(ts[h + 1]) && !stopAfter(ts[h])) h++;
    return !isCap(ts[h]);
  }
  if (!isCap(ts[sp.s])) return true;
  // "Richard Mawrey, QC told": an honour's letters after a name.
  if (sp.e - sp.s === 1 && /^\p{Lu}+$/u.test(ts[sp.s]!.text) && LEX.postNominals.has(ts[sp.s]!.norm)) return true;
  // "Deputy State Secretary of the State Chancellory", "MP for Henley": a title word heading an "of"/"for" phrase.
  const w = ts[sp.s]!.norm.replace(/\.$/, '');
  if ((LEX.titles.has(w) || LEX.personRoles.has(w)) && ts.slice(sp.s + 1, sp.e).some((t) => /^(?:of|for)$/.test(t.norm))) return true;
  // "Sir Digby Jones, CBI director general, warned": a name's lower-case title after it.
  const title = (t: Token | undefined): boolean => !!t && (LEX.titles.has(t.norm) || LEX.personRoles.has(t.norm));
  if (sp.e - sp.s > 1 && !isCap(ts[sp.e - 1]) && ts.slice(sp.s + 1, sp.e).some(title)) return true;
  // "Dr Richard Lewis, Welsh secretary of the British Medical Association": a capitalised modifier
  // before a lower-case title.
  // (the title ends the phrase or opens its "of" phrase: not "Veteran star Ossie Davis")
  const joined = ts[sp.s]!.post === ' ';
  if (joined && title(ts[sp.s + 1]) && !isCap(ts[sp.s + 1]) && (sp.s + 2 === sp.e || isPrep(ts[sp.s + 2]))) return true;
  for (let k = sp.s; k + 1 < sp.e; k++)
    if (has(ts[k], 'Possessive')) return (!isCap(ts[k + 1]) && has(ts[k + 1], 'Noun')) || has(ts[k + 1], 'Adjective');
  return false;
}

/**
 * "offered China wide-ranging access", "hand Gavin Henson responsibility", "give Labour more money":
 * right after an active verb of giving, a name run on by a lowercase phrase is two objects, the
 * name the recipient. Where the name ends, or -1 (a role word before a name goes on: "offered
 * Chelsea boss Jose Mourinho"; a passive has no recipient after it: "Keanu Reeves given Hollywood star").
 */
export function recipientEnd(ts: readonly Token[], start: number): number {
  const v = ts[start - 1];
  if (!v || !has(v, 'Verb') || !RECEIVING.has(v.root) || breakAfter(v)) return -1;
  const aux = (k: number) => ts[k]?.norm ?? '';
  const before = has(ts[start - 2], 'Adverb') ? aux(start - 3) : aux(start - 2);
  if (/^(?:is|are|was|were|be|been|being|gets?|got|getting)$/.test(before) && !has(v, 'Gerund')) return -1; // ("was given", not "is offering")
  if (/n$/.test(v.norm) && !/^(?:has|have|had|having)$/.test(before)) return -1;
  const role = (t: Token | undefined) => !!t && (LEX.titles.has(t.norm) || LEX.personRoles.has(t.norm) || has(t, 'Actor'));
  const name = (t: Token | undefined) =>
    isCap(t) && (has(t, 'ProperNoun') || has(t, 'Acronym')) && !hasAny(t, 'Possessive', 'Adjective', 'Demonym');
  const between = (k: number) => k > start && /^\p{Ll}/u.test(ts[k]!.text) && has(ts[k], 'Noun') && name(ts[k + 1]);
  // ("offering customers | free internet telephone calls": a bare plural of people, then the thing given)
  const people = ts[start];
  const after = ts[start + 1];
  if (people && after && /^\p{Ll}/u.test(people.text) && has(people, 'Plural') && has(people, 'Actor') && !breakAfter(people))
    return /^\p{Ll}/u.test(after.text) && hasAny(after, 'Adjective', 'Noun', 'Value') && !hasAny(after, 'Pronoun', 'Verb') ? start + 1 : -1;
  let e = start;
  // (through a noun between names: "give US tycoon Malcolm Glazer | access to its books")
  while (name(ts[e]) || between(e)) if (breakAfter(ts[e++])) return -1;
  const next = ts[e];
  if (e === start || !next || !/^\p{Ll}/u.test(next.text) || role(next)) return -1;
  return hasAny(next, 'Determiner', 'Adjective', 'Noun', 'Value') ? e : -1;
}

/**
 * "told BBC News schools had been warned", "told BBC News US policy condemns", "told BBC Scotland
 * he would": right after an active verb of telling, a name run on by the subject of a tensed verb
 * (a pronoun, a common noun, or a place or a name the gazetteer knows) is the addressee. Where
 * the name ends, or -1.
 */
export function addresseeEnd(ts: readonly Token[], start: number): number {
  const v = ts[start - 1];
  if (!v || !has(v, 'Verb') || !ADDRESSEE_VERBS.has(v.root) || breakAfter(v) || has(ts[start - 2], 'Copula')) return -1;
  if (!has(ts[start], 'ProperNoun')) return -1;
  const named = (t: Token | undefined): boolean => (isCap(t) || has(t, 'Value')) && !has(t, 'Possessive') && !breakAfter(t);
  let f = start;
  while (f < ts.length && named(ts[f])) f++;
  if (f === start || breakAfter(ts[f - 1]) || !ts[f]) return -1;
  // The subject starts at a pronoun or the first lowercase word, or at the last word of the name
  // that opens a phrase of its own ("BBC News | US policy", "BBC Scotland | Labour").
  let k = f;
  if (!has(ts[f], 'Pronoun')) for (let j = f - 1; j > start && k === f; j--) if (opensOwnPhrase(ts, j)) k = j;
  // (a lowercase word goes on the name unless the name is a known organisation's: "told BBC News
  // | schools had", not "warned Asian states could")
  const known = (): boolean => gazetteerType(spanText(ts, start, f)) === 'Organization';
  const lower = /^\p{Ll}/u.test(ts[f]!.text) && has(ts[f], 'Noun') && !has(ts[f], 'Possessive');
  if (k === f && !has(ts[f], 'Pronoun') && !(lower && known())) return -1;
  let m = k + 1;
  while (m < ts.length && has(ts[m], 'Noun') && !hasAny(ts[m], 'Pronoun', 'Determiner') && !breakAfter(ts[m - 1])) m++;
  return m < ts.length && !breakAfter(ts[m - 1]) && tensed(ts[m]) ? k : -1;
}

/**
 * A capitalised word at `k` that opens a phrase of its own after a name: a place, a country or a
 * name the gazetteer knows, not one that ends a known name with the word before it ("New York").
 */
function opensOwnPhrase(ts: readonly Token[], k: number): boolean {
  const t = ts[k]!;
  if (!isCap(t) || !(hasAny(t, 'Country', 'Place') || gazetteerType(t.text) !== null)) return false;
  return gazetteerType(`${ts[k - 1]!.text} ${t.text}`) === null;
}

/**
 * "give Gazprom control of 8%", "giving United the chance to make up ground": the first of two
 * objects of a verb of giving: a name, an object pronoun or a bare plural, then the thing given
 * (opened by a determiner, a degree word or a lowercase noun). Null for one object.
 */
export function recipient(ts: readonly Token[], c: Clause): Span | null {
  const obj = c.obj;
  if (!obj || !RECEIVING.has(c.vg.lemma)) return null;
  // (split already by the clause reader when the thing given has its determiner: "granted Yukos an injunction")
  const to = c.pps.find((p) => p.prep === 'to' && p.np.e <= obj.s && p.np.s >= c.vg.e);
  if (to) return to.np;
  if (obj.e - obj.s < 2) return null;
  const first = ts[obj.s]!;
  let e = obj.s + 1;
  if (isCap(first) && !has(first, 'Determiner')) while (e < obj.e && isCap(ts[e]) && !has(ts[e - 1], 'Possessive')) e++;
  else if (!(has(first, 'Pronoun') && !has(first, 'Possessive')) && !(has(first, 'Plural') && !has(first, 'Adjective'))) return null;
  if (e >= obj.e || has(ts[e - 1], 'Possessive') || isPrep(ts[e])) return null;
  const next = ts[e]!;
  const opens = has(next, 'Determiner') || /^(?:more|greater|full|less|new|extra)$/.test(next.norm) || (has(next, 'Noun') && !isCap(next));
  return opens ? { s: obj.s, e } : null;
}

/**
 * The noun before the "of" phrase that ends at token `k` ("refusal | of Iran-backed militias",
 * "the possibility | of a State contribution to"), if any: back over the phrase's own words.
 */
export function nounBeforeOf(ts: readonly Token[], k: number): string | undefined {
  for (let j = k; j > k - 6 && j > 0; j--) {
    const t = ts[j]!;
    if (t.norm === 'of') return ts[j - 1]!.norm;
    if (breakAfter(t) || (has(t, 'Verb') && !hasAny(t, 'Adjective', 'Noun')) || isPrep(t)) return undefined;
  }
  return undefined;
}
