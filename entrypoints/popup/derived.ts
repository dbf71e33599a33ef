import type { ContextPreset } from '@/utils/context-presets';
import { type FormResult, todayIn } from '@/utils/goal-form';
import type { GoalRequest } from '@/utils/goals';
import type { PopupState } from './state';

// What follows from the popup's state, computed here once for the actions and the views.

/** What an estimate answers for: the exact request it was asked about. */
export const estimateKey = (request: unknown) => JSON.stringify(request);

/** Today in the reader's time zone (`YYYY-MM-DD`). */
export const todayOf = (state: PopupState, now: Date) => todayIn(state.timeZone, now);

/** The goal today's plan names (`goalId` only: the plan's `id` is the day's). */
export const goalIdOf = (state: PopupState) => state.plan?.goalId ?? '';

/** The kept definition of the plan's goal; null when this device does not know it. */
export function knownGoalOf(state: PopupState): GoalRequest | null {
  const { known } = state;
  return known && known.goalId === goalIdOf(state) ? known.goal : null;
}

/** The reader's own draft: the one kept in storage, put aside while the form edits a goal. */
export const ownDraftOf = (state: PopupState) => (state.editing && state.beforeEdit) || state.draft;

/** What the views show beyond the first paint, read by `form-reading.ts` once it is here. */
export interface Reading {
  form: FormResult;
  request: GoalRequest | null;
  /** Putting the form's goal in place of the current one deletes it first. */
  deletesFirst: boolean;
  /** The presets the page the reader is on offers. */
  fromPage: ContextPreset[];
  /** The failure asks the reader to sign in: the account bar steps aside for it. */
  signInError: boolean;
  /** The failure offers Retry. */
  canRetry: boolean;
}

/** The form while its reading has not arrived (the first paint): nothing to say yet. */
const UNREAD: FormResult = { request: null, issues: [], duration: null };

/**
 * Everything the popup shows that is not a field of its state. `reading` is the form read as
 * a goal (`form-reading.ts`), null until its module arrives just after the first paint.
 */
export function derived(state: PopupState, today: string, reading: Reading | null) {
  const { account, busy, plan, confirm, estimate, known } = state;
  const form = reading?.form ?? UNREAD;
  const request = reading?.request ?? null;
  const signInError = !!reading?.signInError;
  return {
    today,
    form,
    /** Why there is no plan to show: the form is not valid, nobody is signed in, or no plan. */
    blocked: !reading
      ? null
      : !request
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
    canRetry: !!reading?.canRetry,
    /** The form edits a goal whose whole definition this device does not know. */
    editingUnknown: state.editing && (known?.goalId !== plan?.goalId || !known?.goal),
    /** The estimate's week, when it answers for the form as it reads now. */
    week: estimate?.key === estimateKey(request) ? estimate.week : null,
    /** The type the plan is told in. */
    planType: request?.body.type ?? state.draft.type,
    /** The presets the page the reader is on offers. */
    fromPage: reading?.fromPage ?? [],
    /**
     * What comes first: today's card of the goal (its presets one click away), or the form
     * (no goal yet, "New goal" pressed, or the goal being edited).
     */
    layout:
      plan?.hasGoal && !state.newGoal && !state.editing ? ('today' as const) : ('form' as const),
    /** The custom form is open: "Customize" was pressed, or the goal is being edited. */
    custom: state.customize || state.editing,
    /** Putting the form's goal in place of the current one deletes it first. */
    deletesFirst: !!reading?.deletesFirst,
  };
}

/** What `derived` answers. */
export type Derived = ReturnType<typeof derived>;
