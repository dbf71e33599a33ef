/**
 * `npm run bench:content`: how long the quran.com reader takes on the 286-verse page of
 * Al-Baqarah (tests/fixtures/quran-com/make-baqarah.ts) in a real headless Chromium, to find
 * the verse in view and to map selections. Each figure is the median of `BENCH_RUNS` runs
 * (default 25, at least 20). Prints a table and writes `bench/content-script.json`.
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
  const summary = (answer: unknown) => JSON.stringify(answer).slice(0, 60);
  console.log(`quran.com reader on 286 verses, headless Chromium, median of ${RUNS} runs`);
  console.log(`${'task'.padEnd(42)}${'median'.padStart(10)}  answer`);
  for (const [name, { median, answer }] of rows) {
    console.log(`${name.padEnd(42)}${`${median.toFixed(2)} ms`.padStart(10)}  ${summary(answer)}`);
  }
  const figures = Object.fromEntries(rows.map(([name, { median }]) => [name, median]));
  const out = join(HERE, 'content-script.json');
  writeFileSync(out, `${JSON.stringify({ runs: RUNS, medianMs: figures }, null, 2)}\n`);
  console.log(`written to ${out}`);
} finally {
  await browser.close();
}
