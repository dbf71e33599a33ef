import { render } from 'preact';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { I18nContext } from '@/components/i18n';
import { browserI18n } from '@/utils/i18n';
import { followFirstPaintCopy } from '@/utils/storage/first-paint';
import { App, OptionsStoreContext } from './App';
import { browserOptionsClient } from './client';
import { createOptionsStore } from './store';
import './style.css';

// Extension pages forbid eval: zod must not probe for it (a CSP error in the console).
z.config({ jitless: true });
const store = createOptionsStore(browserOptionsClient());
const i18n = browserI18n(browser);
document.documentElement.lang = i18n.locale;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('opt_title');
render(
  <I18nContext.Provider value={i18n}>
    <OptionsStoreContext.Provider value={store}>
      <App />
    </OptionsStoreContext.Provider>
  </I18nContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
void store.start();
// The popup's copy of its first paint follows what changes here (the settings, a sign-out).
followFirstPaintCopy(browser.storage.onChanged);
