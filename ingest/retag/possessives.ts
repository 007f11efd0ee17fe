/**
 * Repairs of the possessive "'s" and "s'": compromise reads some "X's" as "X is" (an empty verb token
 * after the name), a name in s' as a plural, and "her" before a bare verb as a possessive. The first
 * three run first (ingest/retag/index.ts): possessives and possessiveNames remove that empty token,
 * the only passes that remove any, so every later pass sees the final tokens.
 */
import type { Token } from '../nlp.js';
import { finite, retagged, tagged, VERB_TAGS } from './tokens.js';

/**
 * "Lord Dubs' Succession to the Crown Bill": a name ending in s with a bare apostrophe after it,
 * before a word, is a possessive (compromise tags it a plural); not a word in single quotes ('Tories').
 */
export function apostrophePossessives(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    if (!next || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || !/^['\u2019]\s/.test(t.post) || /['\u2018]/.test(t.pre)) return;
    if (tagged(t, 'Possessive') || !/^\p{L}/u.test(next.text)) return;
    ts[i] = { ...t, tags: new Set([...t.tags].filter((g) => g !== 'Plural').concat('Possessive')) };
  });
}

/**
 * compromise reads some "X's" before a noun phrase as "X is" or "X has" (an empty verb token after it):
 * "through the government's Behaviour Improvement Programme", "the firm's biggest rival is".
 * Before a noun, or an adjective and a noun, it is a possessive: the copula goes. So it is before
 * a participle and a noun ("Syria's alleged involvement"), and the participle is an adjective.
 */
export function possessives(ts: Token[]): void {
  for (let i = ts.length - 2; i >= 1; i--) {
    const t = ts[i]!;
    if (t.text || !tagged(t, 'Copula', 'Verb') || !/['\u2019]s$/.test(ts[i - 1]!.text)) continue;
    const next = ts[i + 1]!;
    const nounNext = tagged(next, 'Noun', 'ProperNoun') && !tagged(next, 'Gerund', 'Pronoun', 'Verb');
    // "Europe's largest mutual life insurer": adjectives (up to three) before the noun; after the
    // first, a participle may be one ("the world's main industrialised regions").
    let a = i + 1;
    const described = (k: number): boolean =>
      k > i + 1 && tagged(ts[k], 'PastTense', 'Participle') && /^\p{Ll}+ed$/u.test(ts[k]!.text) && !/[,;:]/.test(ts[k - 1]!.post);
    while (a < i + 4 && ((tagged(ts[a], 'Adjective') && !tagged(ts[a], 'Noun')) || described(a))) a++;
    const adjNoun = a > i + 1 && tagged(ts[a], 'Noun') && !tagged(ts[a], 'Verb', 'Pronoun');
    // "India's highly skilled workers": an adverb before the adjective.
    const advAdjNoun =
      tagged(next, 'Adverb') && tagged(ts[i + 2], 'Adjective') && tagged(ts[i + 3], 'Noun') && !tagged(ts[i + 3], 'Verb', 'Pronoun');
    // "Syria's alleged involvement", "GM's planned severe cutbacks": a participle before a noun is an adjective.
    const after = ts[i + 2];
    const participle =
      tagged(next, 'PastTense', 'Participle') &&
      /^\p{Ll}+(?:ed|en)$/u.test(next.text) &&
      (tagged(after, 'Noun', 'Value') || (tagged(after, 'Adjective') && tagged(ts[i + 3], 'Noun'))) &&
      !tagged(after, 'Pronoun', 'Determiner', 'Preposition', 'Verb');
    // "The company's currently traded stock", "Japan's technologically demanding mobile users": so
    // after an adverb (an -ing form only after an -ly one).
    const advParticiple =
      tagged(next, 'Adverb') &&
      ((tagged(after, 'PastTense', 'Participle') && /^\p{Ll}+(?:ed|en)$/u.test(after?.text ?? '')) ||
        (tagged(after, 'Gerund') && /ly$/.test(next.norm) && /^\p{Ll}+ing$/u.test(after?.text ?? ''))) &&
      tagged(ts[i + 3], 'Noun') &&
      !tagged(ts[i + 3], 'Pronoun', 'Determiner', 'Verb');
    // "Labour's advertising agency TBWA was blaming", "the firm's operating profit rose": an -ing word
    // and a noun before the finite verb are a compound; "The firm's selling shares" stays a progressive.
    let n = i + 2;
    while (n < i + 4 && tagged(ts[n], 'Noun', 'ProperNoun') && !tagged(ts[n], 'Verb', 'Pronoun', 'Plural')) n++;
    // So before a bare singular noun, which no progressive takes as its object: "Tony Blair's opening speech".
    const bare = tagged(after, 'Singular') && !tagged(after, 'Plural', 'Verb', 'Pronoun', 'ProperNoun', 'Determiner');
    const gerundNoun = tagged(next, 'Gerund') && /^\p{Ll}+ing$/u.test(next.text) && ((n > i + 2 && finite(ts[n])) || bare);
    // "France's backing for the rebels", "the government's handling of": an -ing word before "of" or
    // "for" is the owner's act, a noun ("the firm's selling shares" keeps its progressive).
    const actOf = tagged(next, 'Gerund') && /^\p{Ll}+ing$/u.test(next.text) && /^(?:of|for)$/.test(after?.norm ?? '');
    // "Philip Pullman's His Dark Materials": a title opening with a capitalised pronoun.
    const title = tagged(next, 'Pronoun') && /^\p{Lu}\p{Ll}+$/u.test(next.text) && /^\p{Lu}/u.test(after?.text ?? '');
    const owner = ts[i - 1]!;
    // "Lloyd's of London", "McDonald's of Illinois": a name's -'s before "of" and a name is part of one.
    const ofName = next.norm === 'of' && /^\p{Lu}/u.test(owner.text) && tagged(after, 'ProperNoun') && /^\p{Lu}/u.test(after?.text ?? '');
    if (!nounNext && !adjNoun && !advAdjNoun && !participle && !advParticiple && !gerundNoun && !actOf && !title && !ofName) continue;
    if (tagged(owner, 'Pronoun') || /^(?:it|that|there|here|what|who|where|he|she)['\u2019]s$/.test(owner.norm)) continue;
    // An owner is a noun ("Labour's" is no "labour is").
    const kept = [...owner.tags].filter((g) => !VERB_TAGS.has(g));
    const noun = tagged(owner, 'Verb') ? ['Noun', ...(/^\p{Lu}/u.test(owner.text) ? ['ProperNoun'] : [])] : [];
    ts[i - 1] = { ...owner, tags: new Set([...kept, ...noun, 'Possessive']) };
    if (participle) ts[i + 1] = retagged(next, ['Adjective']);
    if (adjNoun) for (let k = i + 2; k < a; k++) if (described(k)) ts[k] = retagged(ts[k]!, ['Adjective']);
    if (advParticiple) ts[i + 2] = retagged(after!, ['Adjective']);
    if (gerundNoun || actOf) ts[i + 1] = retagged(next, ['Noun', 'Singular']);
    ts.splice(i, 1);
  }
}

/**
 * "owner of Macy's and Bloomingdale's - will assume", "McDonald's said": a name in 's that
 * compromise split into "Macy is" before a dash, the sentence's end, "and", a modal or a verb of
 * saying is the name of a business (or a possessive with its noun left out); there is no verb there.
 */
export function possessiveNames(ts: Token[]): void {
  for (let i = ts.length - 1; i >= 1; i--) {
    const t = ts[i]!;
    if (t.text || !tagged(t, 'Copula', 'Auxiliary') || !/^\p{Lu}.*['\u2019]s$/u.test(ts[i - 1]!.text)) continue;
    const next = ts[i + 1];
    // (not before a word that may be the owned noun: "Bergkamp's shot", "Europe's handheld market")
    const finiteNext = tagged(next, 'Modal') || (!!next && /^(?:said|says|told|added)$/.test(next.norm));
    // (before a comma only as the last of a list: "like Macy's, Bloomingdale's and Marshall Field's, creating")
    let first = i - 1;
    while (first > 0 && /^\p{Lu}/u.test(ts[first - 1]!.text) && !ts[first - 1]!.post.trim()) first--;
    const listed = /,/.test(t.post) && /^(?:and|or)$/.test(ts[first - 1]?.norm ?? '');
    if (!next || listed || /[;:.!?]|\s[-\u2013\u2014]/u.test(t.post) || /^(?:and|or|but)$/.test(next.norm) || finiteNext) {
      ts[i - 1] = { ...ts[i - 1]!, post: t.post || ts[i - 1]!.post };
      ts.splice(i, 1);
    }
  }
}

/**
 * "to help her get over her mother's death", "let her go": "her" before a bare verb that is no
 * noun, with no noun after it, is the object pronoun, not a possessive of that verb.
 */
export function objectHer(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (t.norm !== 'her' || !tagged(t, 'Possessive') || t.post.trim()) continue;
    // (A noun after the verb makes it a modifier: "will donate her prize money".)
    const after = ts[i + 2];
    if (after && tagged(after, 'Noun') && !tagged(after, 'Pronoun', 'Possessive')) continue;
    if (tagged(next, 'Infinitive') && !tagged(next, 'Noun', 'Adjective', 'PastTense', 'Gerund')) ts[i] = retagged(t, ['Noun', 'Pronoun']);
  }
}
