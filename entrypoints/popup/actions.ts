import type { Store } from '@/utils/store';
import { estimateActions } from './estimate-actions';
import { readingOf } from './form-reading';
import { goalActions } from './goal-actions';
import type { Knobs } from './options';
import { outboxActions } from './outbox-actions';
import { pageActions } from './page-actions';
import { planActions } from './plan-actions';
import type { PopupClient } from './popup-client';
import { readingActions } from './reading-actions';
import type { PopupState } from './state';

// What the popup does beyond its first paint: asking the background (the account, today's
// plan, the outbox, estimates), making and changing goals, logging reading, and reading the form
// as a goal. One
// chunk, fetched right after the first paint (`store.ts`).

/** The actions of each concern on the store, and the form's reading for the views. */
export function laterActions(store: Store<PopupState>, client: PopupClient, knobs: Knobs) {
  // In this order the popup asks the account, the outbox, the page, then the estimate.
  const concerns = [
    planActions(store, client, knobs),
    outboxActions(store, client),
    pageActions(store, client),
    estimateActions(store, client, knobs),
    goalActions(store, client, knobs),
    readingActions(store, client, knobs),
  ] as const;
  const [, outbox, page, , goals, reading] = concerns;
  return {
    ...outbox,
    ...page,
    ...goals,
    logReading: reading.logReading,
    readingOf,
    /** Starts every concern; returns what stops them. */
    start() {
      const stops = concerns.map((concern) => concern.start());
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}

/** What `laterActions` answers. */
export type LaterActions = ReturnType<typeof laterActions>;
