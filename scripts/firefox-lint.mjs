/**
 * `npm run test:firefox-lint`: builds the Firefox add-on for production and runs
 * `web-ext lint` on it. Passes with no error and no warning but the ones explained below
 * (and in the README, "Store packages"); writes the linter's counts to
 * `test-results/firefox-lint.json` for the test summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.output/firefox-mv2-lint');
const REPORT = join(ROOT, 'test-results/firefox-lint.json');

/** The warnings known and accepted, each with the reason; any other warning fails. */
export const EXPLAINED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w-]+\.js$/,
    message: /innerHTML/,
    why:
      "Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop, which no " +
      'component of the extension uses (tests/unit/no-inner-html.test.ts)',
  },
];

const explained = (warning) =>
  EXPLAINED_WARNINGS.find(
    (known) =>
      known.code === warning.code &&
      known.file.test(warning.file ?? '') &&
      known.message.test(warning.message),
  );

const build = spawnSync(
  process.execPath,
  [join(ROOT, 'scripts/build-extension.mjs'), '--browser', 'firefox', '--out', OUT],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_QF_ENV: 'production' },
  },
);
const webExt = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
const lint =
  build.status === 0 &&
  spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', OUT, '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );

let result;
try {
  if (!lint) throw new Error('the Firefox build failed');
  const report = JSON.parse(lint.stdout);
  const describe = (kind, m) => `${kind}: ${m.code} ${m.message} (${m.file ?? ''})`;
  const unexplained = report.warnings.filter((warning) => !explained(warning));
  const messages = [
    ...report.errors.map((m) => describe('error', m)),
    ...report.warnings.map((m) =>
      explained(m)
        ? `${describe('warning', m)}, explained: ${explained(m).why}`
        : `${describe('warning', m)}, not explained: fix it or explain it in scripts/firefox-lint.mjs and the README`,
    ),
  ];
  result = { ...report.summary, unexplained: unexplained.length, messages };
} catch (error) {
  result = {
    errors: 1,
    warnings: 0,
    notices: 0,
    messages: [`web-ext lint did not run: ${error.message}`],
  };
}
mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, JSON.stringify(result, null, 2));
for (const message of result.messages) console.log(`  ${message}`);
console.log(
  `Firefox add-on lint: ${result.errors} errors, ${result.warnings} warnings (${result.unexplained ?? 0} not explained)`,
);
process.exit(result.errors === 0 && !result.unexplained ? 0 : 1);
