import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 4's budget for each site's content script, gzipped. */
const BUDGET = 5 * 1024;
const ROOT = resolve(import.meta.dirname, '../../..');
const SITES = readdirSync(join(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content'))
  .map((name) => name.replace(/\.content$/, ''));
const work = mkdtempSync(join(tmpdir(), 'content-size-'));
let dist = '';

/** Builds the content scripts alone, for production, into a scratch folder. */
async function buildContentScripts(): Promise<string> {
  const config = join(work, 'wxt.config.ts');
  const outDir = join(work, 'out');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\n` +
      `export default { ...base, root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)} };\n`,
  );
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const filters = SITES.flatMap((site) => ['-e', site]);
  // NODE_ENV=test (set by vitest) would make a larger, unminified-names build.
  await promisify(execFile)(process.execPath, [wxt, 'build', '-c', config, ...filters], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return join(outDir, 'chrome-mv3');
}

beforeAll(async () => {
  dist = await buildContentScripts();
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
