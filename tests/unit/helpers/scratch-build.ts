import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Builds some entrypoints for production into a scratch folder, with the project's own
 * config, and answers the Chrome build's folder. `dispose` removes the scratch folder.
 */
export async function scratchBuild(
  prefix: string,
  entrypoints: readonly string[],
): Promise<{ dist: string; dispose(): void }> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const config = join(work, 'wxt.config.ts');
  const outDir = join(work, 'out');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\n` +
      `export default { ...base, root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)} };\n`,
  );
  const wxt = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const filters = entrypoints.flatMap((name) => ['-e', name]);
  // NODE_ENV=test (set by vitest) would make a larger, unminified-names build.
  await promisify(execFile)(process.execPath, [wxt, 'build', '-c', config, ...filters], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return {
    dist: join(outDir, 'chrome-mv3'),
    dispose: () => rmSync(work, { recursive: true, force: true }),
  };
}
