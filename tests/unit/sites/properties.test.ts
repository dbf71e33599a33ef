// @vitest-environment happy-dom
import fc from 'fast-check';
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
import { PageContextSchema, SelectionAnswerSchema } from '@/utils/messages';
import { verseRangeProblem } from '@/utils/quran/issue-words';
import { isInRange, verseCount } from '@/utils/quran/verses';
import { selectionTextToRange } from '@/utils/sites/generic';
import { findReferences } from '@/utils/sites/references';
import { parsePage } from './fixtures';

const READERS = [
  ['quran.com', quranComReader],
  ['tanzil.net', tanzilReader],
  ['quranwbw.com', quranwbwReader],
  ['alquran.cloud', alquranCloudReader],
  ['quran.ksu.edu.sa', quranKsuReader],
  ['corpus.quran.com', corpusQuranReader],
  ['quranenc.com', quranencReader],
  ['previous.quran.com', previousQuranComReader],
] as const;

const number = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: -5, max: 7000 }));
const key = fc.oneof(
  fc.tuple(number, number).map(([s, a]) => `${s}:${a}`),
  fc.tuple(number, number, number).map(([s, a, w]) => `${s}:${a}:${w}`),
  fc.constantFrom('2:255', '3:1', '114:6', '1:7', '2:286', ''),
  fc.string({ maxLength: 8 }),
);
const segment = fc.oneof(
  key,
  number.map(String),
  fc.tuple(number, number).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom(
    'page',
    'juz',
    'hizb',
    'rub',
    'surah',
    'ayah',
    'browse',
    'ar',
    'info',
    'al-baqarah',
  ),
  fc.webSegment(),
);
const query = fc.dictionary(
  fc.constantFrom(
    'startingVerse',
    'startVerse',
    'id',
    'aya',
    'pg',
    'm',
    'chapter',
    'verse',
    'location',
    'surah',
  ),
  fc.oneof(
    segment,
    key.map((k) => k.replaceAll(':', '_')),
  ),
  { maxKeys: 3 },
);
const hash = fc.oneof(
  fc.constant(''),
  segment,
  fc
    .tuple(fc.constantFrom('page-', 'juz-', 'hizb-', 'trans/en.sahih/'), segment)
    .map((p) => p.join('')),
  query.map((q) => new URLSearchParams(q).toString()),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(...READERS.map(([host]) => host)),
      fc.array(segment, { maxLength: 4 }),
      query,
      hash,
    )
    .map(([host, parts, q, h]) => {
      const address = new URL(`https://${host}/`);
      address.pathname = parts.map(encodeURIComponent).join('/');
      address.search = new URLSearchParams(q).toString();
      address.hash = h;
      return address.href;
    }),
);

const attribute = fc.oneof(
  key.map((k) => ['data-verse-key', k]),
  key.map((k) => ['data-word-location', k]),
  key.map((k) => ['data-testid', `verse-${k}`]),
  number.map((n) => ['data-chapter-id', String(n)]),
  fc
    .oneof(
      key,
      number.map((n) => `page-${n}`),
      number.map((n) => `Page${n}-Line16`),
    )
    .map((k) => ['id', k]),
  key.map((k) => ['id', k.replaceAll(':', '-')]),
  number.map((n) => ['id', `ayah-${n}`]),
  fc
    .oneof(
      key.map((k) => `#aya=${k.replaceAll(':', '_')}`),
      fc.tuple(number, number).map(([s, a]) => `/tafseer/katheer/sura${s}-aya${a}.html`),
      fc.tuple(key, fc.constantFrom('hafs', 'warsh')).map(([k, m]) => `index.php?aya=${k}&m=${m}`),
      fc.webUrl(),
      fc.string({ maxLength: 8 }),
    )
    .map((href) => ['href', href]),
  key.map((k) => ['name', `verse:${k}`]),
  fc
    .constantFrom(
      'aya',
      'aya selected',
      'verse',
      'word',
      'location',
      'style-ayah ayah2_255',
      'singleEditionAyah3_7',
    )
    .map((c) => ['class', c]),
);
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc
    .tuple(
      fc.constantFrom('div', 'span', 'p', 'section', 'a'),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(fc.oneof(fc.string({ maxLength: 6 }), key, tie('node')), {
        maxLength: 4,
        depthIdentifier: 'tree',
      }),
    )
    .map(([tag, attributes, children]) => {
      const attrs = attributes.map(
        ([name, value]) => ` ${name}="${String(value).replace(/[<&"]/g, '')}"`,
      );
      const inner = children
        .map((child) => (child.startsWith('<') ? child : child.replace(/[<&]/g, '')))
        .join('');
      return `<${tag}${attrs.join('')}>${inner}</${tag}>`;
    }),
}));
const containers = ['quranText', 'transText'];
const page = fc
  .tuple(fc.array(tree.node, { maxLength: 5 }), fc.boolean())
  .map(
    ([nodes, wrapped]) =>
      `<html><head><title>[2:255]</title></head><body>${wrapped ? containers.map((id, i) => `<div id="${id}">${nodes[i] ?? ''}</div>`).join('') : ''}${nodes.join('')}</body></html>`,
  );
const stored = fc.oneof(
  fc.string(),
  fc
    .tuple(
      key,
      fc.constantFrom('code_v1', 'text_indopak', 'qpc_uthmani_hafs', ''),
      fc.constantFrom('15_lines', '16_lines', ''),
    )
    .map(([verseKey, quranFont, mushafLines]) =>
      JSON.stringify({
        readingTracker: JSON.stringify({ lastReadVerse: { verseKey } }),
        quranReaderStyles: JSON.stringify({ quranFont, mushafLines }),
      }),
    ),
);
const layout = fc.array(
  fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 900 })),
  { maxLength: 40 },
);

/** Loads a generated page, its stored state and a made-up layout. */
function setUp(html: string, storage: string, boxes: [number, number][]): Document {
  const doc = parsePage(html);
  localStorage.setItem('persist:root', storage);
  doc.querySelectorAll('*').forEach((element, i) => {
    const [top, height] = boxes[i % Math.max(boxes.length, 1)] ?? [0, 0];
    element.getBoundingClientRect = () => ({ top, bottom: top + height, height }) as DOMRect;
  });
  return doc;
}

describe.each(READERS)('the %s reader on any page', (_site, reader) => {
  it('never throws, and suggests real ranges: one of each kind, wider scopes after the verse', () => {
    fc.assert(
      fc.property(url, page, stored, layout, (href, html, storage, boxes) => {
        const suggestions = reader.extractPageContext(setUp(html, storage, boxes), new URL(href));
        for (const { range } of suggestions) expect(verseRangeProblem(range)).toBeNull();
        const kinds = suggestions.map(({ kind }) => kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        for (const { kind, range } of suggestions) {
          if (kind === 'ayah' || kind === 'verse') expect(verseCount(range)).toBe(1);
        }
        // After the reader's verse, only the scopes that hold it, the narrowest first.
        const at = kinds.indexOf('verse');
        const here = suggestions[at]?.range.from;
        const wider = here ? suggestions.slice(at + 1) : [];
        for (const { range } of wider) expect(isInRange(here ?? range.from, range)).toBe(true);
        const sizes = wider.map(({ range }) => verseCount(range));
        expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
        expect(
          PageContextSchema.safeParse({ url: href, site: reader.site, suggestions }).success,
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on a selection, and answers a real, ordered range or a reason', () => {
    fc.assert(
      fc.property(page, url, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (html, href, a, b, x, y) => {
        const doc = setUp(html, '', []);
        const nodes: Node[] = [];
        const walker = doc.createTreeWalker(doc.body);
        for (let node = walker.currentNode; node; node = walker.nextNode() as Node)
          nodes.push(node);
        const range = doc.createRange();
        const start = nodes[a % nodes.length] as Node;
        const end = nodes[b % nodes.length] as Node;
        range.setStart(
          start,
          (x % ((start.textContent?.length ?? 0) + 1)) % (start.childNodes.length + 1 || 1),
        );
        range.setEnd(
          end,
          (y % ((end.textContent?.length ?? 0) + 1)) % (end.childNodes.length + 1 || 1),
        );
        const answer = reader.selectionToRange(range, doc, new URL(href));
        expect(SelectionAnswerSchema.safeParse(answer).success).toBe(true);
        if (answer.found) expect(verseRangeProblem(answer.range)).toBeNull();
        // Unfound, it says why, as a reason the background words (`reason_<code>`).
        else expect(`reason_${answer.reason}` in en).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('references in any text', () => {
  const text = fc.array(
    fc.oneof(
      fc.string(),
      key,
      fc.constantFrom('﴿', '﴾', '\u06DD', '٢', '٥', '۵', ':', '-', '–', '(', ')', '[', ']', ' '),
    ),
    { maxLength: 12 },
  );

  it('are real, ordered ranges, and a text answer is always valid', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: -3, max: 120 })), (parts, surah) => {
        const joined = parts.join('');
        for (const range of findReferences(joined, surah))
          expect(verseRangeProblem(range)).toBeNull();
        expect(SelectionAnswerSchema.safeParse(selectionTextToRange(joined, surah)).success).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});
