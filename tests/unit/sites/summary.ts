import type { SelectionAnswer } from '@/utils/messages';
import type { VerseRange } from '@/utils/quran/schema';
import { formatVerseKey } from '@/utils/quran/verses';
import type { Suggestion } from '@/utils/sites/suggestions';
import { parsePage } from './fixtures';

/** `2:255-2:260` */
export const rangeText = ({ from, to }: VerseRange) =>
  `${formatVerseKey(from)}-${formatVerseKey(to)}`;

/** Suggestions as short lines: `verse 2:255-2:255`, `page 42 2:253-2:256`. */
export const summary = (suggestions: Suggestion[]) =>
  suggestions.map(({ kind, number, range }) =>
    [kind, number, rangeText(range)].filter((part) => part !== undefined).join(' '),
  );

/** An answer as a range, or `none: <reason>`. */
export const answerText = (answer: SelectionAnswer) =>
  answer.found ? rangeText(answer.range) : `none: ${answer.reason}`;

/** What a reader suggests for an address on a page that shows nothing yet, as short lines. */
export const fromAddress = (
  extract: (doc: Document, url: URL) => Suggestion[],
  url: string,
): string[] =>
  summary(
    extract(
      parsePage('<!DOCTYPE html><html><head><title></title></head><body></body></html>'),
      new URL(url),
    ),
  );
