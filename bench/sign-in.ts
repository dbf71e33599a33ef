import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  sendFromExtensionPage,
  type TestSandbox,
  waitFor,
} from '../tests/e2e/harness';

/**
 * Signs the production build in the way a reader does: `signIn` from the popup opens the
 * browser's sign-in window on the sandbox's consent page, where Approve is clicked. Returns
 * once the popup has asked what it asks on sign-in (today's plan, then its draft's estimate a
 * moment later), so that none of its calls falls among the ones the benchmark counts.
 */
export async function signIn(
  browser: ExtensionBrowser,
  sandbox: TestSandbox,
  popup: Page,
): Promise<void> {
  const consentOpened = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().startsWith(`${sandbox.url}/oauth2/auth`),
    timeout: 30_000,
  });
  const before = (await sandbox.requests()).length;
  const reply = sendFromExtensionPage(popup, { name: 'signIn', payload: {} });
  const consent = await consentOpened;
  await consent.locator('button[value=approve]').click();
  const answer = (await reply) as { ok?: boolean; value?: { signedIn?: boolean } };
  if (!answer.ok || !answer.value?.signedIn) {
    throw new Error(`Sign-in failed: ${JSON.stringify(answer)}`);
  }
  await waitFor(
    async () => (await sandbox.requests()).slice(before).some((r) => r.path.endsWith('/estimate')),
    { timeout: 30_000, message: "the popup's estimate after the sign-in" },
  );
}
