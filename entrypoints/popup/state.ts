import type { ReadingLogged, Today } from '@/utils/activity';
import type { ErrorInfo } from '@/utils/errors';
import type { Draft } from '@/utils/goal-form';
import type { EstimateDay, GoalRequest, TodaysPlan } from '@/utils/goals';
import type { AccountState, OutboxEntry, PopupContext, SeenPlan } from '@/utils/messages';

/** What the popup shows; every change makes a new object. */
export interface PopupState {
  draft: Draft;
  /** What a cleared form holds: the defaults, with the mushaf chosen in the options. */
  defaults: Draft;
  /** The reader's time zone, in which plan days and dates are told; none: the browser's. */
  timeZone: string | undefined;
  /** null until the background has answered (or the snapshot told it). */
  account: AccountState | null;
  /**
   * The account and plan shown come from the snapshot of the last opening: drawn at once, but
   * nothing acts on them until the background's own answers replace them.
   */
  early: boolean;
  context: PopupContext | null;
  plan: TodaysPlan | null;
  /**
   * What the plan shown said and when it was asked, sent with a create as what the reader saw
   * (none for a plan with a goal it does not name). The background judges whether it still
   * holds: not once any goal change has ended since.
   */
  seen: SeenPlan | null;
  estimate: { key: string; week: EstimateDay[] } | null;
  estimateError: ErrorInfo | null;
  estimating: boolean;
  busy: 'create' | 'update' | 'delete' | 'signIn' | null;
  /** A question the reader must answer first. */
  confirm: 'replace' | 'replaceAfterRetry' | 'delete' | null;
  error: ErrorInfo | null;
  /** Seconds before a rate-limited request may be tried again. */
  retryIn: number;
  /** Goals waiting in the outbox to be sent. */
  outbox: OutboxEntry[];
  /** The outbox entry of a create the service could not take: shown with the failure. */
  kept: string | null;
  /** What the last action did, for the confirmation. */
  done: {
    status: 'created' | 'replaced' | 'updated' | 'deleted' | 'logged';
    request: GoalRequest | null;
    /** The old goal was deleted and this one created in its place. */
    remade?: boolean;
    /** What "Save reading" logged (or kept to send later). */
    reading?: ReadingLogged;
  } | null;
  /** The reader's day beyond the plan: streak, read today, last position; null until asked. */
  day: Today | null;
  /** A reading is being saved. */
  logging: boolean;
  /** Why the last "Save reading" failed; its fields keep what the reader typed. */
  logError: ErrorInfo | null;
  /** The form edits the current goal instead of making a new one. */
  editing: boolean;
  /**
   * The definition this device keeps of the plan's goal (null: not known here, e.g. made on
   * Quran.com), for the goal id it was asked for.
   */
  known: { goalId: string; goal: GoalRequest | null; savedAt?: number | undefined } | null;
  /** The reader's draft while the form edits the goal: Cancel and Save put it back. */
  beforeEdit: Draft | null;
  /** The custom form ("Customize") is open under the presets. */
  customize: boolean;
  /** The reader asked to make a new goal while one exists ("New goal"). */
  newGoal: boolean;
}
