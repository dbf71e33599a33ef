import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { badgeSettled, type Journey, type SandboxRequest, setTokens, waitFor } from './harness';
import { ROOT } from './harness/paths';

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

/** Waits until the popup says the reader is signed in ("Not signed in to …" does not count). */
export async function signedInShown(popup: Page): Promise<void> {
  await popup
    .getByText(/^Signed in to /)
    .first()
    .waitFor(SLOW);
}

/** About the size Chromium gives the toolbar popup. */
export const POPUP_SIZE = { width: 400, height: 600 } as const;

let readers = 0;
let reader = '';

/**
 * Signs the extension in as a new reader (no goals yet) and opens the popup (in `page` if
 * given) on an empty form. A new reader rather than a sandbox reset: a request still running
 * from the last test then keeps a valid token and cannot sign the new one out.
 */
export async function freshSignedInPopup(journey: Journey, page?: Page): Promise<Page> {
  reader = `reader-${process.pid}-${++readers}`;
  const popup = await journey.browser.openPopup(page && !page.isClosed() ? page : undefined);
  await popup.setViewportSize(POPUP_SIZE);
  await signIn(journey, popup);
  await openCustomForm(popup);
  // "Clear", found by place: this also runs in other languages.
  await popup.locator('form .actions button.secondary').last().click();
  await badgeSettled(popup);
  await journey.sandbox.clearRequests();
  return popup;
}

/**
 * Opens the custom form under the presets ("Customize", found by what it controls: this also
 * runs in other languages), unless it is open; "New goal" first when today's card is shown.
 */
export async function openCustomForm(popup: Page): Promise<void> {
  if (await popup.locator('#custom-fields').count()) return;
  await openNewGoal(popup);
  const customize = popup.locator('button[aria-controls="custom-fields"]');
  await customize.waitFor(SLOW);
  if ((await customize.getAttribute('aria-expanded')) === 'false') await customize.click();
  await popup.locator('#custom-fields').waitFor(SLOW);
}

/** Unfolds the presets under today's card ("New goal"), when a goal exists and they are folded. */
export async function openNewGoal(popup: Page): Promise<void> {
  const newGoal = popup.locator(
    '.current button[aria-controls="goal-form"][aria-expanded="false"]',
  );
  if (await newGoal.count()) await newGoal.click();
  await popup.locator('#goal-form').waitFor(SLOW);
}

/** Folds the custom form away: the popup as it opens, presets, plan and Create. */
export async function closeCustomForm(popup: Page): Promise<void> {
  const customize = popup.locator('button[aria-controls="custom-fields"]');
  if ((await customize.getAttribute('aria-expanded')) === 'true') await customize.click();
  await popup.locator('#custom-fields').waitFor({ ...SLOW, state: 'detached' });
}

/** The account of the reader `freshSignedInPopup` signed in last (the token's `sub`). */
export const currentReader = () => reader;

/** Signs the current reader in again (new tokens) and reloads the popup. */
export async function signIn(journey: Journey, popup: Page): Promise<void> {
  await setTokens(popup, journey.sandbox, { sub: reader });
  await popup.reload();
  await popup.locator('header p.account').waitFor(SLOW);
}

/** The goals the sandbox holds for the current reader. */
export async function readerGoals(journey: Journey): Promise<Record<string, unknown>[]> {
  const goals = (await journey.sandbox.goals()) as Record<string, unknown>[];
  return goals.filter((goal) => goal.sub === reader);
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
  await fillField(popup, 'Pages per day', '7');
  await choose(popup, 'Schedule', 'Over a number of days');
  await fillField(popup, 'Days', '12');
  await popup.getByLabel('Mushaf').selectOption('6');
}

/** Chooses a radio in a named group (of the custom form, opened first if it is folded). */
export async function choose(popup: Page, group: string, option: string): Promise<void> {
  if (group !== 'Days of Ramadan') await openCustomForm(popup);
  await popup
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check();
}

/** Fills a text field named `label` (of the custom form, opened first if it is folded). */
export async function fillField(popup: Page, label: string, value: string): Promise<void> {
  await openCustomForm(popup);
  await popup.getByRole('textbox', { name: label, exact: true }).fill(value);
}

/** The serious and critical problems axe-core finds on the page, one line each. */
export async function axeProblems(popup: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves the popup as `docs/screenshots/<name>` when `UPDATE_SCREENSHOTS=1`. */
export async function saveScreenshot(popup: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await popup.setViewportSize(POPUP_SIZE);
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: join(ROOT, 'docs/screenshots', name), animations: 'disabled' });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused control is named `name` (its label,
 * or a button's text), and checks that the focus is visible there.
 */
export async function tabTo(popup: Page, name: string, { back = false } = {}): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await popup.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await popup.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return null;
      const own = element.tagName === 'BUTTON' ? element.textContent : '';
      const label = own || element.labels?.[0]?.textContent || '';
      // The ring is the element's own, or (on a preset card) drawn by its ::after.
      const outlined = [getComputedStyle(element), getComputedStyle(element, '::after')].some(
        (style) => style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
      );
      return { label: label.trim(), outlined };
    });
    if (focused?.label !== name) continue;
    if (!focused.outlined) throw new Error(`The focus on "${name}" is not visible.`);
    return;
  }
  throw new Error(`Tab never reached "${name}".`);
}
