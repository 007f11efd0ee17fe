/** The resolution data files (name parts and transliteration rules), typed. */
import names from '../data/resolve/names.json' with { type: 'json' };
import translit from '../data/resolve/translit.json' with { type: 'json' };

export const PARTICLES: ReadonlySet<string> = new Set(names.particles);
/** Particles that only count as such when hyphenated to the next word ("ash-Shaabi", not "As"). */
export const HYPHEN_ONLY: ReadonlySet<string> = new Set(names.hyphenOnlyParticles);
export const LEADING: ReadonlySet<string> = new Set(names.leading);
/** Titles as token lists, longest first. */
export const TITLES: readonly string[][] = names.titles.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
export const INITIALS_SKIP: ReadonlySet<string> = new Set(names.initialsSkip);
export const TRANSLIT_RULES: readonly [RegExp, string][] = (translit.rules as [string, string][]).map(([re, to]) => [
  new RegExp(re, 'g'),
  to,
]);
/** Company forms ("Inc", "LLC", "plc") dropped from the end of an organisation's name when comparing it. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(names.legalSuffixes);
/** The short spelling of a company form ("company" → "co"), for keys that keep the form. */
export const LEGAL_SUFFIX_SHORT: ReadonlyMap<string, string> = new Map(Object.entries(names.legalSuffixShort));
/** Tags of compromise's word list that make a word a common English word (noun, verb, adjective, adverb). */
export const COMMON_WORD_TAGS: ReadonlySet<string> = new Set(names.commonWordTags);
/**
 * Words that, ending an organisation's name after its first word, can name a body of its own
 * beside the one the bare first word names ("Barclays Capital" beside Barclays, "Sky News" beside Sky).
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set(names.unitWords);
/** Titles before a first name alone ("Prince Charles"): such a name is never another's first name. */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(names.givenNameTitles);
/** Titles that tell a person's sex ("Mrs", "Lord"): such a person never joins one of the other sex. */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(names.genderTitles.female);
export const MALE_TITLES: ReadonlySet<string> = new Set(names.genderTitles.male);
/** Unit words naming a company's service ("Google News"): the bare company name is never their short name. */
export const SERVICE_WORDS: ReadonlySet<string> = new Set(names.serviceWords);
/** Heads that make a name a part or office of what its first word names ("Commons committee"): never a short name's. */
export const PART_HEADS: ReadonlySet<string> = new Set(names.partHeads);
/** Words that open an organisation's name as its kind ("Group Menatep" ... "Menatep"; names.json leadingHeads). */
export const LEADING_HEADS: ReadonlySet<string> = new Set(names.leadingHeads);
