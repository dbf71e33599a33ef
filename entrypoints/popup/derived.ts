import { ERROR_POLICY } from '@/utils/error-policy';
import { todayIn } from '@/utils/goal-form';
import { deletesFirst } from '@/utils/goal-rules';
import type { GoalRequest } from '@/utils/goals';
import { contextPresets } from '@/utils/presets';
import { readGoalForm } from '@/utils/read-goal-form';
import type { PopupState } from './state';

// What follows from the popup's state, computed here once for the actions and the views.

/** What an estimate answers for: the exact request it was asked about. */
export const estimateKey = (request: unknown) => JSON.stringify(request);

/** Today in the reader's time zone (`YYYY-MM-DD`). */
export const todayOf = (state: PopupState, now: Date) => todayIn(state.timeZone, now);

/** The goal the form reads as, on `today`. */
export const formOf = (state: PopupState, today: string) => readGoalForm(state.draft, today);

/** The goal today's plan names (`goalId` only: the plan's `id` is the day's). */
export const goalIdOf = (state: PopupState) => state.plan?.goalId ?? '';

/** The kept definition of the plan's goal; null when this device does not know it. */
export function knownGoalOf(state: PopupState): GoalRequest | null {
  const { known } = state;
  return known && known.goalId === goalIdOf(state) ? known.goal : null;
}

/** The reader's own draft: the one kept in storage, put aside while the form edits a goal. */
export const ownDraftOf = (state: PopupState) => (state.editing && state.beforeEdit) || state.draft;

/** Everything the popup shows that is not a field of its state. */
export function derived(state: PopupState, today: string) {
  const { account, busy, error, plan, confirm, estimate, known } = state;
  const form = formOf(state, today);
  const request = form.request as GoalRequest | null;
  const signInError = !!error && !!ERROR_POLICY[error.kind].signIn;
  return {
    today,
    form,
    /** Why there is no plan to show: the form is not valid, nobody is signed in, or no plan. */
    blocked: !request
      ? ('invalid' as const)
      : account?.signedIn === false
        ? ('signedOut' as const)
        : request.body.category !== 'QURAN'
          ? ('noPlan' as const)
          : null,
    /** Whether _Create goal_ (or _Save goal_) can be pressed. */
    canCreate: !!request && !busy && account?.signedIn !== false,
    /** A goal exists: the reader is asked whether to replace it. */
    asking: confirm === 'replace' || confirm === 'replaceAfterRetry',
    /** The failure asks the reader to sign in: the account bar steps aside for it. */
    signInError,
    canRetry: !!error && !!ERROR_POLICY[error.kind].offerRetry,
    /** The form edits a goal whose whole definition this device does not know. */
    editingUnknown: state.editing && (known?.goalId !== plan?.goalId || !known?.goal),
    /** The estimate's week, when it answers for the form as it reads now. */
    week: estimate?.key === estimateKey(request) ? estimate.week : null,
    /** The type the plan is told in. */
    planType: request?.body.type ?? state.draft.type,
    /** The presets the page the reader is on offers. */
    fromPage: contextPresets(state.context),
    /**
     * What comes first: today's card of the goal (its presets one click away), or the form
     * (no goal yet, "New goal" pressed, or the goal being edited).
     */
    layout:
      plan?.hasGoal && !state.newGoal && !state.editing ? ('today' as const) : ('form' as const),
    /** The custom form is open: "Customize" was pressed, or the goal is being edited. */
    custom: state.customize || state.editing,
    /** Putting the form's goal in place of the current one deletes it first. */
    deletesFirst: !!request && !!plan?.hasGoal && deletesFirst(knownGoalOf(state), request),
  };
}

/** What `derived` answers. */
export type Derived = ReturnType<typeof derived>;
