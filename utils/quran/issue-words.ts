import type { VerseRange } from './schema';
import { formatVerseKey, type VerseRangeIssue, verseRangeIssue } from './verses';

// Apart from `verses.ts`, so that only the contexts that word issues in English (the schemas)
// load these words: the popup words them in the reader's language (utils/problem-words.ts).

/**
 * A range issue in plain English ("Surah 1 has 7 ayahs."): surahs by number, so that the
 * background, which words the schemas' issues, holds no surah names.
 */
export function describeVerseRangeIssue(issue: VerseRangeIssue): string {
  if (issue.code === 'no_surah') {
    return `There is no surah ${issue.surah}: surahs are numbered 1 to 114.`;
  }
  if (issue.code === 'no_ayah') return `Surah ${issue.surah} has ${issue.count} ayahs.`;
  return `The range runs backwards: ${formatVerseKey(issue.to)} comes before ${formatVerseKey(issue.from)}.`;
}

/** Why a range is not valid, in plain words, or null when it is. */
export function verseRangeProblem(range: VerseRange): string | null {
  const issue = verseRangeIssue(range);
  return issue ? describeVerseRangeIssue(issue) : null;
}
