/**
 * `npm test`: everything, one part after another so that browsers never compete for the
 * machine: unit and contract tests, the e2e journeys in Chromium, and `web-ext lint` on the
 * Firefox build. Reports go to `test-results/`; a summary per part and the totals end the run.
 * Extra arguments go to both vitest runs (e.g. `npm test -- --bail 1`).
 *
 * Before the browser parts it looks for Chromium (or Chrome), Firefox and, on Linux, Xvfb.
 * For each one missing it prints one line with the command that installs it, leaves out the
 * journeys that need it, and counts each part left out as one failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, findFirefox, findXvfb, installHint } from './lib/find-browser.mjs';
import { REPORTS, requestTally, summarize } from './test-summary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const extra = process.argv.slice(2);

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const exitCodes = {};

function vitest(project, { exclude = [], env = {} } = {}) {
  const report = join(RESULTS, REPORTS[project]);
  const args = ['run', '--project', project, '--reporter=default', '--reporter=json'];
  const vitestBin = join(ROOT, 'node_modules/vitest/vitest.mjs');
  console.log(`\n=== ${project} tests ===`);
  const run = spawnSync(
    process.execPath,
    [
      vitestBin,
      ...args,
      `--outputFile.json=${report}`,
      ...exclude.flatMap((file) => ['--exclude', file]),
      ...extra,
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  exitCodes[project] = run.status ?? 1;
  writeFileSync(join(RESULTS, REPORTS.exitCodes), JSON.stringify(exitCodes));
}

/** What the browser parts need, the journeys that need it, and whether this machine has it. */
const chromium = findBrowser();
const firefox = findFirefox();
const REQUIREMENTS = [
  {
    name: 'Chromium (or Chrome)',
    install: 'chromium',
    found: chromium,
    part: 'e2e journeys',
    project: 'e2e',
  },
  {
    name: 'Firefox',
    install: 'firefox',
    found: firefox,
    part: 'Firefox journey',
    files: ['tests/e2e/firefox.test.ts'],
  },
  {
    name: 'Xvfb',
    install: 'xvfb',
    found: findXvfb(),
    part: 'right-click journey',
    files: ['tests/e2e/right-click.test.ts'],
  },
];
const lacking = REQUIREMENTS.filter((requirement) => !requirement.found);
for (const { name, install, part } of lacking)
  console.log(`${name} not found, so the ${part} cannot run. Install it: ${installHint(install)}`);
// Without Chromium no journey runs, so nothing else is counted twice.
const missing = lacking.some((requirement) => requirement.project)
  ? lacking.filter((requirement) => requirement.project)
  : lacking;
writeFileSync(
  join(RESULTS, REPORTS.missing),
  JSON.stringify(
    missing.map(({ name, part, project }) => ({ part, reason: `${name} not found`, project })),
  ),
);

vitest('unit');
if (chromium) {
  vitest('e2e', {
    exclude: lacking.flatMap((requirement) => requirement.files ?? []),
    env: { CHROME_PATH: chromium, ...(firefox ? { FIREFOX_PATH: firefox } : {}) },
  });
}
console.log('\n=== Firefox add-on lint ===');
spawnSync(process.execPath, [join(ROOT, 'scripts/firefox-lint.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
});

const { parts, passed, failed } = summarize(RESULTS);
console.log('\n=== Summary ===');
const tally = requestTally(RESULTS);
console.log(`${tally.checked} requests checked against the documents, ${tally.invalid} invalid`);
for (const [name, part] of Object.entries(parts)) {
  console.log(`${name}: ${part.passed} passed, ${part.failed} failed`);
  for (const note of part.notes) console.log(`  ${note}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
