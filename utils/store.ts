/**
 * The one store the extension pages keep their state in: read it, change it by a patch, and
 * be called back on every change. Views read it with `useStore` (components/use-store.ts).
 */

/** A piece of state that views and actions share; every change makes a new object. */
export interface Store<S> {
  get(): S;
  /** Puts the patch's fields in place and calls every listener. */
  set(patch: Partial<S>): void;
  /** Calls back on every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial` until it is changed. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Calls `effect` each time what `select` reads of the state changes (compared with
 * `Object.is`): how one concern follows another's state without calling it. Returns the
 * function that stops it.
 */
export function watch<S, T>(
  store: Store<S>,
  select: (state: S) => T,
  effect: (state: S) => void,
): () => void {
  let seen = select(store.get());
  return store.subscribe(() => {
    const state = store.get();
    const value = select(state);
    if (Object.is(value, seen)) return;
    seen = value;
    effect(state);
  });
}
