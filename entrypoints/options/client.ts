import { browser } from 'wxt/browser';
import { buildEnvironment } from '@/utils/environments';
import { createMessenger } from '@/utils/messaging';
import { automaticTimeZone, settingsItem } from '@/utils/storage';
import type { OptionsClient } from './options-client';

/** The options page's client on the real extension: settings item and background messages. */
export function browserOptionsClient(): OptionsClient {
  const messenger = createMessenger(browser);
  return {
    loadSettings: () => settingsItem.getValue(),
    saveSettings: (settings) => settingsItem.setValue(settings),
    send: (name, payload) => messenger.send(name, payload),
    onAccountState: (callback) => messenger.on('accountStateChanged', callback),
    copy: (text) => navigator.clipboard.writeText(text),
    build: buildEnvironment(),
    automaticTimeZone: automaticTimeZone(),
  };
}
