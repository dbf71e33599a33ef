/**
 * `npx tsx bench/bytes.ts`: where the bytes of the popup and the background go. Makes a
 * production build with source maps in a temporary folder and sums, per package or source
 * folder, the characters each leaves in the minified files the entry loads, largest first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';
import { bundleSizes } from './sizes';
import { charactersBySource } from './source-map';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The package (`zod`, `preact`…) or source folder (`utils`, `components`…) of a file. */
function groupOf(file: string): string {
  const modules = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules?.[1]) return modules[1];
  const parts = relative(ROOT, file).split('/');
  return parts[0] === 'entrypoints' ? parts.slice(0, 2).join('/') : (parts[0] ?? file);
}

/** Characters per group in the given files of the build in `dist`. */
function breakdown(dist: string, files: string[]) {
  const groups = new Map<string, number>();
  for (const file of files) {
    const path = join(dist, file);
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    const code = readFileSync(path, 'utf8');
    for (const [source, count] of charactersBySource(code, map)) {
      const group = source === '(generated)' ? source : groupOf(resolve(dirname(path), source));
      groups.set(group, (groups.get(group) ?? 0) + count);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

const outDir = mkdtempSync(join(tmpdir(), 'quran-goals-bytes-'));
try {
  await build({
    mode: 'production',
    outDir,
    outDirTemplate: 'dist',
    vite: () => ({ build: { sourcemap: 'hidden' } }),
  });
  const dist = join(outDir, 'dist');
  for (const size of bundleSizes(dist).filter((s) => ['popup', 'background'].includes(s.entry))) {
    const groups = breakdown(dist, size.files);
    const total = groups.reduce((sum, [, count]) => sum + count, 0);
    console.log(
      `\n${size.entry}: ${(total / 1024).toFixed(1)} KB minified (${size.files.join(', ')})`,
    );
    for (const [group, count] of groups.filter(([, count]) => count > 0).slice(0, 12)) {
      const share = ((count / total) * 100).toFixed(0).padStart(3);
      console.log(`  ${share}%  ${(count / 1024).toFixed(1).padStart(6)} KB  ${group}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
