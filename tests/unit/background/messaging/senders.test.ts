import { describe, expect, it } from 'vitest';
import {
  classifySender,
  type MessageSenderLike,
  type SenderClass,
} from '@/entrypoints/background/messaging/senders';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const page = 'chrome-extension://ext-id';

describe('classifySender', () => {
  it.each<[string, MessageSenderLike, SenderClass]>([
    ['the popup', { id: 'ext-id', url: `${page}/popup.html` }, 'extension-page'],
    [
      'the options page in a tab',
      { id: 'ext-id', url: `${page}/options.html`, tab: { url: `${page}/options.html` } },
      'extension-page',
    ],
    [
      'the options page inside chrome://extensions',
      {
        id: 'ext-id',
        url: `${page}/options.html`,
        tab: { url: 'chrome://extensions/?options=ext-id' },
      },
      'extension-page',
    ],
    [
      'an extension tab whose URL is hidden',
      { id: 'ext-id', url: `${page}/popup.html`, tab: {} },
      'extension-page',
    ],
    [
      'a Firefox extension page',
      { id: 'ext-id', url: 'moz-extension://uuid/popup.html' },
      'foreign',
    ],
    [
      'a content script on quran.com',
      { id: 'ext-id', url: 'https://quran.com/2', tab: { url: 'https://quran.com/2' } },
      'content-script',
    ],
    [
      'a content script in an about:blank frame',
      { id: 'ext-id', url: 'about:blank', tab: { url: 'https://quran.com/2' } },
      'content-script',
    ],
    [
      'a content script on a local file',
      { id: 'ext-id', url: 'file:///tmp/page.html', tab: {} },
      'content-script',
    ],
    [
      'our page framed inside a web page',
      { id: 'ext-id', url: `${page}/popup.html`, tab: { url: 'https://evil.example/' } },
      'content-script',
    ],
    [
      'another extension',
      { id: 'other-id', url: 'chrome-extension://other-id/popup.html' },
      'foreign',
    ],
    ['another extension naming our page', { id: 'other-id', url: `${page}/popup.html` }, 'foreign'],
    ['a sender without id', { url: `${page}/popup.html` }, 'foreign'],
    ['a sender without url', { id: 'ext-id' }, 'foreign'],
    ['a sender with a broken url', { id: 'ext-id', url: 'not a url', tab: {} }, 'foreign'],
    ['a web URL without a tab', { id: 'ext-id', url: 'https://quran.com/' }, 'foreign'],
    [
      'a javascript: URL in a tab',
      { id: 'ext-id', url: 'javascript:alert(1)', tab: {} },
      'foreign',
    ],
  ])('classifies %s', (_, sender, expected) => {
    expect(classifySender(sender, self)).toBe(expected);
  });

  it('trusts a Firefox page of our own origin', () => {
    const firefox = { id: 'ext-id', origin: 'moz-extension://uuid' };
    expect(
      classifySender({ id: 'ext-id', url: 'moz-extension://uuid/options.html' }, firefox),
    ).toBe('extension-page');
  });
});
