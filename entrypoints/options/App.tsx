import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useStore } from '@/components/use-store';
import { AccountSection } from './AccountSection';
import { EnvironmentSection } from './EnvironmentSection';
import { PreferencesSection } from './PreferencesSection';
import { RemindersSection } from './RemindersSection';
import type { OptionsStore } from './store';

/** The options store, handed to the page through context. */
export const OptionsStoreContext = createContext<OptionsStore | null>(null);

/** IANA zones this browser knows, offered while typing a zone. */
function knownTimeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** The options page: account, environment, and reading preferences. */
export function App() {
  const store = useContext(OptionsStoreContext);
  if (!store) throw new Error('No OptionsStoreContext provider.');
  const { settings, account, busy, error, status, problem } = useStore(store);
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('opt_title')}</h1>
      <AccountSection
        account={account}
        busy={busy}
        error={error}
        onSignIn={() => void store.signIn()}
        onSignOut={() => void store.signOut()}
        onCopy={(text) => void store.copy(text)}
      />
      {settings ? (
        <>
          <EnvironmentSection
            settings={settings}
            build={store.build}
            onChange={(patch) => void store.update(patch)}
          />
          <PreferencesSection
            settings={settings}
            automaticTimeZone={store.automaticTimeZone}
            timeZones={knownTimeZones()}
            onChange={(patch) => void store.update(patch)}
          />
          <RemindersSection settings={settings} onChange={(patch) => void store.update(patch)} />
        </>
      ) : (
        <p>{t('opt_loading')}</p>
      )}
      {problem && (
        <p class="problem" role="alert">
          {t(problem)}
        </p>
      )}
      <p class="status" role="status">
        {status && t(status)}
      </p>
      <footer>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('opt_privacy')}
        </a>
      </footer>
    </main>
  );
}
