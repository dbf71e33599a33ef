/**
 * `npm run bench:content`: how long the quran.com reader takes on the 286-verse page of
 * Al-Baqarah (tests/fixtures/quran-com/make-baqarah.ts, under a fixed 64-pixel header as the
 * site has) in a real headless Chromium, to find the verse in view and to map selections. Each
 * figure is the median of `BENCH_RUNS` runs (default 25, at least 20); finding the verse in
 * view and mapping a selection across 51 verses each have a budget of 1 ms. Prints a table and
 * writes `bench/content-script.json`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { makeBaqarahPage } from '../tests/fixtures/quran-com/make-baqarah';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 25);

/** The quran.com reader bundled for a page (`globalThis.reader`), as its content script has it. */
async function readerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { quranComReader } from './entrypoints/quran-com.content/extract';
globalThis.reader = quranComReader;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** What the page measures: a task's median time over `runs` runs, and its answer. */
type Measure = { median: number; answer: unknown };
/** A range as the reader answers it. */
type Range = { from?: { surah: number; ayah: number }; to?: { surah: number; ayah: number } };

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.route('https://quran.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: makeBaqarahPage() }),
  );
  await page.goto('https://quran.com/2');
  await page.addScriptTag({ content: await readerBundle() });
  // tsx names the functions it compiles with a `__name` helper, which the page lacks.
  await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
  await page.evaluate(() => {
    const header = document.createElement('nav');
    header.style.cssText = 'position:fixed;top:0;left:0;right:0;height:64px;background:#fff';
    header.textContent = 'Quran.com';
    document.body.prepend(header);
  });
  await page.locator('[data-verse-key="2:200"]').scrollIntoViewIfNeeded();

  const measure = (task: 'view' | 'selection', from: string, to: string) =>
    page.evaluate(
      ({ task, from, to, runs }) => {
        type Reader = {
          extractPageContext(doc: Document, url: URL): unknown;
          selectionToRange(selection: Selection | null, doc: Document, url: URL): unknown;
        };
        const reader = (globalThis as unknown as { reader: Reader }).reader;
        const url = new URL(location.href);
        const word = (key: string) => document.querySelector(`[data-word-location="${key}"]`);
        const [start, end] = [word(from), word(to)];
        if (task === 'selection' && start && end) {
          const range = document.createRange();
          range.setStart(start, 0);
          range.setEnd(end, end.childNodes.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        }
        const run = () =>
          task === 'view'
            ? reader.extractPageContext(document, url)
            : reader.selectionToRange(getSelection(), document, url);
        const times: number[] = [];
        let answer: unknown;
        for (let i = 0; i < runs; i++) {
          const began = performance.now();
          answer = run();
          times.push(performance.now() - began);
        }
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(runs / 2)] ?? 0, answer };
      },
      { task, from, to, runs: RUNS },
    ) as Promise<Measure>;

  const rows: [string, Measure][] = [
    ['verse in view (2:200 scrolled to)', await measure('view', '', '')],
    ['selection of one verse (2:255)', await measure('selection', '2:255:1', '2:255:10')],
    ['selection across verses (2:100–2:150)', await measure('selection', '2:100:1', '2:150:3')],
    ['selection of the whole page (2:1–2:286)', await measure('selection', '2:1:1', '2:286:5')],
  ];
  // The verse found in view, or the range a selection maps to.
  const summary = (answer: unknown) => {
    const here = Array.isArray(answer) && answer.find((item) => item.kind === 'verse');
    const { from, to } = here ? here.range : ((answer as { range?: Range }).range ?? {});
    return from && to
      ? `${from.surah}:${from.ayah}-${to.surah}:${to.ayah}`
      : JSON.stringify(answer);
  };
  console.log(`quran.com reader on 286 verses, headless Chromium, median of ${RUNS} runs`);
  console.log(`${'task'.padEnd(42)}${'median'.padStart(10)}  answer`);
  for (const [name, { median, answer }] of rows) {
    console.log(`${name.padEnd(42)}${`${median.toFixed(2)} ms`.padStart(10)}  ${summary(answer)}`);
  }
  const figures = Object.fromEntries(rows.map(([name, { median }]) => [name, median]));
  const out = join(HERE, 'content-script.json');
  writeFileSync(out, `${JSON.stringify({ runs: RUNS, medianMs: figures }, null, 2)}\n`);
  console.log(`written to ${out}`);
  // What the view shows, read from the layout of every verse: the first below the header.
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid^="verse-"]'))
      .find((cell) => cell.getBoundingClientRect().bottom > 64)
      ?.getAttribute('data-verse-key'),
  );
  console.log(`first verse below the header, by the layout of every verse: ${shown}`);
} finally {
  await browser.close();
}
