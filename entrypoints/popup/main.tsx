import { render } from 'preact';
import { I18nContext } from '@/components/i18n';
import { LazyPlanWeek } from '@/components/PlanPreview';
import { browserI18n } from '@/utils/i18n';
import { App, CustomFields, StoreContext } from './App';
import { browserClient, extensionApi } from './client';
import { createPopupStore } from './store';
import './style.css';

async function main() {
  const api = extensionApi();
  const client = browserClient(api);
  const i18n = browserI18n(api);
  document.documentElement.lang = i18n.locale;
  document.documentElement.dir = i18n.dir;
  // The page's title is the manifest's button title, `__MSG_extName__`, which pages do not fill.
  document.title = i18n.t('extName');
  // No network before the first paint: the draft, the settings and the snapshot of the last
  // opening, from their copy (read at once) or, the first time, from storage.local. With a goal
  // in the snapshot, today's card is part of the first paint.
  const early = client.early();
  const fresh = client.load();
  // Storage closed and no copy: the popup starts from the defaults.
  const store = createPopupStore(client, early ?? (await fresh) ?? { draft: null, mushafId: null });
  // Storage closed: the copy stands.
  if (early) void fresh.then((start) => start && store.restart(start));
  addEventListener('pagehide', store.flushDraft);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flushDraft();
  });
  render(
    <I18nContext.Provider value={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
  // After the first paint, the plan's words and the custom form are fetched and run, so that
  // the first estimate and "Customize" show in the frame they are asked for.
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const part of [LazyPlanWeek, CustomFields]) void part.load().catch(() => {});
    }, 0),
  );
}

void main();
