import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSizes } from '../../../bench/sizes';
import { scratchBuild } from '../helpers/scratch-build';

/**
 * The budget for the JavaScript the popup page loads when it opens, gzipped: the popup's module
 * and what it imports statically. 15 KB, in bytes. What comes after the first paint (the
 * actions and the messaging client, the plan's words, the custom form) is in chunks of its own.
 */
const BUDGET = 15 * 1024;
let dispose = () => {};
afterAll(() => dispose());

/** A module and every module it imports statically (what the page loads before it runs). */
function staticGraph(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    staticGraph(dist, relative(dist, join(dist, dirname(file), spec ?? '')), seen);
  }
  return seen;
}

let built: Promise<string> | undefined;
/** The whole extension, built once as it ships. */
function dist(): Promise<string> {
  built ??= scratchBuild('popup-size-', []).then((build) => {
    dispose = build.dispose;
    return build.dist;
  });
  return built;
}

describe('the popup bundle', () => {
  it('opens on one file of JavaScript and no style sheet to fetch', async () => {
    // Each file an extension page waits for before its script runs costs about as much as a
    // whole small page (bench/README, "popup ready"): the style is in the page itself.
    const html = readFileSync(join(await dist(), 'popup.html'), 'utf8');
    const fetched = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(
      /^<script type="module" crossorigin src="\/chunks\/popup-[\w-]+\.js">$/,
    );
    expect(html).toMatch(/<style>[^<]*--/);
    const code = readFileSync(
      join(await dist(), fetched[0]?.match(/src="\/([^"]+)"/)?.[1] ?? ''),
      'utf8',
    );
    expect([...code.matchAll(/^import\b|\bimport\s*["'`{*]/gm)]).toEqual([]);
  }, 180_000);

  it('holds today’s card in that file (a reader with a goal sees it in the first paint)', async () => {
    const chunks = readdirSync(join(await dist(), 'chunks'));
    expect(chunks.filter((file) => /^popup-/.test(file))).toHaveLength(1);
    expect(chunks.filter((file) => /^(CurrentGoal|goal-words|plan-words)-/.test(file))).toEqual([]);
  }, 180_000);

  it('loads at most 15 KB (15,360 bytes) of gzipped JavaScript when it opens', async () => {
    // Chunks shared with other pages count too.
    const html = readFileSync(join(await dist(), 'popup.html'), 'utf8');
    const entries = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThan(0);
    const root = await dist();
    const files = new Set(entries.flatMap((entry) => [...staticGraph(root, entry)]));
    const total = [...files].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length,
      0,
    );
    console.info(
      `popup JavaScript: ${[...files].join(', ')} = ${total} bytes (${(total / 1024).toFixed(1)} KB) gzipped`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  }, 180_000);
});

describe('the background bundle', () => {
  it('stays within 40 KB (40,960 bytes) gzipped, everything it loads counted', async () => {
    const background = bundleSizes(await dist()).find((size) => size.entry === 'background');
    console.info(
      `background JavaScript: ${background?.files.join(', ')} = ${background?.gzip} bytes gzipped`,
    );
    expect(background?.files).toEqual(['background.js']);
    expect(background?.gzip).toBeLessThanOrEqual(40 * 1024);
  }, 180_000);
});
