import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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
  const { settings, account, busy, error, status } = useStore(store);
  return (
    <main>
      <h1>Quran Goals settings</h1>
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
        <p>Loading settings…</p>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <footer>
        <a href="/privacy.html" target="_blank" rel="noopener">
          Privacy policy
        </a>
      </footer>
    </main>
  );
}
