import { render } from 'preact';
import { App, OptionsStoreContext } from './App';
import { browserOptionsClient } from './client';
import { createOptionsStore } from './store';
import './style.css';

const store = createOptionsStore(browserOptionsClient());
render(
  <OptionsStoreContext.Provider value={store}>
    <App />
  </OptionsStoreContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
void store.start();
