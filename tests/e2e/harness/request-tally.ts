import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths';

/**
 * The tally of requests checked against the official document, one line per sandbox of the
 * run in `test-results/request-checks.jsonl`; `npm test` prints the totals
 * (`requestTally` in scripts/test-summary.mjs).
 */
export const REQUEST_TALLY = join(ROOT, 'test-results/request-checks.jsonl');

/** Adds one sandbox's counts to the run's tally. */
export function recordChecks(checked: number, invalid: number): void {
  mkdirSync(dirname(REQUEST_TALLY), { recursive: true });
  appendFileSync(REQUEST_TALLY, `${JSON.stringify({ checked, invalid })}\n`);
}
