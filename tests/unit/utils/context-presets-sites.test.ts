// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { alquranCloudReader } from '@/entrypoints/alquran-cloud.content/extract';
import { corpusQuranReader } from '@/entrypoints/corpus-quran.content/extract';
import { previousQuranComReader } from '@/entrypoints/previous-quran-com.content/extract';
import { quranComReader } from '@/entrypoints/quran-com.content/extract';
import { quranKsuReader } from '@/entrypoints/quran-ksu.content/extract';
import { quranencReader } from '@/entrypoints/quranenc.content/extract';
import { quranwbwReader } from '@/entrypoints/quranwbw.content/extract';
import { tanzilReader } from '@/entrypoints/tanzil.content/extract';
import en from '@/public/_locales/en/messages.json';
import { contextPresets } from '@/utils/context-presets';
import { readPageContext } from '@/utils/sites/run-reader';
import type { SiteReader } from '@/utils/sites/site-reader';
import { parsePage } from '../sites/fixtures';

// From an address to the presets the popup shows, in order, as it words them in English: what
// the address names, then "From here…" from the reader's verse, then the wider scopes. Pages
// that show nothing yet, so that only the address speaks. Ranges are facts of the standard
// mushaf: 2:286 ends Al-Baqarah, juz 30 is 78:1–114:6, page 50 is 3:1–3:9.

const BLANK = '<!DOCTYPE html><html><head><title></title></head><body></body></html>';
const words = en as Record<string, { message: string }>;

/** Each site's reader, by the host of its addresses. */
const READERS: Record<string, SiteReader> = {
  'quran.com': quranComReader,
  'previous.quran.com': previousQuranComReader,
  'tanzil.net': tanzilReader,
  'quran.ksu.edu.sa': quranKsuReader,
  'quranenc.com': quranencReader,
  'alquran.cloud': alquranCloudReader,
  'corpus.quran.com': corpusQuranReader,
  'quranwbw.com': quranwbwReader,
};

/** The presets the popup offers over a page at `href` that shows nothing yet. */
function presetsAt(href: string): string[] {
  const reader = READERS[new URL(href).hostname];
  if (!reader) throw new Error(`No reader for ${href}`);
  const pageContext = readPageContext(reader, parsePage(BLANK), href);
  return contextPresets({ pageContext, prefill: null }).map(
    ({ kind, from, to }) => `${words[`page_${kind}`]?.message} ${from}–${to}`,
  );
}

const VERSE_2_255 = [
  'This verse 2:255–2:255',
  'From here to the end of the surah 2:255–2:286',
  'This surah 2:1–2:286',
];

describe('the presets over an address of each site', () => {
  it.each([
    ['https://quran.com/al-baqarah', ['This surah 2:1–2:286']],
    ['https://quran.com/an-nisa', ['This surah 4:1–4:176']],
    ['https://quran.com/2/255', VERSE_2_255],
    ['https://quran.com/2/1', ['This verse 2:1–2:1', 'This surah 2:1–2:286']],
    ['https://quran.com/juz/30', ['This juz 78:1–114:6']],
    ['https://quran.com/2/287', []],
    ['https://quran.com/2/255-250', []],
    [
      'https://previous.quran.com/2/255-260',
      [
        'These verses 2:255–2:260',
        'From here to the end of the surah 2:255–2:286',
        'This surah 2:1–2:286',
      ],
    ],
    ['https://previous.quran.com/2/287', []],
    ['https://tanzil.net/#2:255', VERSE_2_255],
    ['https://tanzil.net/#page-50', ['This page 3:1–3:9']],
    ['https://tanzil.net/#2:300', []],
    ['https://quran.ksu.edu.sa/index.php#aya=2_255&m=hafs', VERSE_2_255],
    ['https://quranenc.com/en/browse/english_saheeh/2/255', VERSE_2_255],
    ['https://quranenc.com/en/browse/english_saheeh/2-287', []],
    ['https://alquran.cloud/ayah/262', VERSE_2_255],
    ['https://alquran.cloud/juz/30', ['This juz 78:1–114:6']],
    ['https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=255', VERSE_2_255],
    ['https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=287', []],
    ['https://quranwbw.com/2/255', VERSE_2_255],
    ['https://quranwbw.com/juz?id=30', ['This juz 78:1–114:6']],
    [
      'https://quranwbw.com/2?startVerse=255',
      ['This surah 2:1–2:286', 'From here to the end of the surah 2:255–2:286'],
    ],
  ] as const)('%s → %j', (href, expected) => {
    expect(presetsAt(href)).toEqual(expected);
  });
});
