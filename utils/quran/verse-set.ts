import { readVerseRange } from './read-range';
import { TOTAL_VERSES, verseNumber } from './verses';

/**
 * The verses (by position, 1 to 6236) that `S:A-S:A` items name, several to an item separated
 * by commas as the API writes them; items that are not ranges name none.
 */
export function versesIn(ranges: readonly string[]): Uint8Array {
  const read = new Uint8Array(TOTAL_VERSES + 1);
  for (const part of ranges.flatMap((item) => item.split(','))) {
    const range = readVerseRange(part);
    const first = range ? verseNumber(range.from) : 0;
    const last = range ? verseNumber(range.to) : 0;
    for (let at = first; first && at <= last; at++) read[at] = 1;
  }
  return read;
}

/** How many verses of `wanted` are among those of `held`. */
export function versesAmong(held: readonly string[], wanted: readonly string[]): number {
  const have = versesIn(held);
  return versesIn(wanted).reduce((sum, bit, at) => sum + (bit && have[at] ? 1 : 0), 0);
}

/** How many verses `ranges` name, each counted once. */
export function versesCount(ranges: readonly string[]): number {
  return versesIn(ranges).reduce((sum, bit) => sum + bit, 0);
}
