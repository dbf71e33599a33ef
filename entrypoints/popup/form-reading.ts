import { deletesFirst } from '@/utils/goal-rules';
import type { GoalRequest } from '@/utils/goals';
import { readGoalForm } from '@/utils/read-goal-form';
import { knownGoalOf, type Reading } from './derived';
import type { PopupState } from './state';

// What the views show beyond the first paint: the form read as a goal (by the rules the
// background runs too), the page's presets, and what a failure offers. With the actions that
// use it, this is fetched right after the first paint (`store.ts`), which needs none of it.

/** The goal the form reads as, on `today`. */
export const formOf = (state: PopupState, today: string) => readGoalForm(state.draft, today);

/** What the views show of the form's reading, the page and the failure. */
export function readingOf(state: PopupState, today: string): Reading {
  const form = formOf(state, today);
  const request = form.request as GoalRequest | null;
  const policy = state.error && ERROR_POLICY[state.error.kind];
  return {
    form,
    request,
    deletesFirst: !!request && !!state.plan?.hasGoal && deletesFirst(knownGoalOf(state), request),
    fromPage: contextPresets(state.context),
    signInError: !!policy?.signIn,
    canRetry: !!policy?.offerRetry,
  };
}
