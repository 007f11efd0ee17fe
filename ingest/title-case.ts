/**
 * Title-case lines ("Iran's Top General Visits Iraq, Denies Tehran's Involvement In Attack"): a
 * headline in which every word is capitalised reads to compromise as one long name. Before it is
 * parsed, its common words are put in lowercase, the same length, so offsets hold; names keep their
 * capitals. The article's other lines are the evidence: a word written capitalised inside a sentence
 * there is a name ("Quds Force"), a word written in lowercase there is not ("involvement").
 */

/** What the rest of an article says about its words: written lowercase, or capitalised mid-sentence. */
export interface CaseEvidence {
  lower: ReadonlySet<string>;
  named: ReadonlySet<string>;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Short words a title capitalises that are never names. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and as at after against amid before by for from in into of on or over the to with without'.split(' '),
);
/** compromise's word-list tags that mark a name, not a common word; and those of a verb. */
const NAME_TAGS = /^(?:Country|City|Place|Region|FirstName|LastName|MaleName|FemaleName|Person|ProperNoun|Organization|Demonym)$/;
const VERB_TAGS = /^(?:Infinitive|PresentTense|PastTense|Gerund|Participle|Verb)$/;

/**
 * A short line of words (not a web address) with no closing punctuation whose every word of four
 * letters or more but a function word is capitalised ("Putin Meets Xi In Moscow"; not "Redknapp's
 * Saints face Pompey tie").
 */
export function isTitleCase(line: string): boolean {
  if (/[.!?;:]["”’')]*\s*$/.test(line) || /:\/\/|www\./.test(line) || line.trim().split(/\s+/).length < 3) return false;
  const words = line.match(WORD) ?? [];
  if (words.length > 20) return false;
  const long = words.filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w.toLowerCase()));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Lowercase and mid-sentence capitalised words of `text`, skipping lines that are title-case themselves. */
export function caseEvidence(text: string): CaseEvidence {
  const lower = new Set<string>();
  const named = new Set<string>();
  for (const line of text.split('\n')) {
    if (isTitleCase(line)) continue;
    let prev = '';
    for (const m of line.matchAll(/(\S*?)(\p{L}[\p{L}'’-]*)(\S*)/gu)) {
      const [, lead, w, tail] = m as unknown as [string, string, string, string];
      const opens = !prev || /[.!?:]["”’')]*$/.test(prev) || /^["“‘(]/.test(lead);
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (!opens && /^\p{Lu}\p{Ll}/u.test(w)) named.add(w);
      prev = `${lead}${w}${tail}`;
    }
  }
  return { lower, named };
}

/**
 * The line with its common words in lowercase: not its first word, an acronym or a word with
 * capitals inside ("PM", "Al-Kadhimi"), a word the article writes capitalised mid-sentence, or a
 * noun after a name no word list knows ("Paule Constable"). A word the article writes in lowercase,
 * a function word, an abstract noun ("Involvement") or one compromise's word list (`tags`, of the
 * lowercase word) gives as a common word is lowered.
 */
export function sentenceCase(line: string, ev: CaseEvidence, tags: (word: string) => readonly string[]): string {
  let afterName = false;
  let first = true;
  return line.replace(WORD, (w) => {
    const low = w[0]!.toLowerCase() + w.slice(1);
    const stem = low.replace(/['’]s$/u, '');
    const known = tags(stem);
    const name = known.some((t) => NAME_TAGS.test(t));
    const verb = known.some((t) => VERB_TAGS.test(t));
    const keep = first || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || ev.named.has(w) || name || (afterName && !verb && !FUNCTION_WORDS.has(low));
    first = false;
    const lower =
      !keep &&
      (ev.lower.has(low) ||
        ev.lower.has(stem) ||
        FUNCTION_WORDS.has(low) ||
        /(?:ment|tion|sion|ness|ity)s?$/.test(stem) ||
        known.length > 0);
    // (a name goes on past a capitalised word no list knows: "Paule Constable"; not past an owner,
    // "Iran's Top", an acronym, "US Drone", or a place, "Iran Military")
    afterName = !lower && /^\p{Lu}\p{Ll}/u.test(w) && known.length === 0 && stem === low;
    return lower ? low : w;
  });
}
