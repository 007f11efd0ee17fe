/** Shared by the retag tests: a sentence's words and the tags the parse gives them. */
import { parseText } from '../../../ingest/parse.js';

/** The sorted tags of a word (its surface text; the nth occurrence from 0) in `text`, which must parse as one sentence. */
export function sentence(text: string): (word: string, nth?: number) => string[] {
  const parsed = parseText(text);
  expect(parsed).toHaveLength(1);
  return (word, nth = 0) => {
    const t = parsed[0]!.tokens.filter((x) => x.text === word)[nth];
    if (!t) throw new Error(`no "${word}" in: ${text}`);
    return [...t.tags].sort();
  };
}
