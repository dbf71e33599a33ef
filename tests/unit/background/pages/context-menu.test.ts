import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import {
  installSelectionMenu,
  type LogRange,
  MARK_READ_ID,
  MENU_ID,
  onMarkReadClick,
  onSelectionMenuClick,
} from '@/entrypoints/background/pages/context-menu';
import { createPageContexts } from '@/entrypoints/background/pages/page-contexts';
import en from '@/public/_locales/en/messages.json';
import type { ReadingLogged } from '@/utils/activity';
import { GoalsError } from '@/utils/errors';
import { jsonLookup } from '@/utils/i18n';
import type { PageContext } from '@/utils/messages';
import type { VerseRange } from '@/utils/quran/schema';
import { pendingPrefillItem } from '@/utils/storage';

type Listener = (...args: unknown[]) => unknown;

/** A browser event that keeps its listeners, for the parts fake-browser does not mock. */
function stubEvent() {
  const listeners: Listener[] = [];
  return { listeners, addListener: (listener: Listener) => listeners.push(listener) };
}

let stubs: ReturnType<typeof installStubs>;

function installStubs() {
  const contextMenus = {
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    onClicked: stubEvent(),
  };
  const action = {
    openPopup: vi.fn(async () => {}),
    setBadgeText: vi.fn(async (_: unknown) => {}),
    setTitle: vi.fn(async (_: unknown) => {}),
  };
  const windows = { create: vi.fn(async (_: unknown) => ({ id: 9 })) };
  const sendMessage = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
  // The extension's English messages, as the browser reads them.
  const lookup = jsonLookup(en);
  const i18n = {
    getMessage: (key: string, args?: string | string[]) =>
      lookup(key, typeof args === 'string' ? [args] : (args ?? [])),
    getUILanguage: () => 'en',
  };
  Object.assign(fakeBrowser, { contextMenus, action, windows, i18n });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  // fake-browser has no ports; the protocol port is tested in messaging/protocol-port.test.ts.
  Object.assign(fakeBrowser.runtime, { onConnect: stubEvent() });
  return { contextMenus, action, windows, sendMessage };
}

const pages = createPageContexts(async () => undefined);
const tab = { id: 4, url: 'https://quran.com/2', title: 'Surah Al-Baqarah - 1-286' };
const click = (selectionText?: string, frameId = 0) => ({
  menuItemId: MENU_ID,
  frameId,
  ...(selectionText === undefined ? {} : { selectionText }),
});
const range = (a: [number, number], b: [number, number]) => ({
  from: { surah: a[0], ayah: a[1] },
  to: { surah: b[0], ayah: b[1] },
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  stubs = installStubs();
});

describe('the "Make goal from selection" menu', () => {
  it('is created on install for selections, titled in the browser’s language', async () => {
    await installSelectionMenu();
    expect(stubs.contextMenus.removeAll).toHaveBeenCalledOnce();
    expect(stubs.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Make goal from selection',
      contexts: ['selection'],
    });
    expect(stubs.contextMenus.create).toHaveBeenCalledWith({
      id: MARK_READ_ID,
      title: 'Mark as read',
      contexts: ['selection'],
    });
    expect(stubs.contextMenus.create).toHaveBeenCalledTimes(2);
  });

  it('is wired synchronously in main(): install and click listeners', async () => {
    (background.main as () => void)();
    expect(stubs.contextMenus.onClicked.listeners).toHaveLength(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(stubs.contextMenus.create).toHaveBeenCalledTimes(2));
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 255], [2, 257]) });
    stubs.contextMenus.onClicked.listeners[0]?.(click(), tab);
    await vi.waitFor(() => expect(stubs.action.openPopup).toHaveBeenCalledOnce());
    expect(await pendingPrefillItem.getValue()).toEqual(range([2, 255], [2, 257]));
  });

  it('is made again when the browser starts, in the language of the day', async () => {
    (background.main as () => void)();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(stubs.contextMenus.create).toHaveBeenCalledTimes(2));
    expect(stubs.contextMenus.removeAll).toHaveBeenCalledOnce();
  });

  it('asks the clicked frame, keeps its range as the prefill and opens the popup', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 255], [2, 257]) });
    const answer = await onSelectionMenuClick(pages, click('\uFB51\uFB52', 3), tab);
    expect(answer).toEqual({ found: true, range: range([2, 255], [2, 257]) });
    expect(stubs.sendMessage).toHaveBeenCalledWith(
      4,
      { name: 'getSelectionRange' },
      { frameId: 3 },
    );
    expect(await pendingPrefillItem.getValue()).toEqual(range([2, 255], [2, 257]));
    expect(stubs.action.openPopup).toHaveBeenCalledOnce();
    expect(stubs.windows.create).not.toHaveBeenCalled();
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: null });
  });

  it('uses browserAction where the browser has no action (Firefox, Manifest V2)', async () => {
    const browserAction = stubs.action;
    Object.assign(fakeBrowser, { action: undefined, browserAction });
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 255], [2, 257]) });
    const answer = await onSelectionMenuClick(pages, click(), tab);
    expect(answer).toEqual({ found: true, range: range([2, 255], [2, 257]) });
    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: null });
    expect(browserAction.openPopup).toHaveBeenCalledOnce();
    expect(await pendingPrefillItem.getValue()).toEqual(range([2, 255], [2, 257]));
  });

  it('opens a small popup window naming the tab when the toolbar popup may not open', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([3, 1], [3, 5]) });
    stubs.action.openPopup.mockRejectedValue(new Error('Could not find an active browser window.'));
    await onSelectionMenuClick(pages, click(), tab);
    expect(stubs.windows.create).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html?tab=4`,
      type: 'popup',
      width: 400,
      height: 640,
    });
  });

  it('reads references in the selected text when no content script answers', async () => {
    stubs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const answer = await onSelectionMenuClick(pages, click('See (2:255-260) and 3:5'), {
      id: 8,
      url: 'https://example.com/notes',
    });
    expect(answer).toEqual({ found: true, range: range([2, 255], [3, 5]) });
    expect(await pendingPrefillItem.getValue()).toEqual(range([2, 255], [3, 5]));
  });

  it.each([
    ['a verse past the surah’s end', { found: true, range: range([2, 255], [2, 300]) }],
    ['a range in reverse', { found: true, range: range([2, 257], [2, 255]) }],
    ['a missing range', { found: true }],
    ['a string', 'found'],
  ])('does not trust a content script’s answer with %s', async (_, sent) => {
    stubs.sendMessage.mockResolvedValue(sent);
    const answer = await onSelectionMenuClick(pages, click('1:1'), tab);
    expect(answer).toEqual({ found: true, range: range([1, 1], [1, 1]) });
  });

  it('reads Arabic verse markers with the surah of the page context', async () => {
    const context: PageContext = {
      url: 'https://example.com/read',
      site: 'example',
      suggestions: [{ kind: 'surah', number: 36, range: range([36, 1], [36, 83]) }],
    };
    // The page answers what it shows; its selection is in private glyphs it cannot read.
    stubs.sendMessage.mockImplementation(async (tabId, message) =>
      tabId === 6 && (message as { name: string }).name === 'getPageContext' ? context : undefined,
    );
    const answer = await onSelectionMenuClick(pages, click('… ﴿١٢﴾ … ﴿١٤﴾'), {
      id: 6,
      url: 'https://example.com/read',
    });
    expect(answer).toEqual({ found: true, range: range([36, 12], [36, 14]) });
  });

  it('tells the reader on the toolbar button when nothing is found, and opens nothing', async () => {
    stubs.sendMessage.mockResolvedValue({
      found: false,
      reason: 'surahTitle',
    });
    const answer = await onSelectionMenuClick(pages, click('Al-Baqarah'), tab);
    expect(answer).toEqual({ found: false, reason: 'surahTitle' });
    expect(await pendingPrefillItem.getValue()).toBeNull();
    expect(stubs.action.openPopup).not.toHaveBeenCalled();
    expect(stubs.windows.create).not.toHaveBeenCalled();
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '!' });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: 'Quran Goals: Only a surah title is selected: select some of its verses.',
    });
  });

  it('ignores other menu items and clicks outside a tab', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([1, 1], [1, 7]) });
    expect(await onSelectionMenuClick(pages, { menuItemId: 'other' }, tab)).toBeNull();
    expect(await onSelectionMenuClick(pages, click(), undefined)).toBeNull();
    expect(stubs.sendMessage).not.toHaveBeenCalled();
    expect(await pendingPrefillItem.getValue()).toBeNull();
  });
});

describe('the "Mark as read" menu', () => {
  const markRead = (selectionText?: string, frameId = 0) => ({
    menuItemId: MARK_READ_ID,
    frameId,
    ...(selectionText === undefined ? {} : { selectionText }),
  });
  /** A reading log that answers `outcome` (or throws it) and keeps the ranges it was given. */
  function fakeLog(outcome: ReadingLogged | Error) {
    const logged: VerseRange[] = [];
    const log: LogRange = async (range) => {
      logged.push(range);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    };
    return { log, logged };
  }
  const LOGGED: ReadingLogged = {
    status: 'logged',
    date: '2026-05-10',
    seconds: 50,
    ranges: ['2:1-2:5'],
  };

  it('reads the clicked frame’s selection, logs its range and says so on the tab’s button', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 1], [2, 5]) });
    const { log, logged } = fakeLog(LOGGED);
    const outcome = await onMarkReadClick(pages, log, markRead('\uFB51', 3), tab);
    expect(outcome).toEqual(LOGGED);
    expect(logged).toEqual([range([2, 1], [2, 5])]);
    expect(stubs.sendMessage).toHaveBeenCalledWith(
      4,
      { name: 'getSelectionRange' },
      { frameId: 3 },
    );
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: null });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: `Quran Goals: logged \u20662:1–2:5\u2069`,
    });
    // Nothing of "Make goal from selection": no prefill, no popup.
    expect(await pendingPrefillItem.getValue()).toBeNull();
    expect(stubs.action.openPopup).not.toHaveBeenCalled();
    expect(stubs.windows.create).not.toHaveBeenCalled();
  });

  it('reads references in the selected text when no content script answers', async () => {
    stubs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const { log, logged } = fakeLog({ ...LOGGED, ranges: ['2:255-2:255'] });
    await onMarkReadClick(pages, log, markRead('Ayat al-Kursi (2:255)'), {
      id: 8,
      url: 'https://example.com/notes',
    });
    expect(logged).toEqual([range([2, 255], [2, 255])]);
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 8,
      title: `Quran Goals: logged \u20662:255\u2069`,
    });
  });

  it('says when the reading was found logged already', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 1], [2, 5]) });
    await onMarkReadClick(pages, fakeLog({ ...LOGGED, status: 'found' }).log, markRead(), tab);
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: null });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: `Quran Goals: already logged \u20662:1–2:5\u2069`,
    });
  });

  it('says when the reading waits to be logged', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 1], [2, 5]) });
    const queued: ReadingLogged = {
      status: 'queued',
      entryId: 'r1',
      error: { kind: 'network', message: 'offline' },
    };
    expect(await onMarkReadClick(pages, fakeLog(queued).log, markRead(), tab)).toEqual(queued);
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '…' });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: `Quran Goals: \u20662:1–2:5\u2069 will be logged once Quran.com can be reached`,
    });
  });

  it('says why the reading was not logged', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([2, 1], [2, 5]) });
    const refused = new GoalsError({ kind: 'forbidden', message: 'Missing scope.', status: 403 });
    const outcome = await onMarkReadClick(pages, fakeLog(refused).log, markRead(), tab);
    expect(outcome).toEqual({ status: 'failed', message: 'Missing scope.' });
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '!' });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: `Quran Goals: could not log \u20662:1–2:5\u2069: To show your streak and log your reading, Quran Goals needs your permission on Quran.com.`,
    });
  });

  it('logs nothing when no verses are found, and says why', async () => {
    stubs.sendMessage.mockResolvedValue({
      found: false,
      reason: 'surahTitle',
    });
    const { log, logged } = fakeLog(LOGGED);
    const outcome = await onMarkReadClick(pages, log, markRead('Al-Baqarah'), tab);
    expect(outcome).toEqual({ found: false, reason: 'surahTitle' });
    expect(logged).toEqual([]);
    expect(stubs.action.setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '!' });
    expect(stubs.action.setTitle).toHaveBeenCalledWith({
      tabId: 4,
      title: 'Quran Goals: Only a surah title is selected: select some of its verses.',
    });
  });

  it('answers only its own item, in a tab; "Make goal from selection" ignores it', async () => {
    stubs.sendMessage.mockResolvedValue({ found: true, range: range([1, 1], [1, 7]) });
    const { log, logged } = fakeLog(LOGGED);
    expect(await onMarkReadClick(pages, log, click(), tab)).toBeNull();
    expect(await onMarkReadClick(pages, log, markRead(), undefined)).toBeNull();
    expect(await onSelectionMenuClick(pages, markRead(), tab)).toBeNull();
    expect(logged).toEqual([]);
    expect(stubs.sendMessage).not.toHaveBeenCalled();
    expect(await pendingPrefillItem.getValue()).toBeNull();
  });
});

describe('the popup’s tab', () => {
  it('is the tab a popup page names with ?tab=, else the active one; its top frame is asked', async () => {
    const context: PageContext = {
      url: 'https://tanzil.net/#2:255',
      site: 'tanzil.net',
      suggestions: [],
    };
    stubs.sendMessage.mockImplementation(async (tabId) => {
      if (tabId === 12) return context;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const asked: (number | undefined)[] = [];
    const store = createPageContexts(async (wanted) => {
      asked.push(wanted);
      return wanted === 12 ? { id: 12, url: context.url } : { id: 1, url: 'https://a.example/' };
    });
    const page = (url: string) => ({
      sender: { id: fakeBrowser.runtime.id, url },
      senderClass: 'extension-page' as const,
    });
    const base = `chrome-extension://${fakeBrowser.runtime.id}/popup.html`;
    expect((await store.popupContext(page(`${base}?tab=12`))).pageContext).toEqual(context);
    expect((await store.popupContext(page(base))).pageContext).toBeNull();
    expect((await store.popupContext(page(`${base}?tab=x`))).pageContext).toBeNull();
    expect(asked).toEqual([12, undefined, undefined]);
    expect(stubs.sendMessage).toHaveBeenCalledWith(12, { name: 'getPageContext' }, { frameId: 0 });
  });
});

describe('a page’s context', () => {
  const context: PageContext = { url: 'https://quran.com/2', site: 'quran.com', suggestions: [] };

  it('is what the page answers now, each time it is asked: nothing is kept', async () => {
    const store = createPageContexts(async () => ({ id: 3 }));
    stubs.sendMessage.mockResolvedValueOnce(context);
    expect((await store.popupContext()).pageContext).toEqual(context);
    stubs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    expect((await store.popupContext()).pageContext).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['no site', { url: 'https://quran.com/2', suggestions: [] }],
    ['a suggestion of an unknown kind', { ...context, suggestions: [{ kind: 'book' }] }],
    ['a string', 'quran.com'],
  ])('is not trusted with %s', async (_, sent) => {
    stubs.sendMessage.mockResolvedValue(sent);
    expect(await createPageContexts(async () => ({ id: 3 })).contextOf(3)).toBeNull();
  });
});
