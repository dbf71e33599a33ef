/**
 * `npm run bench`: the benchmark (`bench/run.ts`), the quran.com reader's timings
 * (`bench/content-script.ts`), then the breakdown of the popup's and background's bytes by
 * package (`bench/bytes.ts`), one after another with tsx. Options go through the
 * environment: `BENCH_RUNS=30 npm run bench` (at least 20).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const tsxRun = (file) =>
  spawnSync(process.execPath, [tsx, join(ROOT, file)], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
let status = 0;
for (const file of ['bench/run.ts', 'bench/content-script.ts', 'bench/bytes.ts']) {
  status ||= tsxRun(file);
}
process.exit(status);
