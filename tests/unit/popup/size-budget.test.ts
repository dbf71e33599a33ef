import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

/** Issue 3's budget for the JavaScript the popup page loads, gzipped. */
const BUDGET = 20 * 1024;
const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'popup-size-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the popup alone, for production, into a scratch folder. */
async function buildPopup(): Promise<string> {
  const config = join(work, 'wxt.config.ts');
  const outDir = join(work, 'out');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\n` +
      `export default { ...base, root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)} };\n`,
  );
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  // NODE_ENV=test (set by vitest) would make a larger, unminified-names build.
  const env = { ...process.env, NODE_ENV: 'production' };
  await promisify(execFile)(process.execPath, [wxt, 'build', '-c', config, '-e', 'popup'], {
    cwd: ROOT,
    env,
  });
  return join(outDir, 'chrome-mv3');
}

describe('the popup bundle', () => {
  it('loads at most 20 KB of gzipped JavaScript', async () => {
    const dist = await buildPopup();
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
