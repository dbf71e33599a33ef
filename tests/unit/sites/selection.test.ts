// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseVerseId } from '@/utils/quran/parse';
import { formatVerseKey } from '@/utils/quran/verses';
import { selectedVerses } from '@/utils/sites/selection';
import { parsePage, rangeBetween } from './fixtures';

/** Words of 2:1…2:5 in reading order, then a word of 2:9 and one of 2:3 out of it. */
const PAGE = `<html><body>${[1, 2, 3, 4, 5, 9, 3]
  .map((ayah, i) => `<span class="w" id="w${i}" data-key="2:${ayah}">w${i}</span>`)
  .join(' ')}</body></html>`;

/** The verses found for a selection from word `a` to word `b`, and the words read for it. */
function select(a: number, b: number, inOrder: boolean) {
  const doc = parsePage(PAGE);
  const read: string[] = [];
  const verseOf = (el: Element) => {
    read.push(el.id);
    return parseVerseId(el.getAttribute('data-key'));
  };
  const verses = selectedVerses(
    [rangeBetween(doc, `#w${a}`, `#w${b}`)],
    ['.w', verseOf],
    undefined,
    inOrder,
  );
  return { verses: verses.map((key) => key && formatVerseKey(key)), read };
}

describe('selectedVerses', () => {
  it('reads every word a selection touches', () => {
    expect(select(1, 6, false)).toEqual({
      verses: ['2:2', '2:3', '2:4', '2:5', '2:9', '2:3'],
      read: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'],
    });
  });

  it('reads only the first and the last word touched on a page in reading order', () => {
    expect(select(0, 4, true)).toEqual({ verses: ['2:1', '2:5'], read: ['w0', 'w4'] });
    expect(select(2, 3, true).read).toEqual(['w2', 'w3']);
    expect(select(2, 2, true).read).toEqual(['w2']);
  });
});
