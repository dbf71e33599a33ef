import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchBuild } from '../helpers/scratch-build';

/**
 * The budget for the JavaScript the popup page loads when it opens, gzipped: the popup's module
 * and what it imports statically, and the small script that reads the draft while that module
 * is on its way. 15 KB, in bytes. What comes after the first paint (the actions and the
 * messaging client, the plan's words, the custom form) is in chunks of its own.
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

describe('the popup bundle', () => {
  it('loads at most 15 KB (15,360 bytes) of gzipped JavaScript when it opens', async () => {
    // The whole extension is built, as it ships: chunks shared with other pages count too.
    const build = await scratchBuild('popup-size-', []);
    dispose = build.dispose;
    const { dist } = build;
    const html = readFileSync(join(dist, 'popup.html'), 'utf8');
    const entries = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThan(0);
    const files = new Set(entries.flatMap((entry) => [...staticGraph(dist, entry)]));
    const total = [...files].reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    console.info(
      `popup JavaScript: ${[...files].join(', ')} = ${total} bytes (${(total / 1024).toFixed(1)} KB) gzipped`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  }, 180_000);
});
