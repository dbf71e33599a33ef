import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  sendFromExtensionPage,
  type TestSandbox,
} from '../tests/e2e/harness';

/**
 * Signs the production build in the way a reader does: `signIn` from the popup opens the
 * browser's sign-in window on the sandbox's consent page, where Approve is clicked.
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
  const reply = sendFromExtensionPage(popup, { name: 'signIn', payload: {} });
  const consent = await consentOpened;
  await consent.locator('button[value=approve]').click();
  const answer = (await reply) as { ok?: boolean; value?: { signedIn?: boolean } };
  if (!answer.ok || !answer.value?.signedIn) {
    throw new Error(`Sign-in failed: ${JSON.stringify(answer)}`);
  }
}
