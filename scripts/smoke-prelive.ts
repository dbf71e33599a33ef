/**
 * `npm run smoke:prelive`: a maintainer's check of the real pre-live Quran Foundation service,
 * outside `npm test`. It needs `QF_PRELIVE_CLIENT_ID` (a client registered for pre-live with
 * the extension's redirect URL), a pre-live account and a display to sign in on.
 *
 * It builds the extension for pre-live (`--mode e2e`, whose test-only hooks let it read the
 * token the service granted), opens Chromium with it, starts sign-in with the extension's own
 * `signIn` message so that the maintainer signs in on the real page, then sends the messages
 * the popup sends (estimate, create, today's plan, update, delete) and a few raw calls from the
 * extension's service worker. It prints one finding per open question, as "question: answer
 * (evidence)" or "question: could not tell (why)", writes them to docs/prelive-findings.md,
 * deletes what it created and signs out. A goal that was there before is left alone, and then
 * nothing is created. The parts live in `scripts/smoke-prelive/`.
 *
 *   QF_PRELIVE_CLIENT_ID=your-client-id npm run smoke:prelive
 */
import { main } from './smoke-prelive/main';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error('Nothing was written to docs/prelive-findings.md.');
    process.exitCode = 1;
  },
);
