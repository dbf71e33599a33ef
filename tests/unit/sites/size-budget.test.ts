import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratchBuild } from '../helpers/scratch-build';

/** The budget for each site's content script, gzipped. */
const BUDGET = 5 * 1024;
const SITES = readdirSync(join(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content'))
  .map((name) => name.replace(/\.content$/, ''));
let dist = '';
let dispose = () => {};

beforeAll(async () => {
  ({ dist, dispose } = await scratchBuild('content-size-', SITES));
}, 180_000);
afterAll(() => dispose());

describe('each site’s content script', () => {
  it('there is one per site folder', () => {
    expect(SITES.length).toBeGreaterThanOrEqual(8);
    expect(readdirSync(join(dist, 'content-scripts')).sort()).toEqual(
      SITES.map((site) => `${site}.js`).sort(),
    );
  });

  it.each(SITES)('%s is at most 5 KB gzipped', (site) => {
    const code = readFileSync(join(dist, 'content-scripts', `${site}.js`));
    const size = gzipSync(code, { level: 9 }).length;
    console.info(`${site}: ${code.length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});
