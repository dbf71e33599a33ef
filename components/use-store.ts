import { useEffect, useReducer } from 'preact/hooks';
import type { Store } from '@/utils/store';

/** The store's state, drawn again on every change while the component is shown. */
export function useStore<S>(store: Pick<Store<S>, 'get' | 'subscribe'>): S {
  const [, rerender] = useReducer<number, void>((n) => n + 1, 0);
  useEffect(() => {
    const stop = store.subscribe(rerender);
    return () => {
      stop();
    };
  }, [store]);
  return store.get();
}
