/**
 * `npm run bench`: runs the benchmark (`bench/run.ts`) with tsx. Options go through the
 * environment: `BENCH_RUNS=30 npm run bench` (at least 20).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const run = spawnSync(process.execPath, [tsx, join(ROOT, 'bench/run.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
