/**
 * Mentions (ingest/extract/mentions.ts): what one piece of a chunk is (classify): an age that
 * stands for a person ("the 64-year-old"), a pronoun, a proper name (titles.ts), a group, an
 * event, an organisation noun ("the Iraqi government"), a role description ("the prime
 * minister"), or a thing headed by a common noun, with the names inside it (modifiers.ts) and the
 * determiner's reference.
 */
import { lexiconTags, type Token } from '../../parse.js';
import { isFaith } from '../../resolve/groups.js';
import type { EntityType } from '../../types.js';
import { ORG_NOUNS, ORG_NOUNS_QUALIFIED } from '../entity-data.js';
import { LEX } from '../lexicon.js';
import { type Found, nameMention, type Reference } from '../names.js';
import { gluedParticle, isParticle, numberedEnd, sentenceBreak } from '../spans.js';
import { orgKind, THINGS, thingSpan } from '../things.js';
import { breakAfter, glued, has, hyphenLead, isBe, isConj } from '../tokens.js';
import { gazetteerType, W } from '../typing.js';
import { andLink, nameLink } from './links.js';
import { agentModifiers, hyphenNames } from './modifiers.js';
import { isProper } from './proper.js';
import { capWord, PROPER_TAGS, spanText } from './shared.js';
import { innerTitle, namesAt } from './titles.js';

const SKIP_LEAD = ['Determiner', 'Value', 'Possessive', 'Pronoun'];
const NO_REFERENT = new Set(['no', 'any', 'every', 'each', 'neither']);
const ONE_OF_KIND = new Set(['a', 'an', 'another', 'one']);

/**
 * The reference of a group noun phrase [s, b) by the determiner before it, in the chunk or just
 * before it ("No" is no determiner to compromise): see Reference.
 */
function reference(ts: readonly Token[], a: number, s: number, b: number): Reference | undefined {
  // "creatures created by other Spore players": others than those named; a group of its own.
  if (ts.slice(Math.max(0, a - 1), b - 1).some((t) => t.norm === 'other' && !breakAfter(t))) return 'member';
  const lead = [...ts.slice(Math.max(0, a - 1), s)]
    .reverse()
    .find((t) => has(t, 'Determiner') || NO_REFERENT.has(t.norm) || t.norm === 'one');
  if (!lead || breakAfter(lead)) return undefined;
  if (NO_REFERENT.has(lead.norm)) return 'none';
  return ONE_OF_KIND.has(lead.norm) && !has(ts[b - 1], 'Plural') ? 'member' : undefined;
}

/** Company nouns that, with "the", stand for one company named before ("the firm", not "the network"). */
const PLAIN_COMPANY: ReadonlySet<string> = new Set(['firm', 'company', 'club', 'bank']);

/** "the 64-year-old": a person the article has named, found as "he" or "she" is (coref/pronouns.ts). */
export const AGE_DESCRIPTION = /^the\s+\d+[-‐]years?[-‐]old$/i;

export function classify(ts: readonly Token[], a: number, b: number, out: Found[]): void {
  const last = ts[b - 1]!;
  if (last.norm.endsWith('old') && ts[a]!.norm === 'the' && AGE_DESCRIPTION.test(spanText(ts, a, b))) {
    out.push({ s: a, e: b, kind: 'pronoun', type: 'Person' });
    return;
  }
  if (b - a === 1 && has(last, 'Pronoun')) {
    const w = last.norm;
    const type: EntityType | null =
      LEX.pronounPerson.has(w) || LEX.pronounSpeaker.has(w)
        ? 'Person'
        : LEX.pronounPlural.has(w)
          ? 'Group'
          : LEX.pronounThing.has(w)
            ? 'Organization'
            : null;
    if (type) out.push({ s: a, e: b, kind: 'pronoun', type });
    return;
  }
  // Inside a name: a particle ("bin", "al-"), a linking preposition (nameLink) and its "the".
  const link = (i: number): boolean => {
    if (i <= a) return false;
    if (ts[i]!.norm === 'the') return nameLink(ts, i - 1) === i + 1;
    if (ts[i]!.text === '&') return andLink(ts, a, i) > 0;
    if (isConj(ts[i])) return capWord(ts[i - 1]) && andLink(ts, a, i) > 0; // "Industrial and Commercial Bank"
    if (!isProper(ts, i - 1)) return false;
    if (isParticle(ts[i])) return isProper(ts, i + 1) || gluedParticle(ts[i + 1]);
    return nameLink(ts, i) > 0;
  };
  const start = (e: number): number => {
    let k = e;
    while (
      k > a &&
      (k === e || !sentenceBreak(ts[k - 1])) &&
      (isProper(ts, k - 1) ||
        link(k - 1) ||
        (gluedParticle(ts[k - 1]) && isProper(ts, k)) ||
        ts[k]?.text === '&' ||
        (isConj(ts[k]) && link(k)))
    )
      k--;
    while (k < e && isParticle(ts[k]) && !gluedParticle(ts[k])) k++;
    // A sentence-initial title compromise does not tag as a name ("Lord Falconer told ...").
    // So its first word, when that word and the title after it make a longer one ("Home Secretary", "Deputy Prime Minister").
    const titled = (i: number): boolean => {
      const w = ts[i]!.norm.replace(/\.$/, '');
      const longer = [`${w} ${ts[i + 1]?.norm}`, `${w} ${ts[i + 1]?.norm} ${ts[i + 2]?.norm}`];
      return (
        LEX.titles.has(w) || longer.some((x) => LEX.titles.has(x)) || (LEX.roleModifiers.has(w) && LEX.titles.has(ts[i + 1]?.norm ?? ''))
      );
    };
    while (k > a && k < e && /^\p{Lu}/u.test(ts[k - 1]!.text) && titled(k - 1)) k--;
    return k;
  };
  const numbered = numberedEnd(ts, a, b);
  const k = numbered ? Math.min(start(b - 1), b - 2) : start(b);
  if (k < b && (numbered || isProper(ts, b - 1))) {
    // "Mexican in US send $16bn home", "South Koreans are defaulting": a nationality as the head is its people.
    const single = b - k === 1 ? nameMention(ts, k, b) : null;
    if (single?.place) {
      out.push(has(ts[b - 1], 'Plural') ? { s: k, e: b, kind: 'group', type: 'Group' } : { ...single, kind: 'drop' });
      return;
    }
    // ("the Tehran-backed militia Kataib Hezbollah": the backer before the description is one too)
    hyphenNames(ts, a, k, out);
    namesAt(ts, a, k, b, out);
    return;
  }
  let s = a;
  // Determiners, and words that only precede a phrase ("once an attack", "condemning the attack").
  while (
    s < b - 1 &&
    ((SKIP_LEAD.some((g) => has(ts[s], g)) && !hyphenLead(ts[s]!)) ||
      ((has(ts[s], 'Adverb') || has(ts[s], 'Gerund') || has(ts[s], 'Conjunction')) && !has(ts[s], 'Adjective') && !glued(ts[s]!)))
  )
    s++;
  hyphenNames(ts, s, b, out);
  agentModifiers(ts, s, b, out);
  const head = last.norm.replace(/['’]s?$/u, '');
  const two = b - 2 >= s ? `${ts[b - 2]!.norm} ${head}` : '';
  // "a lawsuit against two men": counted people are a group of the article (the number stays in the name).
  const counted = s > a && b - s === 1 && LEX.countedPeople.has(head) && has(ts[s - 1], 'Cardinal');
  const ref = reference(ts, a, s, b);
  const refer = ref ? { reference: ref } : {};
  if (counted) out.push({ s: s - 1, e: b, kind: 'group', type: 'Group' });
  else if (LEX.groupHeads.has(head) || LEX.groupHeads.has(two)) out.push({ s, e: b, kind: 'group', type: 'Group', ...refer });
  // (not an adjective after "be": "may have been offensive")
  else if (LEX.eventHeads.has(head) && !(has(last, 'Adjective') && isBe(ts[s - 1]))) out.push({ s, e: b, kind: 'event', type: 'Event' });
  else if ((ORG_NOUNS.has(head) || ORG_NOUNS_QUALIFIED.has(head)) && orgNounPhrase(ts, s, b, ORG_NOUNS.has(head)))
    out.push({ s, e: b, kind: 'group', type: 'Organization', ...refer });
  else {
    const role =
      a < s && ts[a]!.norm === 'the' ? (LEX.titles.has(two) || LEX.personRoles.has(two) ? two : LEX.personRoles.has(head) ? head : '') : '';
    if (role) {
      const r = b - role.split(' ').length;
      // "the former WorldCom boss", "the Wales captain": the organisation or place before the role is
      // a mention of its own (not a name read as a person's: "the 1998 French Open champion").
      const n = Math.max(s, start(r));
      const named = n < r && !has(ts[r - 1], 'Possessive') ? nameMention(ts, n, r) : null;
      if (named && named.type !== 'Person') out.push(named);
      out.push({ s: r, e: b, kind: 'description', type: 'Person', role });
      return;
    }
    // A name used as a modifier: "the Arab Gulf States Institute think tank", "the Asaib Ahl al-Haq party".
    let e = b - 1;
    while (e > s && !isProper(ts, e - 1)) e--;
    const st = Math.max(s, start(e));
    // "Roman Catholic organisations": a faith word before a plural noun qualifies the noun; the phrase is a group.
    if (st < e && e < b && isFaith(ts[e - 1]!.text) && has(last, 'Plural')) {
      out.push({ s, e: b, kind: 'group', type: 'Group', ...refer });
      return;
    }
    let named: Found | null = null;
    if (st < e && innerTitle(ts, st, e).n) {
      namesAt(ts, a, st, e, out);
      return;
    } // "Iraqi Prime Minister X the previous week"
    // (not the one capitalised part of a hyphenated common noun: "Blu-ray", "X-ray" are no name and
    // its modifier; "Chung Mong-koo" is a name)
    const compound =
      st === e - 1 &&
      e < b &&
      /^[-‐‑]$/.test(ts[st]!.post) &&
      /^\p{Ll}/u.test(ts[e]!.text) &&
      lexiconTags(ts[e]!.norm).some((g) => g === 'Noun' || g === 'Singular');
    if (st < e && !compound && (e - st >= 2 || PROPER_TAGS.some((g) => has(ts[st], g)))) {
      const f = nameMention(ts, st, e);
      named = f;
      // "the Bush administration", "the Kremlin regime": the person's or place's institution.
      if (
        (ORG_NOUNS.has(head) || ORG_NOUNS_QUALIFIED.has(head)) &&
        b - e === 1 &&
        f.kind === 'name' &&
        (f.type === 'Person' || f.type === 'Place' || (f.weight ?? 0) < W.head)
      ) {
        // ("A Tory government would ...": one government of the kind, as "a new government" is)
        out.push({ s: st, e: b, kind: 'group', type: 'Organization', ...refer });
        return;
      }
      out.push(f);
      if (f.kind === 'name' && !f.place && (LEX.orgHeads.has(head) || LEX.groupHeads.has(head)) && (f.weight ?? 0) < W.head)
        Object.assign(f, { type: 'Organization', weight: W.context });
    }
    // The phrase itself, headed by a common noun: "US company", "letter bombs" (never the modifier alone).
    const referent =
      named && named.kind === 'name' && !named.place && named.type !== 'Place' && e === b - 1 && THINGS.classifiers.has(head);
    const thing = referent ? null : thingSpan(ts, a, s, b);
    // "the firm", "the company": a definite organisation noun may name one met before (coref/organisations.ts).
    // ("19.9% of the firm", "The company, which ...": the phrase may keep its "the" for a plain company noun)
    const bare = thing && (thing.e - thing.s === 1 || (thing.e - thing.s === 2 && ts[thing.s]!.norm === 'the' && PLAIN_COMPANY.has(head)));
    // ("Labour chairman Ian McCartney said his party was": a possessor's party is the party in reach)
    const owned = /^(?:his|her|their)$/.test(ts[a]?.norm ?? '') && head === 'party';
    // ("the Italian firm", "the Florida company": one with a place before it, see placedCompany)
    const placed =
      thing && thing.e - thing.s === 2 && placeWord(ts[thing.s]!) && ts[thing.s - 1]?.norm === 'the' && orgKind(head) === 'company';
    const definite = (ts[a]?.norm === 'the' || owned) && (bare || placed) && THINGS.companies.has(head);
    if (thing) out.push({ ...thing, kind: 'thing', ...(definite ? { role: head } : {}) });
  }
}

/** A place, nationality or two- or three-letter country word ("Iraqi", "Florida", "US"). */
const placeWord = (t: Token): boolean =>
  has(t, 'Place') ||
  has(t, 'Country') ||
  has(t, 'City') ||
  has(t, 'Demonym') ||
  /^[A-Z]{2,3}$/.test(t.text) ||
  gazetteerType(t.text) === 'Place';

/**
 * "the Iraqi government", "Iran's foreign ministry", "the US bankruptcy court": a lowercase
 * organisation noun with only common words, places and demonyms before it (not "the Asaib Ahl
 * al-Haq party", whose name is the mention); some nouns need a place before them (`bare`).
 */
function orgNounPhrase(ts: readonly Token[], s: number, b: number, bare: boolean): boolean {
  if (!/^\p{Ll}/u.test(ts[b - 1]!.text)) return false;
  let placed = false;
  for (let i = s; i < b - 1; i++) {
    const t = ts[i]!;
    const place = placeWord(t);
    if (/^\p{Lu}/u.test(t.text) && !place && !(i === s && !isProper(ts, i))) return false;
    placed ||= place;
  }
  return bare || placed;
}
