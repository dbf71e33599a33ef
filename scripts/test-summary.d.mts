/** One part of a test run, counted. */
export interface PartCount {
  passed: number;
  failed: number;
  notes: string[];
}

/** File names of the reports a full `npm test` writes into `test-results/`. */
export declare const REPORTS: {
  unit: string;
  e2e: string;
  firefoxLint: string;
  exitCodes: string;
  missing: string;
  requestChecks: string;
};

/** The requests the e2e journeys checked against the official document, added up. */
export declare function requestTally(dir: string): { checked: number; invalid: number };

/** Totals over the reports in `dir`, with a count per part. */
export declare function summarize(dir: string): {
  parts: Record<string, PartCount>;
  passed: number;
  failed: number;
};
