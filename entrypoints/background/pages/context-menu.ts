import { browser } from 'wxt/browser';
import { type SelectionAnswer, SelectionAnswerSchema } from '@/utils/messages';
import { resolveSelection, surahOfPage } from '@/utils/sites/generic';
import { GET_SELECTION_RANGE } from '@/utils/sites/site-reader';
import { pendingPrefillItem } from '@/utils/storage';
import { askPage } from './ask-page';
import type { PageContexts } from './page-contexts';

/** The id of the "Make goal from selection" menu item. */
export const MENU_ID = 'make-goal-from-selection';

/** The popup window opened when the browser will not open the toolbar popup. */
const WINDOW = { type: 'popup', width: 400, height: 640 } as const;

/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox
 * build's Manifest V2, where `action` does not exist.
 */
function toolbarButton(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

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

/** A message of the browser's language, or the English words when it has none. */
function words(key: 'menuMakeGoal' | 'extName', english: string): string {
  try {
    return browser.i18n.getMessage(key) || english;
  } catch {
    return english;
  }
}

/** Adds the menu item, shown on selections (once, on install and update). */
export async function installSelectionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: words('menuMakeGoal', 'Make goal from selection'),
    contexts: ['selection'],
  });
}

/** Opens the popup over the tab: the toolbar popup where allowed, else a small window. */
async function openPopup(tabId: number, toolbar: boolean): Promise<void> {
  try {
    if (!toolbar) throw new Error('A window was asked for.');
    await toolbarButton().openPopup();
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}`);
    await browser.windows.create({ url, ...WINDOW });
  }
}

/** Shows on the tab's toolbar button why nothing was found (cleared by the next success). */
async function tellReader(tabId: number, reason: string | null): Promise<void> {
  const name = words('extName', 'Quran Goals');
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: reason ? '!' : '' }),
    button.setTitle({ tabId, title: reason ? `${name}: ${reason}` : name }),
  ]).catch(() => undefined);
}

/**
 * The menu's click: asks the clicked frame's content script for its selection (the
 * `selectionText` the menu passes is only a fallback: some sites draw private glyphs), turns
 * it into a range, keeps it as the popup's prefill and opens the popup. Nothing is created
 * until the reader confirms there. When no verses are found, the toolbar button says why.
 * Answers what was found. (`toolbar: false` opens the window directly: headless tests cannot
 * see the toolbar popup.)
 */
export async function onSelectionMenuClick(
  pages: Pick<PageContexts, 'contextOf'>,
  info: MenuClick,
  tab: MenuTab | undefined,
  toolbar = true,
): Promise<SelectionAnswer | null> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return null;
  const tabId = tab.id;
  const frame = await askPage(tabId, GET_SELECTION_RANGE, SelectionAnswerSchema, info.frameId);
  const surah = surahOfPage(tab.url, tab.title, await pages.contextOf(tabId));
  const answer = resolveSelection(frame, info.selectionText ?? '', surah);
  if (!answer.found) {
    await tellReader(tabId, answer.reason);
    return answer;
  }
  await pendingPrefillItem.setValue(answer.range);
  await tellReader(tabId, null);
  await openPopup(tabId, toolbar);
  return answer;
}
