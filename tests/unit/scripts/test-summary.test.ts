import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTS, requestTally, summarize } from '../../../scripts/test-summary.mjs';
import { REQUEST_TALLY } from '../../e2e/harness/request-tally';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'test-summary-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, value: unknown) =>
  writeFileSync(join(dir, name), JSON.stringify(value));

/** A vitest JSON report with files given as [status, passed, failed]. */
function vitestReport(files: Array<[string, number, number]>) {
  return {
    numPassedTests: files.reduce((sum, [, passed]) => sum + passed, 0),
    numFailedTests: files.reduce((sum, [, , failed]) => sum + failed, 0),
    testResults: files.map(([status, passed, failed], i) => ({
      name: `file-${i}.test.ts`,
      status,
      message: status === 'failed' && passed + failed === 0 ? 'Cannot find module x\nstack' : '',
      assertionResults: [
        ...Array(passed).fill({ status: 'passed' }),
        ...Array(failed).fill({ status: 'failed' }),
      ],
    })),
  };
}

function writeAll(
  unit: unknown,
  e2e: unknown,
  lintErrors: number,
  exitCodes = { unit: 0, e2e: 0 },
) {
  write(REPORTS.unit, unit);
  write(REPORTS.e2e, e2e);
  write(REPORTS.firefoxLint, { errors: lintErrors, warnings: 2 });
  write(REPORTS.exitCodes, exitCodes);
}

describe('summarize', () => {
  it('adds the tests of both vitest projects and the Firefox lint as one check', () => {
    writeAll(vitestReport([['passed', 5, 0]]), vitestReport([['passed', 2, 0]]), 0);
    expect(summarize(dir)).toMatchObject({ passed: 8, failed: 0 });
  });

  it('counts failing tests and a lint with errors', () => {
    writeAll(vitestReport([['failed', 4, 1]]), vitestReport([['passed', 2, 0]]), 3, {
      unit: 1,
      e2e: 0,
    });
    expect(summarize(dir)).toMatchObject({ passed: 6, failed: 2 });
  });

  it('counts a test file that could not load as a failure and says why', () => {
    writeAll(vitestReport([['failed', 0, 0]]), vitestReport([['passed', 1, 0]]), 0, {
      unit: 1,
      e2e: 0,
    });
    const summary = summarize(dir);
    expect(summary).toMatchObject({ passed: 2, failed: 1 });
    expect(summary.parts.unit?.notes[0]).toContain('Cannot find module x');
  });

  it('counts a run that exited with an error although its tests passed', () => {
    writeAll(vitestReport([['passed', 3, 0]]), vitestReport([['passed', 1, 0]]), 0, {
      unit: 0,
      e2e: 1,
    });
    expect(summarize(dir)).toMatchObject({ passed: 5, failed: 1 });
  });

  it('counts each part that could not run as one failure, and no report of a project left out', () => {
    write(REPORTS.unit, vitestReport([['passed', 4, 0]]));
    write(REPORTS.firefoxLint, { errors: 0, warnings: 0 });
    write(REPORTS.exitCodes, { unit: 0 });
    write(REPORTS.missing, [
      { part: 'e2e journeys', reason: 'Chromium (or Chrome) not found', project: 'e2e' },
    ]);
    const summary = summarize(dir);
    expect(summary).toMatchObject({ passed: 5, failed: 1 });
    expect(Object.keys(summary.parts)).toEqual(['unit', 'firefox lint', 'e2e journeys']);
    expect(summary.parts['e2e journeys']?.notes).toEqual([
      'could not run: Chromium (or Chrome) not found',
    ]);
  });

  it('counts a journey left out beside the e2e report', () => {
    writeAll(vitestReport([['passed', 3, 0]]), vitestReport([['passed', 2, 0]]), 0);
    write(REPORTS.missing, [{ part: 'Firefox journey', reason: 'Firefox not found' }]);
    expect(summarize(dir)).toMatchObject({ passed: 6, failed: 1 });
  });

  it('adds up the requests the journeys checked, from the file the e2e harness writes', () => {
    expect(REQUEST_TALLY.endsWith(`test-results/${REPORTS.requestChecks}`)).toBe(true);
    expect(requestTally(dir)).toEqual({ checked: 0, invalid: 0 });
    writeFileSync(
      join(dir, REPORTS.requestChecks),
      '{"checked":12,"invalid":0}\n{"checked":30,"invalid":1}\n',
    );
    expect(requestTally(dir)).toEqual({ checked: 42, invalid: 1 });
  });

  it('counts every missing report as a failure', () => {
    expect(summarize(dir)).toMatchObject({ passed: 0, failed: 3 });
  });
});
