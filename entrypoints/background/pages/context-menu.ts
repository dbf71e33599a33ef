import { browser } from 'wxt/browser';
import type { ReadingLogged } from '@/utils/activity';
import { toErrorInfo } from '@/utils/errors';
import { type SelectionAnswer, SelectionAnswerSchema } from '@/utils/messages';
import type { Words } from '@/utils/plan-words';
import { errorText } from '@/utils/problem-words';
import type { VerseRange } from '@/utils/quran/schema';
import { resolveSelection, surahOfPage } from '@/utils/sites/generic';
import { GET_SELECTION_RANGE } from '@/utils/sites/site-reader';
import { pendingPrefillItem } from '@/utils/storage';
import { toolbarButton } from '../toolbar';
import { backgroundWords } from '../words';
import { askPage } from './ask-page';
import type { PageContexts } from './page-contexts';

/** The id of the "Make goal from selection" menu item. */
export const MENU_ID = 'make-goal-from-selection';
/** The id of the "Mark as read" menu item. */
export const MARK_READ_ID = 'mark-as-read';

/** The popup window opened when the browser will not open the toolbar popup. */
const WINDOW = { type: 'popup', width: 400, height: 640 } as const;

/** What the menu's click carries, as far as the handler reads it. */
export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
  selectionText?: string;
}

/** The clicked tab, as far as the handler reads it. */
export interface MenuTab {
  id?: number;
  url?: string;
  title?: string;
}

/** Adds the menu items, shown on selections (on install, update and browser start). */
export async function installSelectionMenu(): Promise<void> {
  const { t } = backgroundWords();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuMakeGoal'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MARK_READ_ID,
    title: t('menuMarkRead'),
    contexts: ['selection'],
  });
}

/** Opens the popup over the tab: the toolbar popup where allowed, else a small window. */
async function openPopup(tabId: number, toolbar: boolean): Promise<void> {
  try {
    if (!toolbar) throw new Error('A window was asked for.');
    const button = toolbarButton();
    if (!button) throw new Error('No toolbar button.');
    await button.openPopup();
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}`);
    await browser.windows.create({ url, ...WINDOW });
  }
}

/**
 * Shows on the tab's toolbar button what became of a click in its title: why nothing was found
 * (badge `!`), or what was done, with `badge` (null: the badge every tab shows). No message
 * gives the tab back the title and badge of every tab (a success clears a reason).
 */
async function tellReader(
  tabId: number,
  message: string | null,
  badge: string | null = '!',
): Promise<void> {
  const name = backgroundWords().t('extName');
  const button = toolbarButton();
  if (!button) return;
  // A null text gives the tab back the badge every tab shows (what is left of today).
  const text = message ? badge : null;
  await Promise.all([
    button.setBadgeText({ tabId, text: text as string }),
    button.setTitle({ tabId, title: message ? `${name}: ${message}` : name }),
  ]).catch(() => undefined);
}

/**
 * What the reader selected, for a click of `menuId`: asks the clicked frame's content script
 * for its selection (the `selectionText` the menu passes is only a fallback: some sites draw
 * private glyphs) and turns it into a range. When no verses are found, the toolbar button
 * says why. Null for another item, or a click outside a tab.
 */
async function selectedRange(
  menuId: string,
  pages: Pick<PageContexts, 'contextOf'>,
  info: MenuClick,
  tab: MenuTab | undefined,
): Promise<{ tabId: number; answer: SelectionAnswer } | null> {
  if (info.menuItemId !== menuId || tab?.id === undefined || tab.id < 0) return null;
  const tabId = tab.id;
  const frame = await askPage(tabId, GET_SELECTION_RANGE, SelectionAnswerSchema, info.frameId);
  const surah = surahOfPage(tab.url, tab.title, await pages.contextOf(tabId));
  const answer = resolveSelection(frame, info.selectionText ?? '', surah);
  if (!answer.found) await tellReader(tabId, backgroundWords().t(`reason_${answer.reason}`));
  return { tabId, answer };
}

/**
 * The "Make goal from selection" click: the selected range (`selectedRange`) is kept as the
 * popup's prefill and the popup opens. Nothing is created until the reader confirms there.
 * Answers what was found. (`toolbar: false` opens the window directly: headless tests cannot
 * see the toolbar popup.)
 */
export async function onSelectionMenuClick(
  pages: Pick<PageContexts, 'contextOf'>,
  info: MenuClick,
  tab: MenuTab | undefined,
  toolbar = true,
): Promise<SelectionAnswer | null> {
  const selected = await selectedRange(MENU_ID, pages, info, tab);
  if (!selected) return null;
  const { tabId, answer } = selected;
  if (!answer.found) return answer;
  await pendingPrefillItem.setValue(answer.range);
  await tellReader(tabId, null);
  await openPopup(tabId, toolbar);
  return answer;
}

/** A range as the reader reads it, in the reader's digits: `2:1–2:5`, or `2:255` for one verse. */
function shownRange({ from, to }: VerseRange, { number }: Words): string {
  const first = `${number(from.surah)}:${number(from.ayah)}`;
  const last = `${number(to.surah)}:${number(to.ayah)}`;
  return `\u2066${first === last ? first : `${first}–${last}`}\u2069`;
}

/** Logs a range read (the reading log, with the reader's mushaf); answers what became of it. */
export type LogRange = (range: VerseRange) => Promise<ReadingLogged>;

/** What a "Mark as read" click did: the selection not found, or the reading log's answer. */
export type MarkReadOutcome =
  | Extract<SelectionAnswer, { found: false }>
  | ReadingLogged
  | { status: 'failed'; message: string };

/**
 * The "Mark as read" click: the selected range (read as "Make goal from selection" reads it)
 * is logged as read, and the tab's toolbar button says what became of it: logged (or found
 * logged already), kept to be logged once the service can be reached, or why not.
 */
export async function onMarkReadClick(
  pages: Pick<PageContexts, 'contextOf'>,
  log: LogRange,
  info: MenuClick,
  tab: MenuTab | undefined,
): Promise<MarkReadOutcome | null> {
  const selected = await selectedRange(MARK_READ_ID, pages, info, tab);
  if (!selected) return null;
  const { tabId, answer } = selected;
  if (!answer.found) return answer;
  const words = backgroundWords();
  const range = shownRange(answer.range, words);
  let outcome: ReadingLogged;
  try {
    outcome = await log(answer.range);
  } catch (error) {
    const info = toErrorInfo(error);
    // A refusal here is a missing permission for reading activity, which sign-in can grant.
    const why = info.kind === 'forbidden' ? words.t('allowAccessWhy') : errorText(info, words);
    await tellReader(tabId, words.t('markReadFailed', range, why));
    return { status: 'failed', message: info.message };
  }
  if (outcome.status === 'queued') {
    await tellReader(tabId, words.t('markReadQueued', range), '…');
  } else if (outcome.status === 'found') {
    await tellReader(tabId, words.t('markReadFound', range), null);
  } else {
    await tellReader(tabId, words.t('markReadLogged', range), null);
  }
  return outcome;
}
