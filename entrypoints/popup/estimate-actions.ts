import type { GoalRequest } from '@/utils/goals';
import { type Store, watch } from '@/utils/store';
import { estimateKey, todayOf } from './derived';
import { formOf } from './form-reading';
import type { Knobs } from './options';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * The week ahead as the server plans it, asked again shortly after the form or the account
 * changes (at once for a preset); an answer overtaken by a later question is dropped.
 */
export function estimateActions(
  store: Store<PopupState>,
  client: PopupClient,
  { debounceMs, now }: Knobs,
) {
  const { get, set } = store;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The question asked last: an older answer is dropped. */
  let asked = 0;

  function estimateSoon() {
    clearTimeout(timer);
    const state = get();
    const { request } = formOf(state, todayOf(state, now()));
    const seq = ++asked;
    if (request?.body.category !== 'QURAN' || state.account?.signedIn === false) {
      if (state.estimate || state.estimating) set({ estimate: null, estimating: false });
      return;
    }
    const key = estimateKey(request);
    if (state.estimate?.key === key) return set({ estimating: false });
    set({ estimating: true });
    // Typing waits for a pause; a preset is a whole goal chosen at once, asked about at once.
    const delay = state.draft.preset ? 0 : debounceMs;
    timer = setTimeout(async () => {
      const result = await client.send('estimateGoal', { goal: request as GoalRequest });
      if (seq !== asked) return;
      if (result.ok)
        set({
          estimate: { key, week: result.value.week },
          estimateError: null,
          estimating: false,
        });
      else set({ estimate: null, estimateError: result.error, estimating: false });
    }, delay);
  }

  return {
    /** Estimates the form now, then again whenever the draft or the sign-in changes. */
    start() {
      const stopDraft = watch(store, (state) => state.draft, estimateSoon);
      const stopAccount = watch(store, (state) => state.account?.signedIn, estimateSoon);
      estimateSoon();
      return () => {
        stopDraft();
        stopAccount();
        clearTimeout(timer);
      };
    },
  };
}
