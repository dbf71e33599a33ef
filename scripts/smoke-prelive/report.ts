import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness/paths';
import type { ApiCall } from './call-log';
import { type Findings, findingLines } from './findings';
import { PRELIVE, RUN_COMMAND } from './inputs';

const FINDINGS_FILE = join(ROOT, 'docs/prelive-findings.md');

/** What a run found, and what it did. */
export interface Report {
  findings: Findings;
  /** What the run did to the account, in order. */
  notes: string[];
  calls: ApiCall[];
  extensionId: string;
}

function callTable(calls: ApiCall[]): string[] {
  return [
    '| # | method | address | status | Origin sent |',
    '| - | ------ | ------- | ------ | ----------- |',
    ...calls.map(
      (call, i) =>
        `| ${i + 1} | ${call.method} | \`${call.address}\` | ${call.status ?? 'no answer'} | ` +
        `${call.origin ?? 'not reported'} |`,
    ),
  ];
}

function findingsMarkdown(clientId: string, report: Report): string {
  const { extensionId } = report;
  return [
    '# Pre-live findings',
    '',
    'What the real pre-live Quran Foundation service answered to the questions its documents',
    'leave open, as `npm run smoke:prelive` (`scripts/smoke-prelive.ts`) found them. Each line',
    'is "question: answer (evidence)" or "question: could not tell (why)".',
    '',
    `- Run: ${new Date().toISOString()} (UTC)`,
    `- Build: pre-live (\`${PRELIVE.apiBaseUrl}\`, \`${PRELIVE.oauthBaseUrl}\`), client id \`${clientId}\``,
    `- Extension id: \`${extensionId}\` (redirect URL \`https://${extensionId}.chromiumapp.org/\`)`,
    '',
    '## Findings',
    '',
    ...findingLines(report.findings).map((line, i) => `${i + 1}. ${line}`),
    '',
    '## What the run left on the account',
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
    "## The service worker's calls to pre-live",
    '',
    ...callTable(report.calls),
    '',
    `Run it again with \`${RUN_COMMAND}\`.`,
    '',
  ].join('\n');
}

/** Prints the findings and the notes, then writes them to docs/prelive-findings.md. */
export function publishReport(clientId: string, report: Report): void {
  console.log('\nFindings:');
  for (const line of findingLines(report.findings)) console.log(`- ${line}`);
  for (const note of report.notes) console.log(note);
  writeFileSync(FINDINGS_FILE, findingsMarkdown(clientId, report));
  console.log(`\nWritten to ${FINDINGS_FILE}`);
}
