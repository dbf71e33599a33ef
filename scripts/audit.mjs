/**
 * `npm run audit`: audits the packages the extension ships (`npm audit --omit=dev`) and fails
 * on any high or critical advisory. Exit codes: 0 none, 1 high or critical found, 2 the audit
 * could not run (no registry, an error answer): an audit that did not happen never passes.
 */
import { spawnSync } from 'node:child_process';

const BLOCKING = ['high', 'critical'];

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report (exit ${run.status}).\n${run.stderr}`);
  process.exit(2);
}

const counts = report?.metadata?.vulnerabilities;
if (!counts || report.error || report.message) {
  const reason = report.error?.summary || report.message || JSON.stringify(report).slice(0, 300);
  console.error(`npm audit could not run: ${reason}`);
  process.exit(2);
}

const levels = ['info', 'low', 'moderate', 'high', 'critical'];
console.log(
  `npm audit --omit=dev: ${levels.map((level) => `${counts[level] ?? 0} ${level}`).join(', ')}` +
    ` (${report.metadata.dependencies?.prod ?? '?'} production dependencies).`,
);
const blocking = Object.values(report.vulnerabilities ?? {}).filter((entry) =>
  BLOCKING.includes(entry.severity),
);
for (const entry of blocking) {
  const advisories = entry.via
    .filter((via) => typeof via === 'object')
    .map((via) => `${via.title} (${via.url})`);
  console.error(`${entry.severity}: ${entry.name} ${entry.range} ${advisories.join('; ')}`);
}
process.exit(blocking.length > 0 ? 1 : 0);
