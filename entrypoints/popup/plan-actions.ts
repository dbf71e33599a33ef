import { ERROR_POLICY } from '@/utils/error-policy';
import type { GoalRequest } from '@/utils/goals';
import { type Store, watch } from '@/utils/store';
import type { Knobs } from './options';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * The account and today's plan. The plan is asked again when the sign-in, the form's type or
 * mushaf changes, after a goal change is done, and when the old goal was lost; an answer
 * overtaken by a later question (another type or mushaf) is dropped. The account is asked
 * again when a failure says to sign in.
 */
export function planActions(store: Store<PopupState>, client: PopupClient, { now }: Knobs) {
  const { get, set } = store;
  /** Today's plan asked last: an older answer (another type or mushaf) is dropped. */
  let asked = 0;

  async function refreshPlan() {
    const { account, draft } = get();
    if (!account?.signedIn) return;
    const { type } = draft;
    const mushafId = draft.mushafId as GoalRequest['mushafId'];
    const seq = ++asked;
    const askedAt = now().getTime();
    const result = await client.send('getTodaysPlan', { type, mushafId });
    if (seq !== asked || !result.ok) return;
    const { hasGoal, goalId } = result.value;
    set({
      plan: result.value,
      early: false,
      seen: hasGoal && !goalId ? null : { goalId: goalId ?? null, askedAt },
    });
    if (!hasGoal || !goalId) return set({ known: null });
    const known = await client.send('getGoalDefinition', { goalId });
    if (seq === asked && known.ok) set({ known: { goalId, ...known.value } });
  }

  /**
   * Asks the account state. Unanswered (the background's worker stopped under the request),
   * it is asked once more on a new port; unanswered again, the popup says why.
   */
  async function refreshAccount(again = true): Promise<void> {
    const result = await client.send('getAccountState', {});
    if (result.ok) return set({ account: result.value });
    if (again) return refreshAccount(false);
    if (!get().error) set({ error: result.error });
  }

  return {
    /** Asks the account state, follows its changes, and asks the plan whenever it is due. */
    start() {
      const stops = [
        watch(
          store,
          (state) => state.account?.signedIn,
          (state) => {
            if (!state.account?.signedIn) set({ plan: null, early: false });
            void refreshPlan();
          },
        ),
        watch(store, (state) => `${state.draft.type} ${state.draft.mushafId}`, refreshPlan),
        watch(
          store,
          (state) => state.done,
          (state) => state.done && refreshPlan(),
        ),
        watch(
          store,
          (state) => state.error,
          ({ error }) => {
            if (error?.oldGoalDeleted) void refreshPlan();
            if (error && ERROR_POLICY[error.kind].signIn) void refreshAccount();
          },
        ),
        client.onAccountHint((account) => (account ? set({ account }) : void refreshAccount())),
      ];
      // Drawn from the snapshot: the same account answering changes nothing the watch above
      // sees, so the plan is asked here.
      const early = get().early;
      void refreshAccount().then(() => {
        if (early && get().early) void refreshPlan();
      });
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}
