import { DEFAULT_DRAFT, type Draft } from '@/utils/goal-form';
import { isMushafId } from '@/utils/goal-rules';
import { createStore } from '@/utils/store';
import { derived, todayOf } from './derived';
import { draftActions } from './draft-actions';
import { estimateActions } from './estimate-actions';
import { goalActions } from './goal-actions';
import type { StoreOptions } from './options';
import { outboxActions } from './outbox-actions';
import { planActions } from './plan-actions';
import type { PopupClient, PopupStart } from './popup-client';
import type { PopupState } from './state';

export type { StoreOptions } from './options';

/** The popup's first state: the saved draft (or the defaults), nothing asked yet. */
function initialState(start: PopupStart): PopupState {
  const defaults: Draft = {
    ...DEFAULT_DRAFT,
    mushafId: isMushafId(start.mushafId) ? start.mushafId : DEFAULT_DRAFT.mushafId,
  };
  return {
    draft: start.draft ?? defaults,
    defaults,
    timeZone: start.timeZone,
    account: null,
    context: null,
    plan: null,
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
  };
}

/**
 * The popup's state and everything the reader can do, built around a client: one store, and
 * the actions of each concern on it (they follow one another through the state alone).
 */
export function createPopupStore(
  client: PopupClient,
  start: PopupStart,
  options: StoreOptions = {},
) {
  const store = createStore(initialState(start));
  const { debounceMs = 300, now = () => new Date() } = options;
  const knobs = { debounceMs, now };
  // In this order the popup asks the account, the outbox, the page, then the estimate.
  const concerns = [
    planActions(store, client, knobs),
    outboxActions(store, client),
    draftActions(store, client, knobs),
    estimateActions(store, client, knobs),
    goalActions(store, client, knobs),
  ] as const;
  const [, outbox, draft, , goals] = concerns;
  return {
    ...store,
    ...outbox,
    ...draft,
    ...goals,
    /** What the popup shows that follows from the state (see `derived.ts`). */
    derived: () => derived(store.get(), todayOf(store.get(), now())),
    /** Asks the background what it knows and follows its changes; returns what stops it. */
    start() {
      const stops = concerns.map((concern) => concern.start());
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}

/** The store a popup runs on. */
export type PopupStore = ReturnType<typeof createPopupStore>;
