/**
 * Coreference (ingest/extract/coref.ts): salience, what the article tells of each mention that the
 * resolvers weigh: a person's gender (a title, a first name compromise knows, "woman", "man"),
 * whether a mention heads a clause's subject or speaks, stands in quotes or modifies a noun. Read
 * off the tokens and the clause analyses once per article (salience), and handed to the resolvers
 * as the Salience interface, so that they stay pure functions of the mentions.
 */
import type { Token } from '../../parse.js';
import type { Mention, Mentioned } from '../../types.js';
import { headEnd } from '../args.js';
import type { Clause, Span } from '../clauses.js';
import { LEX } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { breakAfter, has, quoteMask } from '../tokens.js';
import { key, surname } from './shared.js';

export type Gender = 'male' | 'female' | null;
/** Person nouns that say a gender ("One Iraqi woman told Ms Alexander ... as she watched"). */
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'widow']);
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'grandfather', 'widower']);
const MALE_TITLES = /^(?:mr|lord|sir|king|prince|father|brother|president-elect)\b/i;
const FEMALE_TITLES = /^(?:mrs|ms|miss|lady|baroness|dame|queen|princess|sister)\b/i;

/** What the article tells of each person's gender: a title ("Mr", "Baroness") or a first name compromise knows. */
export interface Salience {
  gender(i: number): Gender;
  /** Whether mention i heads the subject of a clause (`main`: of a clause no other governs). */
  subject(i: number, main?: boolean): boolean;
  /** Whether mention i heads the noun a gerund right after it describes ("featuring Black Watch soldiers | fighting the war"). */
  gerundNoun?(i: number): boolean;
  /** Whether mention i's head is a plural noun. */
  plural?(i: number): boolean;
  /** The subject (with its apposition) of the clause whose object is mention i, as a token span of its sentence. */
  ownSubject?(i: number): { s: number; e: number } | undefined;
  /** Token index of the relative pronoun right before mention i ("AAC, which it says"), if any. */
  relativeBefore?(i: number): number | undefined;
  /** Whether mention i stands inside double quotes. */
  quoted?(i: number): boolean;
  /** Whether mention i is the speaker of a reporting clause after a comma ("..., he claimed"). */
  afterReport?(i: number): boolean;
  /** Whether mention i is the subject of a verb of saying. */
  speaks?(i: number): boolean;
  /** Whether mention i is the subject of a verb of saying after a clause and a comma ("..., the Financial Times reported"). */
  citedAfter?(i: number): boolean;
  /** Whether mention i owns the subject of a clause ("Mrs Blair's remarks are said"). */
  ownsSubject?(i: number): boolean;
  /** The mention whose claim opens right before mention i ("Syria's denials that | it"), if any. */
  claimant?(i: number): number | undefined;
  /** The gender an unnamed plain person noun (mention i) gives ("One Iraqi woman": female; "a person": null), or undefined when it is none. */
  person?(i: number): Gender | undefined;
  /** Whether mention i is an unnamed person's role ("the prime minister", "a spokesman"), singular. */
  role?(i: number): boolean;
  /** Whether mention i only modifies the common noun right after it ("the Berlin blockade") or locates ("Few in Westminster"). */
  modifies?(i: number): boolean;
}

/**
 * Whether a mention heads a phrase it ends: not an attachment to an owned noun ("The Conservative
 * Party's hostility to Europe", "Agassi's involvement in the Australian Open"), where the owner is
 * what the phrase is about ("the benefit of UWB" is about UWB).
 */
function headsPhrase(ts: readonly Token[], sp: { s: number; e: number }, m: MentionInfo): boolean {
  if (m.e !== sp.e) return false;
  const h = headEnd(ts, sp);
  return m.s < h || !ts.slice(sp.s, h).some((t) => has(t, 'Possessive') && !has(t, 'Pronoun'));
}

/** Gender and subjecthood of mentions, read off titles, first-name tags and the clause analyses. */
export function salience(c: Mentioned, ms: readonly Mention[], info: readonly MentionInfo[]): Salience {
  const genders = new Map<string, Gender>();
  ms.forEach((m, i) => {
    const t = c.tokens?.at(m.sentence)?.[info[i]!.s];
    const g: Gender =
      MALE_TITLES.test(m.text) || t?.tags.has('MaleName')
        ? 'male'
        : FEMALE_TITLES.test(m.text) || t?.tags.has('FemaleName')
          ? 'female'
          : null;
    if (g && info[i]!.kind === 'name') genders.set(key(m), genders.has(key(m)) && genders.get(key(m)) !== g ? null : g);
  });
  // A surname shares the gender of the full name it ends ("Mr Sullivan" ~ "Scott Sullivan").
  const bySurname = new Map<string, Gender>();
  for (const [k, g] of genders) bySurname.set(k.split(' ').at(-1)!, g);
  const masks = new Map<number, boolean[]>();
  /** The clauses of saying whose subject mention i heads. */
  const sayings = (i: number): Clause[] => {
    const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
    const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
    return clauses.filter((cl) => !!cl.subj && headsPhrase(ts, cl.subj, info[i]!) && LEX.reporting.has(cl.vg.lemma));
  };
  return {
    gender: (i) => genders.get(key(ms[i]!)) ?? bySurname.get(surname(ms[i]!)) ?? null,
    subject: (i, main = false) => {
      const an = c.analyses?.at(ms[i]!.sentence);
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      return !!an?.clauses.some(
        (cl) =>
          cl.subj &&
          headsPhrase(ts, cl.subj, info[i]!) &&
          cl.subj.s <= info[i]!.s &&
          cl.subj.s < cl.vg.s &&
          (!main || (cl.parent < 0 && !cl.subord && !cl.rules.includes('rel-subj'))),
      );
    },
    gerundNoun: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      // (a verb's object: not "with Maria Hutchings marching up to him ... as she tried")
      const object = (sp: Span): boolean => clauses.some((x) => x.obj && x.obj.s <= sp.s && sp.e <= x.obj.e);
      return clauses.some(
        (cl) =>
          cl.subj &&
          cl.rules.includes('reduced-rel') &&
          has(ts[cl.vg.head], 'Gerund') &&
          headsPhrase(ts, cl.subj, info[i]!) &&
          object(cl.subj),
      );
    },
    plural: (i) => !!c.tokens?.at(ms[i]!.sentence)?.[info[i]!.e - 1]?.tags.has('Plural'),
    quoted: (i) => {
      const si = ms[i]!.sentence;
      if (!masks.has(si)) masks.set(si, quoteMask(c.tokens?.at(si) ?? []));
      return masks.get(si)![info[i]!.s] ?? false;
    },
    relativeBefore: (i) => {
      const k = info[i]!.s - 1;
      return LEX.relativePronouns.has(c.tokens?.at(ms[i]!.sentence)?.[k]?.norm ?? '') ? k : undefined;
    },
    afterReport: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const p = info[i]!;
      const verb = ts[p.e];
      return /,\s*$/.test(ts[p.s - 1]?.post ?? '') && !!verb && LEX.reporting.has(verb.root || verb.norm) && p.e - p.s === 1;
    },
    speaks: (i) => sayings(i).length > 0,
    citedAfter: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      const after = (cl: Clause): boolean => cl.vg.s >= info[i]!.e && /,\s*$/.test(ts[cl.subj!.s - 1]?.post ?? '');
      return sayings(i).some((cl) => after(cl) && clauses.some((x) => x.vg.e < cl.subj!.s));
    },
    ownsSubject: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const p = info[i]!;
      if (!has(ts[p.e - 1], 'Possessive') || has(ts[p.e - 1], 'Pronoun')) return false;
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      return clauses.some((cl) => cl.subj && cl.subj.s === p.s && cl.subj.s < cl.vg.s && headEnd(ts, cl.subj) > p.e);
    },
    claimant: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const k = info[i]!.s;
      const here = (e: number): number => ms.findIndex((m, j) => m.sentence === ms[i]!.sentence && info[j]!.e === e);
      // "al-Kadhimi announced that he had survived", "Mr Howard said he would": the reporter, when right before
      const v = ts[k - 1]?.norm === 'that' ? k - 1 : k;
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      // (a tensed verb with a subject of its own: not "the SEC, which said it had made errors", nor "saying it can")
      const report = clauses.find(
        (cl) =>
          cl.vg.e === v &&
          cl.subj &&
          cl.subj.e <= cl.vg.s &&
          LEX.reporting.has(cl.vg.lemma) &&
          !cl.rules.includes('rel-subj') &&
          !has(ts[cl.vg.s], 'Gerund'),
      );
      const reporter = report ? here(headEnd(ts, report.subj!)) : -1;
      if (reporter >= 0) return reporter;
      if (ts[k - 1]?.norm !== 'that' || !LEX.reportingNouns.has(ts[k - 2]?.norm ?? '')) return undefined;
      const owner = ms.findIndex((m, j) => m.sentence === ms[i]!.sentence && info[j]!.e === k - 2 && has(ts[k - 3], 'Possessive'));
      return owner < 0 ? undefined : owner;
    },
    person: (i) => {
      const head = c.tokens?.at(ms[i]!.sentence)?.[info[i]!.e - 1];
      if (!head || info[i]!.kind === 'name' || has(head, 'Plural') || has(head, 'Pronoun')) return undefined;
      const w = head.norm;
      if (FEMALE_NOUNS.has(w)) return 'female';
      if (MALE_NOUNS.has(w)) return 'male';
      // (not a role: "The singer ... as he kept", "the chancellor announced that he" are the named one)
      return LEX.plainPeople.has(w) ? null : undefined;
    },
    role: (i) => {
      const head = c.tokens?.at(ms[i]!.sentence)?.[info[i]!.e - 1];
      return !!head && info[i]!.kind !== 'name' && !has(head, 'Plural') && LEX.personRoles.has(head.norm);
    },
    modifies: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const next = ts[info[i]!.e];
      const last = ts[info[i]!.e - 1];
      if (/^(?:in|at|across|throughout)$/.test(ts[info[i]!.s - 1]?.norm ?? '')) return true;
      return has(next, 'Noun') && !has(next, 'ProperNoun') && !has(next, 'Pronoun') && !has(last, 'Possessive') && !breakAfter(last);
    },
    ownSubject: (i) => {
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      const p = info[i]!;
      const cl = clauses.find((x) => x.obj && x.subj && x.subj.s < x.vg.s && x.obj.s <= p.s && p.e <= x.obj.e);
      if (!cl?.subj) return undefined;
      // Up to the first verb after the subject: the subject and an apposition, not a first clause's object.
      const stop = clauses.reduce((m, x) => (x.vg.s > cl.subj!.s && x.vg.s < m ? x.vg.s : m), Number.POSITIVE_INFINITY);
      return { s: cl.subj.s, e: stop };
    },
  };
}
