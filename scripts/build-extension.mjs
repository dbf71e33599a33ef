/**
 * Builds the extension into one given directory, for scripts and tests that need a build of
 * their own: `node scripts/build-extension.mjs --browser chrome --mode e2e --out DIR`.
 * The `WXT_QF_*` variables of the environment choose the Quran Foundation environment.
 */
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'wxt';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chrome' },
    mode: { type: 'string', default: 'production' },
    out: { type: 'string' },
  },
});
if (!values.out) {
  console.error(
    'Usage: node scripts/build-extension.mjs --browser chrome|firefox --mode MODE --out DIR',
  );
  process.exit(2);
}
const out = resolve(values.out);
await build({
  browser: values.browser,
  mode: values.mode,
  outDir: dirname(out),
  outDirTemplate: basename(out),
  logLevel: 1,
});
