/**
 * `npm test`: everything, one part after another so that browsers never compete for the
 * machine: unit and contract tests, the e2e journeys in Chromium, and `web-ext lint` on the
 * Firefox build. Reports go to `test-results/`; a summary per part and the totals end the run.
 * Extra arguments go to both vitest runs (e.g. `npm test -- --bail 1`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORTS, summarize } from './test-summary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const extra = process.argv.slice(2);

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const exitCodes = {};

function vitest(project) {
  const report = join(RESULTS, REPORTS[project]);
  const args = ['run', '--project', project, '--reporter=default', '--reporter=json'];
  const vitestBin = join(ROOT, 'node_modules/vitest/vitest.mjs');
  console.log(`\n=== ${project} tests ===`);
  const run = spawnSync(
    process.execPath,
    [vitestBin, ...args, `--outputFile.json=${report}`, ...extra],
    { cwd: ROOT, stdio: 'inherit' },
  );
  exitCodes[project] = run.status ?? 1;
  writeFileSync(join(RESULTS, REPORTS.exitCodes), JSON.stringify(exitCodes));
}

vitest('unit');
vitest('e2e');
console.log('\n=== Firefox add-on lint ===');
spawnSync(process.execPath, [join(ROOT, 'scripts/firefox-lint.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
});

const { parts, passed, failed } = summarize(RESULTS);
console.log('\n=== Summary ===');
for (const [name, part] of Object.entries(parts)) {
  console.log(`${name}: ${part.passed} passed, ${part.failed} failed`);
  for (const note of part.notes) console.log(`  ${note}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
