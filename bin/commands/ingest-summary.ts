/** The lines `kg ingest` prints when it is done (every path and value escaped for the terminal). */
import { printable } from '../../ingest/errors.js';
import { EXTRACTOR_VERSION } from '../../ingest/version.js';
import type { SkipReason } from '../../ingest/read/select.js';

export interface IngestSummary {
  new: number;
  unchanged: number;
  replaced: number;
  /** Unchanged articles read again because the stored ones came from another extractor version. */
  reextracted: number;
  /** Articles whose cleaned text is already stored under another identity (not a second source). */
  duplicate: number;
  failed: number;
  entities: number;
  relations: number;
  seconds: number;
  /** Dataset files, `--exclude`d paths and linked folders left out. */
  skipped: { path: string; reason: SkipReason | 'link' }[];
  /** Pipeline messages of the articles written, counted by code. */
  messages: Record<string, number>;
}

const SKIP_WORDS: Record<SkipReason | 'link', [string, string]> = {
  dataset: ['dataset file', 'README, LICENSE, SOURCE…; --include-all reads them'],
  excluded: ['path', 'matched --exclude'],
  link: ['linked folder', 'links are followed to files only'],
};
const LISTED = 5;

function skippedLines(skipped: IngestSummary['skipped']): string[] {
  return (Object.keys(SKIP_WORDS) as (keyof typeof SKIP_WORDS)[]).flatMap((reason) => {
    const paths = skipped.filter((s) => s.reason === reason).map((s) => printable(s.path));
    if (!paths.length) return [];
    const [noun, note] = SKIP_WORDS[reason];
    const list = paths.slice(0, LISTED).join(', ') + (paths.length > LISTED ? `, … ${paths.length - LISTED} more` : '');
    return [`skipped: ${paths.length} ${noun}${paths.length > 1 ? 's' : ''} (${note}): ${list}`];
  });
}

export function formatSummary(
  s: IngestSummary,
  graph: { articles: number; entities: number; relations: number; statements: number },
): string {
  const codes = Object.entries(s.messages).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `${[
    `articles: ${s.new} new, ${s.unchanged} unchanged, ${s.replaced} replaced${s.reextracted ? `, ${s.reextracted} re-extracted (extractor ${EXTRACTOR_VERSION})` : ''}${s.duplicate ? `, ${s.duplicate} duplicate${s.duplicate > 1 ? 's' : ''}` : ''}${s.failed ? `, ${s.failed} failed` : ''}`,
    ...skippedLines(s.skipped),
    `written: ${s.entities} entities, ${s.relations} relations in ${s.seconds.toFixed(1)} s`,
    ...(codes.length ? [`messages: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`] : []),
    `graph now: ${graph.articles} articles, ${graph.entities} entities, ${graph.relations} relations, ${graph.statements} statements`,
  ].join('\n')}\n`;
}
