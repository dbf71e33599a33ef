/**
 * Counts every check of a test run from the reports in `test-results/`: the vitest JSON
 * reports of the unit (with contract) and e2e projects, and the Firefox lint as one check.
 * A report that is missing, or a test file that failed to load, counts as a failure; so does
 * each part that could not run because the machine lacks what it needs (`missing.json`).
 * Run alone, it prints `N passed, N failed` and exits non-zero when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reports a full `npm test` writes. */
export const REPORTS = {
  unit: 'unit.json',
  e2e: 'e2e.json',
  firefoxLint: 'firefox-lint.json',
  /** Each vitest run's exit code: unhandled errors fail a run whose tests all passed. */
  exitCodes: 'exit-codes.json',
  /**
   * The parts that could not run: `[{ part, reason, project? }]`; `project` names a vitest
   * project that did not run at all, whose report is then not looked for.
   */
  missing: 'missing.json',
  /** One line per e2e sandbox: `{checked, invalid}` requests against the official document. */
  requestChecks: 'request-checks.jsonl',
};

/** The requests the e2e journeys checked against the official document, added up. */
export function requestTally(dir) {
  const path = join(dir, REPORTS.requestChecks);
  if (!existsSync(path)) return { checked: 0, invalid: 0 };
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .reduce(
      (sum, one) => ({ checked: sum.checked + one.checked, invalid: sum.invalid + one.invalid }),
      {
        checked: 0,
        invalid: 0,
      },
    );
}

function countVitest(path, exitCode) {
  if (!existsSync(path)) return { passed: 0, failed: 1, notes: [`${path} is missing`] };
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const unloaded = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  const part = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + unloaded.length,
    notes: unloaded.map((file) => `${file.name} did not run: ${file.message.split('\n')[0]}`),
  };
  if (exitCode !== 0 && part.failed === 0) {
    part.failed = 1;
    part.notes.push(`vitest exited with ${exitCode} (unhandled errors, or no test files)`);
  }
  return part;
}

function countLint(path) {
  if (!existsSync(path)) return { passed: 0, failed: 1, notes: [`${path} is missing`] };
  const { errors, unexplained = 0 } = JSON.parse(readFileSync(path, 'utf8'));
  return errors === 0 && unexplained === 0
    ? { passed: 1, failed: 0, notes: [] }
    : {
        passed: 0,
        failed: 1,
        notes: [`web-ext lint: ${errors} errors, ${unexplained} warnings not explained`],
      };
}

/** Totals over the reports in `dir`, with a line per report and notes on what failed. */
export function summarize(dir) {
  const exitPath = join(dir, REPORTS.exitCodes);
  const exitCodes = existsSync(exitPath) ? JSON.parse(readFileSync(exitPath, 'utf8')) : {};
  const missingPath = join(dir, REPORTS.missing);
  const missing = existsSync(missingPath) ? JSON.parse(readFileSync(missingPath, 'utf8')) : [];
  const skipped = new Set(missing.map((entry) => entry.project).filter(Boolean));
  const parts = {};
  for (const project of ['unit', 'e2e']) {
    if (!skipped.has(project))
      parts[project] = countVitest(join(dir, REPORTS[project]), exitCodes[project] ?? 1);
  }
  parts['firefox lint'] = countLint(join(dir, REPORTS.firefoxLint));
  for (const { part, reason } of missing)
    parts[part] = { passed: 0, failed: 1, notes: [`could not run: ${reason}`] };
  const values = Object.values(parts);
  return {
    parts,
    passed: values.reduce((sum, part) => sum + part.passed, 0),
    failed: values.reduce((sum, part) => sum + part.failed, 0),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { passed, failed } = summarize(resolve(process.argv[2] ?? 'test-results'));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
