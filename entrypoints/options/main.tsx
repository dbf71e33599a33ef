import { render } from 'preact';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { followFirstPaintCopy } from '@/utils/storage/first-paint';
import { App, OptionsStoreContext } from './App';
import { browserOptionsClient } from './client';
import { createOptionsStore } from './store';
import './style.css';

// Extension pages forbid eval: zod must not probe for it (a CSP error in the console).
z.config({ jitless: true });
const store = createOptionsStore(browserOptionsClient());
render(
  <OptionsStoreContext.Provider value={store}>
    <App />
  </OptionsStoreContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
void store.start();
// The popup's copy of its first paint follows what changes here (the settings, a sign-out).
followFirstPaintCopy(browser.storage.onChanged);
