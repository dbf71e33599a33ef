import { once } from '@/utils/concurrency';
import { DEFAULT_DRAFT, type Draft, todayIn } from '@/utils/goal-form';
import { isMushafId } from '@/utils/mushafs';
import { createStore } from '@/utils/store';
import type { LaterActions } from './actions';
import { derived, todayOf } from './derived';
import { draftActions } from './draft-actions';
import type { StoreOptions } from './options';
import type { PopupClient, PopupStart } from './popup-client';
import type { PopupState } from './state';

export type { StoreOptions } from './options';

/**
 * What the popup was last told, when it still holds for its first paint: today's plan asked
 * today (in the reader's zone) for the form's type and mushaf.
 */
function snapshotFor(start: PopupStart, draft: Draft, now: Date) {
  const snapshot = start.snapshot;
  if (!snapshot) return null;
  const { asked, askedAt } = snapshot;
  const today = todayIn(start.timeZone, now);
  const sameDay = todayIn(start.timeZone, new Date(askedAt)) === today;
  return sameDay && asked.type === draft.type && asked.mushafId === draft.mushafId
    ? snapshot
    : null;
}

/** The popup's first state: the saved draft (or the defaults), and what it was last told. */
function initialState(start: PopupStart, now: Date): PopupState {
  const defaults: Draft = {
    ...DEFAULT_DRAFT,
    mushafId: isMushafId(start.mushafId) ? start.mushafId : DEFAULT_DRAFT.mushafId,
  };
  const draft = start.draft ?? defaults;
  const snapshot = snapshotFor(start, draft, now);
  return {
    draft,
    defaults,
    timeZone: start.timeZone,
    account: snapshot?.account ?? null,
    early: !!snapshot,
    context: null,
    plan: snapshot?.plan ?? null,
    seen: null,
    estimate: null,
    estimateError: null,
    estimating: false,
    busy: null,
    confirm: null,
    error: null,
    retryIn: 0,
    outbox: [],
    kept: null,
    done: null,
    editing: false,
    known: null,
    beforeEdit: null,
    // A draft the reader customized comes back in the form it was made in.
    customize: !!start.draft && start.draft.preset === null,
    newGoal: false,
    day: null,
    logging: false,
    logError: null,
  };
}

let laterModule: typeof import('./actions') | null = null;
/**
 * Fetches what the popup does beyond its first paint (`actions.ts`): `start` asks for it, so
 * that it arrives just after the first paint; tests ask for it up front.
 */
export const loadLaterActions = once(async () => {
  laterModule = await import('./actions');
});

/** The names of the actions that come with `actions.ts`. */
type Later = Exclude<keyof LaterActions, 'start' | 'readingOf'>;

/**
 * The popup's state and everything the reader can do, built around a client: one store, the
 * form's own actions at once, and the rest (`actions.ts`) as soon as its module is here. An
 * action pressed before then runs when it arrives, in the order pressed.
 */
export function createPopupStore(
  client: PopupClient,
  start: PopupStart,
  options: StoreOptions = {},
) {
  const { debounceMs = 300, now = () => new Date() } = options;
  const store = createStore(initialState(start, now()));
  const first = store.get();
  const knobs = { debounceMs, now };
  const draft = draftActions(store, client, knobs);
  let later: LaterActions | undefined;
  const laterNow = () => {
    later ??= laterModule?.laterActions(store, client, knobs);
    return later;
  };
  function whenHere<K extends Later>(name: K): LaterActions[K] {
    const call = (...args: unknown[]) => {
      const run = () => {
        const action = laterNow()?.[name] as ((...a: unknown[]) => unknown) | undefined;
        return action?.(...args);
      };
      if (laterNow()) return run();
      void loadLaterActions().then(run);
    };
    return call as LaterActions[K];
  }
  return {
    ...store,
    ...draft,
    create: whenHere('create'),
    replace: whenHere('replace'),
    cancelConfirm: whenHere('cancelConfirm'),
    sendPending: whenHere('sendPending'),
    cancelPending: whenHere('cancelPending'),
    retry: whenHere('retry'),
    signIn: whenHere('signIn'),
    askDelete: whenHere('askDelete'),
    confirmDelete: whenHere('confirmDelete'),
    startEdit: whenHere('startEdit'),
    cancelEdit: whenHere('cancelEdit'),
    choosePagePreset: whenHere('choosePagePreset'),
    logReading: whenHere('logReading'),
    /** What the popup shows that follows from the state (see `derived.ts`). */
    derived() {
      const state = store.get();
      const today = todayOf(state, now());
      return derived(state, today, laterNow()?.readingOf(state, today) ?? null);
    },
    /**
     * The first paint came from the copy of the stored items (`client.early`), and storage
     * itself (`fresh`) has now answered. Where the two differ, the popup takes storage's:
     * the settings, the draft unless the reader has changed it since, and the snapshot unless
     * the background has answered since.
     */
    restart(fresh: PopupStart) {
      if (JSON.stringify(fresh) === JSON.stringify(start)) return;
      const next = initialState(fresh, now());
      const current = store.get();
      const readerChanged = current.draft !== first.draft;
      const answered = current.account !== first.account || current.plan !== first.plan;
      store.set({
        defaults: next.defaults,
        timeZone: next.timeZone,
        ...(readerChanged ? {} : { draft: next.draft, customize: next.customize }),
        ...(answered ? {} : { account: next.account, plan: next.plan, early: next.early }),
      });
    },
    /**
     * Follows the draft at once; fetches the rest and starts it (it asks the background what
     * it knows and follows its changes). Returns what stops both.
     */
    start() {
      let live = true;
      let stopLater = () => {};
      const stopDraft = draft.start();
      const begin = () => {
        const actions = laterNow();
        if (!live || !actions) return;
        stopLater = actions.start();
        // The views read the form now: they are drawn again.
        store.set({});
      };
      if (laterNow()) begin();
      else void loadLaterActions().then(begin);
      return () => {
        live = false;
        stopDraft();
        stopLater();
      };
    },
  };
}

/** The store a popup runs on. */
export type PopupStore = ReturnType<typeof createPopupStore>;
