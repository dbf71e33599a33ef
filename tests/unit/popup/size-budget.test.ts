import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchBuild } from '../helpers/scratch-build';

/** The budget for the JavaScript the popup page loads, gzipped. */
const BUDGET = 20 * 1024;
let dispose = () => {};
afterAll(() => dispose());

describe('the popup bundle', () => {
  it('loads at most 20 KB of gzipped JavaScript', async () => {
    const build = await scratchBuild('popup-size-', ['popup']);
    dispose = build.dispose;
    const { dist } = build;
    const html = readFileSync(join(dist, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map(
      (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(
      `popup JavaScript: ${scripts.join(', ')} = ${(total / 1024).toFixed(1)} KB gzipped`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  }, 120_000);
});
