/**
 * Repairs of fixed words and phrases: tags no context can justify (fixedTags), fixed adverbial and
 * prepositional phrases and words read by their neighbours (phraseTags), "like", "neither", degree
 * words, adjectives after "be", "home", "record high", "case by case", "top 10", "according to" and adverbs after modals.
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexicon, lexiconTags, type Token } from '../nlp.js';
import { finite, perfectAt, retagged, sForm, tagged, VERB_TAGS } from './tokens.js';
import { BARE_INFINITIVE_VERBS, RT } from './vocabulary.js';

/**
 * "make Windows and Internet Explorer more secure by ...", "The deal is more secure": a bare verb form
 * after a degree adverb, that the lexicon knows as an adjective, is that adjective (not "more than double").
 */
export function degreeAdjectives(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!/^(?:more|less|most|least|too|so)$/.test(ts[i - 1]!.norm) || !tagged(ts[i - 1], 'Adverb') || /[,;:]/.test(ts[i - 1]!.post))
      continue;
    if (!tagged(t, 'Infinitive', 'PresentTense') || tagged(t, 'Gerund')) continue;
    if (tagged(ts[i + 1], 'Determiner', 'Pronoun')) continue; // "to more easily secure the ..."
    const known = lexiconTags(t.norm);
    if (known.includes('Adjective')) ts[i] = retagged(t, ['Adjective']);
    // "giving parents more choice between schools": a word the lexicon knows as no verb is a noun there.
    else if (/^(?:more|less)$/.test(ts[i - 1]!.norm) && !known.some((x) => VERB_TAGS.has(x)) && /^\p{Ll}+[^s]$/u.test(t.text))
      ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "has neither admitted nor denied", "it neither admits nor denies": "neither" after an auxiliary or a
 * subject, before a verb, with "nor" after, is a negative adverb.
 */
export function neitherBetweenVerbs(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    if (ts[i]!.norm !== 'neither' || !tagged(ts[i - 1], 'Verb', 'Noun')) continue;
    if (!tagged(ts[i + 1], 'PastTense', 'Participle', 'Infinitive', 'PresentTense') || tagged(ts[i + 1], 'Noun')) continue;
    if (ts.slice(i + 2, i + 6).some((t) => t.norm === 'nor')) ts[i] = retagged(ts[i]!, ['Adverb', 'Negative']);
  }
}

/**
 * "his comments may have been offensive but were not racist": a word compromise's lexicon lists as
 * an adjective, read as a noun right after a form of "be" and before no noun, is that adjective.
 */
export function adjectivesAfterBe(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!/^(?:is|are|was|were|be|been|being)$/.test(ts[i - 1]!.norm) || /[,;:]/.test(ts[i - 1]!.post)) continue;
    if (!tagged(t, 'Singular') || tagged(t, 'ProperNoun', 'Determiner', 'Pronoun') || !/^\p{Ll}+$/u.test(t.text)) continue;
    const next = ts[i + 1];
    if (next && !/[,;:.!?]/.test(t.post) && tagged(next, 'Noun', 'Adjective', 'Value')) continue;
    if (lexiconTags(t.norm).includes('Adjective')) ts[i] = retagged(t, ['Adjective']);
  }
}

const LIKE_DEGREE = new Set(['more', 'less', 'much', 'just', 'very', 'rather', 'quite', 'exactly', 'a', 'bit', 'little', 'nothing']);
const LIKE_LINKS = /^(?:looks?|looked|looking|seems?|seemed|sounds?|sounded|feels?|felt)$/;

/**
 * "were more like the PB100", "looks like a winner": "like" after a copula is a preposition. So is
 * a bare "like" after a common noun, "just" or an opening bracket when another finite verb carries
 * the sentence ("other issues like the Iraq war will play", "consoles like the Sony PSP").
 */
export function likeAfterCopula(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    if (ts[i]!.norm !== 'like' || !tagged(ts[i], 'Verb')) continue;
    let j = i - 1;
    while (j > 0 && LIKE_DEGREE.has(ts[j]!.norm) && !/[,;:]/.test(ts[j]!.post)) j--;
    const prev = ts[i - 1]!;
    const afterNoun =
      ts[i]!.text === 'like' &&
      ((tagged(prev, 'Noun') && !tagged(prev, 'Pronoun', 'ProperNoun', 'Verb')) || prev.norm === 'just' || /\(/.test(ts[i]!.pre)) &&
      ts.some((t, k) => k !== i && finite(t) && !tagged(t, 'Gerund', 'Noun', 'Adjective'));
    if (tagged(ts[j], 'Copula') || LIKE_LINKS.test(ts[j]!.norm) || afterNoun) ts[i] = retagged(ts[i]!, ['Preposition']);
  }
}
const BRITISH_PASTS: ReadonlyMap<string, string> = new Map(Object.entries(retag.britishPasts));

/** Whether the short name at `k` ("Asbos", "ISAs") is the initials of the words right before it. */
function spelledOut(ts: readonly Token[], k: number): boolean {
  const short = ts[k]!.text.replace(/s$/, '').toLowerCase();
  if (!/^\p{Lu}/u.test(ts[k]!.text) || short.length < 2) return false;
  const initials = ts
    .slice(Math.max(0, k - short.length), k)
    .flatMap((t) => t.text.split('-'))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return initials.endsWith(short);
}

/**
 * Tags no context can justify: "has", "had" and "have" are never nouns ("the Florida-based firm has
 * total debts"), nor "is" and "was"; an -s word right after "such" is a plural noun ("said such
 * companies could"); "regarding" is a preposition and "handheld" or "southern" an adjective before a noun, else a
 * noun (retag.json); British "programme" is a noun, and "learnt", "spelt" are pasts (retag.json britishPasts);
 * "said" after a noun is the verb.
 */
export function fixedTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const have = t.norm === 'has' || t.norm === 'had' || (t.norm === 'have' && ts[i - 1]?.norm !== 'the');
    if (have && !tagged(t, 'Verb')) {
      const aux = tagged(ts[i + 1], 'Participle', 'PastTense') ? ['Auxiliary'] : []; // "awards like this have grown"
      ts[i] = retagged(t, ['Verb', t.norm === 'had' ? 'PastTense' : 'PresentTense', ...aux], 'have');
    }
    // "Its profits rose sharply", "US exports rose 12.3%": news's "rose" is the past of "rise", not
    // the flower, but after an article, adjective, possessive or preposition ("a red rose").
    else if (t.text === 'rose' && !tagged(t, 'Verb') && i > 0 && !tagged(ts[i - 1], 'Determiner', 'Adjective', 'Possessive', 'Preposition'))
      ts[i] = retagged(t, ['Verb', 'PastTense'], 'rise');
    // "the forces sustaining the upswing remain intact": a verb that is never a noun (retag.json neverNouns).
    else if (RT.neverNouns.has(t.text) && !tagged(t, 'Verb')) {
      const bare = ts[i - 1]?.norm === 'to' || tagged(ts[i - 1], 'Modal');
      ts[i] = retagged(t, ['Verb', bare ? 'Infinitive' : 'PresentTense'], t.norm);
    }
    // "what we are doing is making it": a lowercase form of "be" is never a noun.
    else if (/^(?:is|are|was|were)$/.test(t.text) && !tagged(t, 'Verb'))
      ts[i] = retagged(t, ['Verb', 'Copula', /^w/.test(t.norm) ? 'PastTense' : 'PresentTense'], 'be');
    // "It cost US industries a lot of money": a lowercase article is never a verb, nor the noun after it.
    else if (/^(?:a|an|the)$/.test(t.text) && tagged(t, 'Verb')) {
      ts[i] = retagged(t, ['Determiner']);
      const next = ts[i + 1];
      if (next && tagged(next, 'Verb') && !/[,;:]/.test(t.post) && /^\p{Ll}+$/u.test(next.text) && !/s$/.test(next.norm))
        ts[i + 1] = retagged(next, ['Noun', 'Singular']);
    }
    // "the BBC's Newsnight programme": British "programme" is a noun but after "to" or a modal.
    else if (/^programmes?$/.test(t.norm) && tagged(t, 'Verb') && ts[i - 1]?.norm !== 'to' && !tagged(ts[i - 1], 'Modal'))
      ts[i] = retagged(t, ['Noun', t.norm.endsWith('s') ? 'Plural' : 'Singular']);
    else if (ts[i - 1]?.norm === 'such' && tagged(t, 'PresentTense') && !tagged(t, 'Auxiliary', 'Modal') && /[^s]s$/.test(t.norm))
      ts[i] = { ...t, tags: new Set(['Noun', 'Plural']) };
    else if (RT.plainAdverbs.has(t.norm) && !tagged(t, 'Adverb')) ts[i] = retagged(t, ['Adverb']);
    // "entitled to free movement across Europe": "free" before a bare singular noun describes it
    // (a freed person or group is named or counted: "to free hostages", "free Mr X").
    else if (
      t.text === 'free' &&
      tagged(t, 'Verb') &&
      tagged(ts[i + 1], 'Singular', 'Uncountable') &&
      !tagged(ts[i + 1], 'ProperNoun', 'Pronoun', 'Determiner', 'Person', 'Actor') &&
      !/[,;:]/.test(t.post)
    )
      ts[i] = retagged(t, ['Adjective']);
    // "if they fail to do so two years running": "so" after "do" stands for the verb phrase, no noun.
    else if (t.text === 'so' && tagged(t, 'Noun') && /^(?:do|does|did|doing|done)$/.test(ts[i - 1]?.norm ?? ''))
      ts[i] = retagged(t, ['Adverb']);
    // "a black hole it has at the centre of its finances": "have at" is no phrasal verb in news.
    else if (t.norm === 'at' && tagged(t, 'Particle') && perfectAt(ts, i - 1)) {
      const have = ts[i - 1]!;
      ts[i - 1] = retagged(have, ['Verb', have.norm === 'had' ? 'PastTense' : 'PresentTense'], 'have');
      ts[i] = retagged(t, ['Preposition']);
    }
    // "signed up to the DTT service compared with Sky", "profits rose 5% compared to 2003": a bare
    // "compared" before "with" or "to" compares two things; nobody compares (not after an
    // auxiliary, a pronoun or "to": "has compared himself to", "That compared with a loss").
    else if (
      t.norm === 'compared' &&
      /^(?:with|to)$/.test(ts[i + 1]?.norm ?? '') &&
      !tagged(ts[i - 1], 'Auxiliary', 'Copula', 'Modal', 'Pronoun', 'Determiner') &&
      !/^(?:to|that|this|which|who)$/.test(ts[i - 1]?.norm ?? '')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "is unwilling to allow": the adjective that governs the infinitive, no gerund.
    else if (RT.toAdjectives.has(t.norm) && ts[i + 1]?.norm === 'to') ts[i] = retagged(t, ['Adjective']);
    // "The CBI said companies are looking": "said" after a name or noun reports ("the said company"
    // is the legal adjective, right after a determiner).
    else if (t.text === 'said' && !tagged(t, 'Verb') && tagged(ts[i - 1], 'Noun') && !tagged(ts[i - 1], 'Determiner'))
      ts[i] = retagged(t, ['Verb', 'PastTense'], 'say');
    else if (RT.ingNouns.has(t.norm)) ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular']);
    // "spent A$584m", "HK$2bn", "US$5m": a dollar sum with its country's letters is money, as "$5m" is.
    else if (/^[A-Z]{1,3}\$\d[\d,.]*(?:m|bn|k|tn)?$/.test(t.text)) ts[i] = { ...t, tags: new Set(['Value', 'Cardinal', 'Money']) };
    else if (BRITISH_PASTS.has(t.norm) && !tagged(t, 'Verb')) ts[i] = retagged(t, ['Verb', 'PastTense'], BRITISH_PASTS.get(t.norm));
    else if (RT.prepositionForms.has(t.norm) && !tagged(ts[i - 1], 'Auxiliary', 'Copula')) ts[i] = retagged(t, ['Preposition']);
    // "anti-social behaviour orders (Asbos) were used": what a bracketed short name spells out ends in a noun.
    else if (
      tagged(t, 'PresentTense') &&
      !tagged(t, 'Auxiliary', 'Copula', 'Modal') &&
      /^\p{Ll}+s$/u.test(t.text) &&
      /^\($/.test(ts[i + 1]?.pre ?? '') &&
      /^\)/.test(ts[i + 1]?.post ?? '') &&
      spelledOut(ts, i + 1)
    )
      ts[i] = retagged(t, ['Noun', 'Plural']);
    // "Strong sales outside western Europe helped", "Shops all over the UK reported": after a noun (or
    // "all"), before a name or phrase, a place preposition.
    else if (
      (/^(?:outside|inside)$/.test(t.norm) || (t.norm === 'over' && ts[i - 1]?.norm === 'all')) &&
      !tagged(t, 'Preposition') &&
      (tagged(ts[i - 1], 'Noun') || ts[i - 1]?.norm === 'all') &&
      !tagged(ts[i - 1], 'Pronoun') &&
      tagged(ts[i + 1], 'Determiner', 'ProperNoun', 'Place', 'Noun')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "US phone firm MCI has": an initialism that spells a Roman number is a name unless a name's
    // word comes before it ("Henry VIII", "World War II").
    else if (/^[MDCLXVI]{2,}$/.test(t.text) && tagged(t, 'RomanNumeral') && !/^\p{Lu}/u.test(ts[i - 1]?.text ?? ''))
      ts[i] = retagged(t, ['Noun', 'Singular', 'ProperNoun', 'Acronym']);
    // "The SEC filed", "DEC says": an initialism is no unit of time, whatever compromise reads ("sec", "dec").
    else if (/^\p{Lu}{2,}$/u.test(t.text) && tagged(t, 'Date', 'Duration'))
      ts[i] = retagged(t, ['Noun', 'Singular', 'ProperNoun', 'Acronym']);
    // "EA has signed a deal", "tonnes of LNG": an initialism compromise reads as an abbreviation
    // only (no noun) is a name.
    else if (/^\p{Lu}{2,}(?:['\u2019]s)?$/u.test(t.text) && tagged(t, 'Abbreviation') && !tagged(t, 'Noun'))
      ts[i] = retagged(t, ['Noun', 'Singular', 'ProperNoun', 'Acronym', ...(tagged(t, 'Possessive') ? ['Possessive'] : [])]);
    // (a capitalised one may start a name: "Northern Ireland", "Southern trains")
    else if (RT.adjectiveForms.has(t.norm) && (/^\p{Ll}/u.test(t.text) || t.norm === 'handheld'))
      ts[i] = retagged(
        t,
        tagged(ts[i + 1], 'Noun', 'Gerund', 'Adjective') && !tagged(ts[i + 1], 'Pronoun', 'Determiner')
          ? ['Adjective']
          : ['Noun', 'Singular'],
      );
  });
}

/** What may open an adverbial phrase (before any of its spaces): only then is the phrase built and looked up. */
const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(
  retag.adverbialPhrases.flatMap((p) => [...p.matchAll(/ /g)].map((m) => p.slice(0, m.index))),
);

/**
 * Words read by their neighbours (lists in data/retag.json):
 * - "Yukos maintains that", "Barclays says": a capitalised -s "plural" before an -s verb is a name
 *   (a plural cannot be that verb's subject);
 * - "owns no property", "has no links with": "no" before a noun phrase is its determiner;
 * - "which in turn was bought", "of course": a fixed adverbial phrase (not before of/to/for/with);
 * - "59-year-old": "old" after "year" is an adjective; "the US, who - thanks to subsidies -": "thanks
 *   to", "according to" are prepositions, the word after them no infinitive ("according to court
 *   records"; retag.json toPrepositions); "Others, like Le Monde, have": "like" after a comma is one, as is
 *   "following" before a phrase ("resigned following the share deal").
 */
export function phraseTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    const name =
      /^\p{Lu}\p{Ll}+s$/u.test(t.text) &&
      tagged(t, 'Plural') &&
      !tagged(t, 'ProperNoun', 'Demonym') &&
      tagged(next, 'PresentTense') &&
      !tagged(next, 'Noun', 'Plural', 'Auxiliary', 'Copula') &&
      /[^s]s$/.test(next?.norm ?? '') &&
      !/[,;:]/.test(t.post);
    // "Ask Jeeves tips online ad revival", "State Administration of Taxation head": a capitalised word
    // opening the sentence before a name is the name's first word, not an imperative.
    const opensName =
      i === 0 &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      tagged(t, 'Imperative') &&
      !BARE_INFINITIVE_VERBS.has(t.norm) &&
      tagged(next, 'ProperNoun') &&
      !tagged(next, 'Pronoun', 'Verb') &&
      /^\p{Lu}/u.test(next?.text ?? '') &&
      !/[,;:"“”'‘’()]/.test(t.post);
    if (name || opensName) ts[i] = retagged(t, ['Noun', 'ProperNoun', 'Singular']);
    else if (t.norm === 'no' && tagged(t, 'Expression') && tagged(next, 'Noun', 'Adjective') && !tagged(next, 'Verb', 'Pronoun'))
      ts[i] = retagged(t, ['Determiner']);
    else if (
      ADVERBIAL_STARTS.has(t.norm) &&
      RT.adverbials.has(`${t.norm} ${next?.norm ?? ''}`) &&
      !/^(?:of|to|for|with)$/.test(ts[i + 2]?.norm ?? '') &&
      !/[,;:]/.test(t.post)
    ) {
      ts[i] = retagged(t, ['Adverb']);
      ts[i + 1] = retagged(next!, ['Adverb']);
    } else if (t.norm === 'old' && /^years?$/.test(ts[i - 1]?.norm ?? '')) ts[i] = retagged(t, ['Adjective']);
    else if (RT.toPrepositions.has(t.norm) && next?.norm === 'to' && !/[,;:]/.test(t.post)) {
      ts[i] = retagged(t, ['Preposition']);
      ts[i + 1] = retagged(next, ['Preposition']);
      const after = ts[i + 2];
      if (after && tagged(after, 'Infinitive') && !tagged(after, 'Noun', 'Gerund') && /^\p{Ll}+$/u.test(after.text))
        ts[i + 2] = retagged(after, ['Noun', 'Singular'], after.norm);
    }
    // "Ethiopians will still need emergency assistance": "still" after a modal or "is" is an adverb,
    // and a noun-tagged verb after it is the bare verb.
    else if (t.norm === 'still' && tagged(t, 'Verb') && tagged(ts[i - 1], 'Modal', 'Auxiliary', 'Copula')) {
      ts[i] = retagged(t, ['Adverb']);
      if (tagged(ts[i - 1], 'Modal') && tagged(next, 'Singular') && !tagged(next, 'Verb') && lexicon[next!.norm] === 'Infinitive')
        ts[i + 1] = retagged(next!, ['Verb', 'Infinitive']);
    }
    // "resigned from the board following the share deal": "following" before a phrase means "after"
    // (not "is following the case", "the following day", "analysts following the firm").
    else if (
      t.norm === 'following' &&
      tagged(next, 'Determiner', 'Possessive', 'Noun', 'Adjective', 'Value') &&
      !tagged(next, 'Verb') &&
      (!tagged(next, 'Pronoun') || tagged(next, 'Possessive')) && // "following his claims", not "following him"
      (i === 0 || !tagged(ts[i - 1], 'Auxiliary', 'Copula', 'Determiner', 'Plural', 'Pronoun', 'Adverb') || /,/.test(ts[i - 1]!.post))
    )
      ts[i] = retagged(t, ['Preposition']);
    // "Given the Tories' reduced support, ...", ", given his preference for": "given" opening a
    // phrase at a clause edge means "considering".
    else if (
      t.norm === 'given' &&
      (i === 0 || /,/.test(ts[i - 1]!.post)) &&
      tagged(next, 'Determiner', 'Possessive', 'Noun') &&
      !tagged(next, 'Verb')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "Others, like the French newspaper Le Monde, have applied": "like" after a comma opens an aside.
    else if (t.norm === 'like' && /,/.test(ts[i - 1]?.post ?? '') && next?.norm !== 'to' && !tagged(next, 'Pronoun'))
      ts[i] = retagged(t, ['Preposition']);
  });
}

/**
 * "took home the award", "smashed home the winner", "has hit home with", "cruised home ahead of":
 * a bare "home" right after a verb says where, not what; a noun only in a compound ("home
 * affairs") or with its own determiner ("left his home").
 */
export function homeAdverbs(ts: Token[]): void {
  ts.forEach((t, i) => {
    const prev = ts[i - 1];
    const next = ts[i + 1];
    if (t.text !== 'home' || !tagged(prev, 'Verb') || tagged(prev, 'Copula', 'Auxiliary', 'Modal')) return;
    const compound = tagged(next, 'Noun') && !tagged(next, 'ProperNoun', 'Pronoun', 'Possessive') && !/[,;:]/.test(t.post);
    if (/[,;:]/.test(prev!.post) || compound) return;
    ts[i] = retagged(t, ['Adverb', 'Particle']);
  });
}

/**
 * "give us back the fair use rights", "win them back": "back" right after a verb and its object
 * pronoun is the verb's particle, no verb of its own ("us back" is no clause).
 */
export function backAfterObjectPronouns(ts: Token[]): void {
  ts.forEach((t, i) => {
    const pronoun = ts[i - 1];
    const verb = ts[i - 2];
    if (t.norm !== 'back' || !/^(?:us|them|him|her|me|it|you)$/.test(pronoun?.norm ?? '') || !tagged(verb, 'Verb')) return;
    if (tagged(verb, 'Copula', 'Auxiliary', 'Modal') || /[,;:]/.test(verb!.post + pronoun!.post)) return;
    ts[i] = retagged(t, ['Adverb', 'Particle']);
  });
}

/**
 * "rolled back its prices", "Cuba winds back economic clock", "to win back women voters": the
 * particle of a known phrasal verb right after it and before its object's phrase is the verb's
 * particle, no modifier of the object.
 */
export function phrasalParticles(ts: Token[]): void {
  ts.forEach((t, i) => {
    const verb = ts[i - 1];
    if (!verb || !RT.particles.has(t.norm) || tagged(t, 'Particle') || !tagged(verb, 'Verb') || /[,;:]/.test(verb.post + t.post)) return;
    if (!RT.phrasals.has(`${verb.root || verb.norm} ${t.norm}`) || !tagged(ts[i + 1], 'Determiner', 'Adjective', 'Noun')) return;
    ts[i] = retagged(t, ['Adverb', 'Particle']);
  });
}

/**
 * "hitting a fresh record low of $1.3667", "hit all-time highs", "rose to a six-year high": after
 * "record", "all-time" or a span of time, "high" and "low" are the noun the phrase ends on.
 */
export function recordHighs(ts: Token[]): void {
  ts.forEach((t, i) => {
    const prev = ts[i - 1];
    if (!/^(?:high|low)s?$/.test(t.norm) || tagged(t, 'Noun') || !prev || /[,;:]/.test(prev.post)) return;
    if (!/^(?:record|all-time|\S+-(?:year|month|week|day))$/.test(prev.norm) || tagged(ts[i + 1], 'Noun')) return;
    ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular'], t.norm.replace(/s$/, ''));
  });
}

/** "dealt with case by case", "one by one", "side by side": a word repeated round "by" is a manner adverb, no agent. */
export function repeatedByAdverbs(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const a = ts[i - 1]!;
    const by = ts[i]!;
    const b = ts[i + 1]!;
    if (by.norm !== 'by' || a.norm !== b.norm || !/^\p{Ll}+$/u.test(a.text) || /[,;:]/.test(a.post + by.post)) continue;
    for (const k of [i - 1, i, i + 1]) ts[k] = retagged(ts[k]!, ['Adverb']);
  }
}

/** "two US top 10 albums", "the top five banks": "top" before a number ranks the plural after it. */
export function topBeforeNumbers(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++)
    if (ts[i]!.norm === 'top' && tagged(ts[i], 'Verb') && tagged(ts[i + 1], 'Value') && tagged(ts[i + 2], 'Plural', 'Noun'))
      ts[i] = retagged(ts[i]!, ['Adjective']);
}

/** "according to figures compiled by Reuters": "according to" takes a noun phrase, never a verb. */
export function nounsAfterAccordingTo(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 2]!.norm !== 'according' || ts[i - 1]!.norm !== 'to' || !tagged(t, 'PresentTense') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (tagged(t, 'Auxiliary', 'Modal', 'Copula')) continue;
    ts[i] = retagged(t, ['Noun', sForm(t) ? 'Plural' : 'Singular'], t.norm);
  }
}

/**
 * "the HD DVDs that will soon start to appear": an adverb of retag.json verbAdverbs that compromise
 * reads as the verb after a modal or auxiliary is the adverb, and the bare word after it is the
 * verb (not "will further", "even", "once": verbs or links in their own right).
 */
export function adverbsAfterModals(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(ts[i - 1], 'Modal', 'Auxiliary') || !tagged(t, 'Verb') || /^(?:further|even|once|first)$/.test(t.norm)) continue;
    if (!RT.adverbs.has(t.norm) || /[,;:()]/.test(ts[i - 1]!.post + t.post) || !/^\p{Ll}+$/u.test(next.text)) continue;
    if (!tagged(next, 'Infinitive', 'Singular') || tagged(next, 'Determiner', 'Pronoun', 'Preposition', 'Adjective')) continue;
    ts[i] = retagged(t, ['Adverb']);
    if (!tagged(next, 'Verb')) ts[i + 1] = retagged(next, ['Verb', 'Infinitive']);
  }
}
