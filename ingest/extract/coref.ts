/**
 * Stage: pronoun and description mentions → `corefOf` (index of the antecedent mention) when
 * exactly one compatible entity is in reach; otherwise left unresolved (relations then drop them).
 * A group noun in apposition with a name ("another group, Katib Hezbollah,") is that name.
 *
 * This file is the stage's entry point and sets the order of its steps: coref reads the article's
 * salience, then takes each mention in turn (a name's tail or apposition, a descriptor, then the
 * resolver of its kind), then the headline's kind words and titles, and finally drops what is left
 * unresolved but for the descriptions that speak. The resolvers are in ./coref/, one module per
 * construction, so that each reads in one sitting:
 * - coref/pronouns.ts: he, she, it, they → a name (resolvePronoun);
 * - coref/it.ts: an "it" that stands for no name: an extraposed clause, an event;
 * - coref/descriptions.ts: a person's role ("the prime minister", resolveDescription), and the
 *   descriptions that speak, kept as unnamed speakers;
 * - coref/organisations.ts: "the firm", "the newspaper" → an organisation (resolveOrganisation);
 * - coref/appositions.ts: a noun with a name right beside it ("Rosneft, the company that",
 *   "a tool called EdgeScape");
 * - coref/repeats.ts: a definite phrase that repeats an earlier one or a name's last words;
 * - coref/headlines.ts: a headline's kind word or title → the name the lead gives;
 * - coref/owners.ts: a noun owned by "its", "his", "her" → named with its owner;
 * - coref/salience.ts: gender and subjecthood of mentions (Salience), read off the clause analyses;
 * - coref/shared.ts: the name keys and the reach several of them read.
 * Every name this file exported is still exported here. No module under coref/ imports this file:
 * no import cycle. (The comments in ingest/data/*.json say "coref.ts" for the whole stage.)
 */
import type { Corefed, Mention, Mentioned } from '../types.js';
import { apposedName, apposedThing, named, resolveApposition, resolveNamed } from './coref/appositions.js';
import { resolveDescription, speaks } from './coref/descriptions.js';
import { headlineOrganisations, headlinePersons } from './coref/headlines.js';
import { describedAs, eventAntecedent, expletive } from './coref/it.js';
import {
  definiteCompany,
  type OrgCounts,
  placedCompany,
  resolveOrganisation,
  resolvePlacedCompany,
  speakersParty,
  TOPIC_LIMIT,
} from './coref/organisations.js';
import { pronounOwners } from './coref/owners.js';
import { resolvePronoun } from './coref/pronouns.js';
import { resolveDefinite, resolveNameTail } from './coref/repeats.js';
import { salience } from './coref/salience.js';
import { key } from './coref/shared.js';
import { appositiveHead, classifierOf, DESCRIPTOR_WINDOW, nameHeadOf, pointingHead } from './descriptor.js';
import { LEX } from './lexicon.js';
import type { MentionInfo } from './names.js';

export { resolveApposition, resolveNamed } from './coref/appositions.js';
export { resolveDescription } from './coref/descriptions.js';
export type { OrgCounts } from './coref/organisations.js';
export { resolveOrganisation } from './coref/organisations.js';
export { resolvePronoun } from './coref/pronouns.js';
export { resolveDefinite, resolveNameTail } from './coref/repeats.js';
export type { Salience } from './coref/salience.js';

/** Quantifiers before "of us" / "of you" that make the pronoun people at large ("most of us"). */
const AT_LARGE = new Set(['most', 'all', 'many', 'some', 'none', 'each', 'few', 'those', 'any', 'lots', 'millions', 'thousands']);

/**
 * Resolve, then drop the pronouns and descriptions left unresolved (they would become entities
 * named "it" or "prime minister"), but for descriptions that speak (speaks). First-person pronouns
 * are kept aside in `speakerPronouns`: the relations stage reads them as the quote's speaker.
 */
export function coref(c: Mentioned): Corefed {
  const info = c.mentionInfo ?? [];
  const ms = (c.mentions ?? []).map((m) => ({ ...m }));
  const sal = salience(c, ms, info);
  const topic: OrgCounts = new Map();
  /** Each descriptor's latest name ("club" → Borussia Dortmund), the sentence that gave it, and whether two names share it. */
  const described = new Map<string, { root: number; sentence: number; shared: boolean }>();
  const describe = (head: string | undefined, root: number, sentence: number): void => {
    if (!head) return;
    const was = described.get(head);
    const other = !!was && key(ms[was.root]!) !== key(ms[root]!) && sentence - was.sentence <= DESCRIPTOR_WINDOW;
    described.set(head, { root, sentence, shared: other || (!!was?.shared && sentence - was.sentence <= DESCRIPTOR_WINDOW) });
  };
  ms.forEach((m, i) => {
    const kind = info[i]?.kind;
    const ts = c.tokens?.at(m.sentence) ?? [];
    const common = kind === 'thing' || kind === 'group';
    const head = common ? pointingHead(ts, info[i]!) : undefined;
    const own = kind === 'thing' ? speakersParty(ms, info, ts, i) : undefined;
    const by = own === undefined && head ? described.get(head) : undefined;
    const product = common ? apposedThing(ms, info, ts, i) : undefined;
    // ("Solaris, the operating system owned by Sun": a name apposed to a thing is a thing too)
    if (product !== undefined && ms[product]!.type === 'Organization') ms[product]!.type = 'Concept';
    const tail = common
      ? (resolveNameTail(ms, info, (k) => c.tokens?.at(k) ?? [], i) ?? apposedName(ms, info, ts, i) ?? product)
      : undefined;
    const near = own ?? tail;
    const j =
      near !== undefined
        ? near
        : by && !by.shared && m.sentence - by.sentence <= DESCRIPTOR_WINDOW
          ? by.root
          : kind === 'pronoun'
            ? m.text.toLowerCase() === 'it' && expletive(ts, info[i]!.e)
              ? undefined
              : ((m.text.toLowerCase() === 'it' ? eventAntecedent(ms, info, ts, i) : undefined) ?? resolvePronoun(ms, info, i, sal))
            : kind === 'description'
              ? (resolveApposition(ms, info, ts, i) ?? resolveDescription(ms, info, i, (k) => c.tokens?.at(k) ?? []))
              : kind === 'thing' && info[i]!.role
                ? placedCompany(ts, info[i]!)
                  ? resolvePlacedCompany(ms, info, i, sal, (k) => c.tokens?.at(k) ?? [])
                  : resolveOrganisation(ms, info, i, undefined, topic, sal, ts)
                : kind === 'group'
                  ? (resolveApposition(ms, info, ts, i) ?? resolveNamed(ms, info, ts, i) ?? definiteCompany(ms, info, ts, i, topic))
                  : kind === 'thing'
                    ? (resolveNamed(ms, info, ts, i) ??
                      resolveApposition(ms, info, ts, i) ??
                      resolveDefinite(ms, info, (k) => c.tokens?.at(k) ?? [], i) ??
                      definiteCompany(ms, info, ts, i, topic))
                    : undefined;
    // ("described it as a historic day": no place or person; left unresolved)
    const asWhat = m.text.toLowerCase() === 'it' && j !== undefined && describedAs(ts, info[i]!) && /^(?:Place|Person)$/.test(ms[j]!.type);
    if (j !== undefined && !asWhat) m.corefOf = j;
    if (kind === 'name') {
      describe(classifierOf(ts, info[i]!), m.corefOf ?? i, m.sentence);
      describe(nameHeadOf(ms[m.corefOf ?? i]!), m.corefOf ?? i, m.sentence);
    } else if (common && info[i - 1] && named(ms[i - 1]!, info[i - 1]!))
      describe(appositiveHead(ts, info[i - 1]!, info[i]!), ms[i - 1]!.corefOf ?? i - 1, m.sentence);
    if (kind === 'name' && m.type === 'Organization') {
      const k = key(ms[m.corefOf ?? i]!);
      const seen = topic.get(k);
      if (seen) seen.n++;
      else if (topic.size <= TOPIC_LIMIT) topic.set(k, { n: 1, root: m.corefOf ?? i });
    }
  });
  headlineOrganisations(c, ms, info);
  headlinePersons(c, ms, info);
  pronounOwners(ms, info, (k) => c.tokens?.at(k) ?? [], sal);
  // A description left unresolved that speaks stays, as the thing it says it is (below).
  const resolved = new Set(
    ms.flatMap((m, i) => (m.corefOf !== undefined && info[i]?.kind === 'pronoun' ? [`${m.sentence}:${info[i]!.s}`] : [])),
  );
  const speaker = ms.map(
    (m, i) =>
      m.corefOf === undefined &&
      info[i]?.kind === 'description' &&
      speaks(c.tokens?.at(m.sentence) ?? [], info[i]!, (k) => resolved.has(`${m.sentence}:${k}`)),
  );
  const keep = ms.map((m, i) => m.corefOf !== undefined || speaker[i] || (info[i]?.kind !== 'pronoun' && info[i]?.kind !== 'description'));
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k, i) => {
    newIndex[i] = k ? n++ : -1;
  });
  const mentions: Mention[] = [];
  const mentionInfo: MentionInfo[] = [];
  const speakerPronouns: MentionInfo[] = [];
  ms.forEach((m, i) => {
    if (!keep[i]) {
      // (not "most of us", "all of us": people at large)
      const ts = c.tokens?.at(m.sentence) ?? [];
      const some = info[i] && ts[info[i]!.s - 1]?.norm === 'of' && AT_LARGE.has(ts[info[i]!.s - 2]?.norm ?? '');
      if (info[i] && LEX.pronounSpeaker.has(m.text.toLowerCase()) && !some) speakerPronouns.push(info[i]!);
      return;
    }
    mentions.push(m.corefOf !== undefined ? { ...m, corefOf: newIndex[m.corefOf]! } : speaker[i] ? { ...m, type: 'Concept' } : m);
    const mi = speaker[i] ? { ...info[i]!, kind: 'thing' as const, speakerOnly: true as const } : info[i]!;
    mentionInfo.push(
      mi.aliasOf !== undefined
        ? newIndex[mi.aliasOf]! >= 0
          ? { ...mi, aliasOf: newIndex[mi.aliasOf]! }
          : (({ aliasOf: _, ...rest }) => rest)(mi)
        : mi,
    );
  });
  return { ...c, mentions, mentionInfo, speakerPronouns };
}
