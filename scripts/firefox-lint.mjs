/**
 * `npm run test:firefox-lint`: builds the Firefox add-on for production and runs
 * `web-ext lint` on it. Passes with no error (warnings are printed); writes the linter's
 * counts to `test-results/firefox-lint.json` for the test summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.output/firefox-mv2-lint');
const REPORT = join(ROOT, 'test-results/firefox-lint.json');

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
  const messages = ['errors', 'warnings'].flatMap((kind) =>
    report[kind].map((m) => `${kind.slice(0, -1)}: ${m.code} ${m.message} (${m.file ?? ''})`),
  );
  result = { ...report.summary, messages };
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
console.log(`Firefox add-on lint: ${result.errors} errors, ${result.warnings} warnings`);
process.exit(result.errors === 0 ? 0 : 1);
