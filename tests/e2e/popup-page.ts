import type { Page } from 'playwright-core';
import { type Journey, type SandboxRequest, setTokens, waitFor } from './harness';

// What the popup journeys share: opening the popup signed in, reading its form, waiting on it.

/** Generous waits: other browsers may be running on the same two cores. */
export const SLOW = { timeout: 30_000 } as const;

/** `POST /auth/v1/goals` (the create call). */
export const isCreate = (r: SandboxRequest) =>
  r.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(r.path);

/** `PUT /auth/v1/goals/:id` (the update call). */
export const isUpdate = (r: SandboxRequest) =>
  r.method === 'PUT' && /^\/auth\/v1\/goals\/[^/]+$/.test(r.path);

/** Today in an IANA zone, `YYYY-MM-DD`, plus `days` days. */
export function dayIn(timeZone: string, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Waits until the popup knows the account (its header says who is signed in, or not). */
export async function accountShown(popup: Page): Promise<void> {
  await popup.locator('header .account').first().waitFor(SLOW);
}

/**
 * Forgets everything the sandbox knows, signs the extension in with fresh tokens and opens
 * the popup (in `page` if given) on an empty form.
 */
export async function freshSignedInPopup(journey: Journey, page?: Page): Promise<Page> {
  await journey.sandbox.reset();
  const popup = await journey.browser.openPopup(page && !page.isClosed() ? page : undefined);
  await setTokens(popup, journey.sandbox);
  await popup.reload();
  await popup.getByText('Signed in to').waitFor(SLOW);
  await popup.getByRole('button', { name: 'Clear' }).click();
  await journey.sandbox.clearRequests();
  return popup;
}

/** Every control of the form with its value (or whether it is checked), in page order. */
export function formValues(popup: Page): Promise<string[]> {
  return popup.locator('form').evaluate((form) =>
    Array.from(form.querySelectorAll('input, select'), (element) => {
      const control = element as HTMLInputElement;
      const name = control.id || `${control.name}=${control.value}`;
      const checkable = control.type === 'radio' || control.type === 'checkbox';
      return `${name}:${checkable ? control.checked : control.value}`;
    }),
  );
}

/** Waits until a live region (`alert` or `status`) says `text`; answers its whole text. */
export function regionSays(popup: Page, role: 'alert' | 'status', text: string): Promise<string> {
  const region = popup.getByRole(role);
  return waitFor(
    async () => {
      const said = (await region.textContent()) ?? '';
      if (said.includes(text)) return said;
      const main = await popup.locator('main').textContent();
      throw new Error(`the ${role} says "${said}"; the popup shows: ${main}`);
    },
    { ...SLOW, message: `the ${role} to say "${text}"` },
  );
}

/** Clicks "Create goal" and waits for the create request the sandbox received. */
export async function createAndCapture(journey: Journey, popup: Page): Promise<SandboxRequest> {
  await popup.getByRole('button', { name: 'Create goal' }).click(SLOW);
  return journey.sandbox.waitForRequest(isCreate, SLOW);
}

/** A draft touching most fields: 7 pages over 12 days in the IndoPak 15-line mushaf. */
export async function fillPagesDraft(popup: Page): Promise<void> {
  await choose(popup, 'Goal type', 'Pages');
  await fillField(popup, 'Pages', '7');
  await choose(popup, 'Schedule', 'Over a number of days');
  await fillField(popup, 'Days', '12');
  await popup.getByLabel('Mushaf').selectOption('6');
}

/** Chooses a radio in a named group. */
export async function choose(popup: Page, group: string, option: string): Promise<void> {
  await popup
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check();
}

/** Fills a text field named `label`. */
export async function fillField(popup: Page, label: string, value: string): Promise<void> {
  await popup.getByRole('textbox', { name: label, exact: true }).fill(value);
}
