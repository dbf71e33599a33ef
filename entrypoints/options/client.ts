import { buildEnvironment } from '@/utils/environments';
import { onBackgroundEvent, sendMessage } from '@/utils/messaging';
import { automaticTimeZone, settingsItem } from '@/utils/storage';
import type { OptionsClient } from './options-client';

/** The options page's client on the real extension: settings item and background messages. */
export function browserOptionsClient(): OptionsClient {
  return {
    loadSettings: () => settingsItem.getValue(),
    saveSettings: (settings) => settingsItem.setValue(settings),
    send: (name, payload) => sendMessage(name, payload),
    onAccountState: (callback) => onBackgroundEvent('accountStateChanged', callback),
    copy: (text) => navigator.clipboard.writeText(text),
    build: buildEnvironment(),
    automaticTimeZone: automaticTimeZone(),
  };
}
