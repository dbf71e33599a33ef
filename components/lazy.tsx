import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { once } from '@/utils/concurrency';
import { useI18n } from './i18n';

/** A component whose module is loaded the first time it is shown, with a way to load it now. */
export type LazyComponent<P> = ComponentType<P> & { load(): Promise<void> };

/**
 * Wraps a part of the popup that only some readers see (a verse range, a current goal) so that
 * its code is fetched when it is first shown rather than with the popup. Until it arrives
 * nothing is shown; if it cannot be fetched (the extension was updated while the popup was
 * open), an alert says so.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  // Fetched once; a failed fetch is tried again the next time the part is shown.
  const start = once(async () => {
    loaded = await load();
  });

  function Lazy(props: P) {
    const { t } = useI18n();
    const [, setArrived] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && setArrived((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    const Loaded = loaded as ComponentType<P> | null;
    if (Loaded) return <Loaded {...props} />;
    return failed ? (
      <p role="alert" class="error">
        {t('partNotLoaded')}
      </p>
    ) : null;
  }
  return Object.assign(Lazy, { load: start });
}
