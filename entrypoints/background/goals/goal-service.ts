import { serialize } from '@/utils/concurrency';
import { ERROR_POLICY } from '@/utils/error-policy';
import { GoalsError, toErrorInfo } from '@/utils/errors';
import { deletesFirst } from '@/utils/goal-rules';
import { type GoalRequest, QuranGoalTypeSchema, type TodaysPlan } from '@/utils/goals';
import type {
  CreateGoalResult,
  GoalChange,
  MessagePayload,
  MessageResponse,
  OutboxEntry,
  SeenPlan,
} from '@/utils/messages';
import type { GoalsApi } from '../api/goals-api';
import { READ_RETRY, REAL_CLOCK, type RetryClock, type RetryPolicy, withRetry } from '../api/retry';
import type { GoalBook } from './goal-book';

/** The product's goal actions, as the extension pages ask for them (FLOWS.md). */
export interface GoalService {
  /**
   * Creates a goal unless one exists; replaces the existing one only when asked. A failure the
   * outbox can wait out is thrown (`queueWhenUnreachable` keeps the goal there).
   */
  createGoal(request: MessagePayload<'createGoal'>): Promise<CreateGoalResult>;
  /**
   * The id of the reader's existing goal of this goal's kind, from today's plan, or null. Also
   * how a create whose outcome is unknown learns whether it landed before anything is resent.
   */
  findExistingGoal(goal: GoalRequest): Promise<string | null>;
  /** Sends an outbox entry: today's plan first, then the create (or replace) once. */
  deliverQueued(entry: OutboxEntry): Promise<CreateGoalResult>;
  /** Puts a whole goal in place of one; see `deletesFirst` for when it is deleted first. */
  updateGoal(request: MessagePayload<'updateGoal'>): Promise<GoalChange>;
  /** The definition this device keeps of a goal (for Edit), or null. */
  goalDefinition(goalId: string): Promise<GoalRequest | null>;
  /** When this device last made or changed the goal (epoch milliseconds), or null. */
  goalSavedAt(goalId: string): Promise<number | null>;
  deleteGoal(request: MessagePayload<'deleteGoal'>): Promise<MessageResponse<'deleteGoal'>>;
  estimateGoal(request: MessagePayload<'estimateGoal'>): Promise<MessageResponse<'estimateGoal'>>;
  getTodaysPlan(
    request: MessagePayload<'getTodaysPlan'>,
  ): Promise<MessageResponse<'getTodaysPlan'>>;
  /** A plan the reader saw before now no longer stands in for asking (the account changed). */
  forgetPlans(): void;
}

/**
 * How long the plan the reader saw stands in for the check before a create. The popup asks
 * the plan when it opens and whenever the goal's type or mushaf changes, shows the answer, and
 * sends it with the create (`seen`); a create within this time of the asking acts on it
 * instead of asking again. Older, asked before any create, change or deletion had ended (or
 * while one ran), or before the account changed, the plan is asked again first. What a create
 * does so depends on what it is sent, never on which calls came before it.
 */
export const PLAN_FRESH_MS = 60_000;

/** What the goal service can lean on besides the API. */
export interface GoalServiceOptions {
  /** Where the definition of each goal made or changed here is kept; none: nothing is known. */
  book?: GoalBook;
  retry?: RetryPolicy;
  clock?: RetryClock;
  /** Milliseconds since the epoch; `Date.now` unless a test sets the time. */
  now?: () => number;
}

/** Whether a failure leaves a create's outcome unknown (it may have landed). */
export const isUncertain = (error: unknown) =>
  error instanceof GoalsError && ERROR_POLICY[error.kind].uncertain === true;

/**
 * Whether today's plan can tell that a create of this goal landed: it knows the Quran
 * category's time, pages and range goals only.
 */
const planCanConfirm = ({ body }: GoalRequest) =>
  body.category === 'QURAN' && QuranGoalTypeSchema.safeParse(body.type).success;

/** A failure that leaves a create's outcome unknown, for a goal no plan can confirm. */
const unknownOutcome = (error: GoalsError) =>
  new GoalsError({
    kind: 'outcome_unknown',
    message: `${error.message} The goal may have been made: nothing here can check it.`,
    ...(error.info.status === undefined ? {} : { status: error.info.status }),
  });

/** Knows no goal: every goal's definition is unknown. */
const EMPTY_BOOK: GoalBook = {
  get: async () => null,
  savedAt: async () => null,
  keep: async () => undefined,
  forget: async () => undefined,
};

/** A failure after the old goal was deleted: the reader is told it is gone. */
const afterDelete = (error: unknown) => {
  const info = toErrorInfo(error);
  return new GoalsError({ ...info, oldGoalDeleted: true });
};

/** The goal service over the goal endpoints. */
export function createGoalService(
  goalsApi: GoalsApi,
  options: GoalServiceOptions = {},
): GoalService {
  const read = <T>(task: () => Promise<T>) =>
    withRetry(task, options.retry ?? READ_RETRY, options.clock ?? REAL_CLOCK);
  const now = options.now ?? Date.now;
  const book = options.book ?? EMPTY_BOOK;
  /**
   * Notes what a goal is now without holding up the answer: the book takes its changes in
   * turn, so a later read (Edit) sees it. Unkept, the goal is only treated as not known here.
   */
  const remember = (goalId: string, goal: GoalRequest | null) => {
    const noted = goal ? book.keep(goalId, goal) : book.forget(goalId);
    noted.catch(() => undefined);
  };
  /** One create (or replace) at a time in the whole background: the popup's, the outbox's. */
  const oneCreateAtATime = serialize();
  /** Goal changes under way, and when the last one (or a change of account) ended. */
  let running = 0;
  let settledAt = Number.NEGATIVE_INFINITY;
  const changing = async <T>(task: () => Promise<T>): Promise<T> => {
    running++;
    try {
      return await task();
    } finally {
      running--;
      settledAt = now();
    }
  };
  const api: GoalsApi = {
    ...goalsApi,
    createGoal: (goal) => changing(() => goalsApi.createGoal(goal)),
    updateGoal: (update) => changing(() => goalsApi.updateGoal(update)),
    deleteGoal: (goal) => changing(() => goalsApi.deleteGoal(goal)),
  };

  /**
   * Today's plan of the reader's goal, whatever its type. The documents require `type` and do
   * not say whether the plan answers only a goal of that type, so when the type asked has no
   * goal the other two are asked too: a goal of another type is never missed.
   */
  async function askPlan(query: MessagePayload<'getTodaysPlan'>): Promise<TodaysPlan> {
    let plan = await read(() => api.getTodaysPlan(query));
    for (const type of QuranGoalTypeSchema.options) {
      if (plan.hasGoal) break;
      if (type !== query.type) plan = await read(() => api.getTodaysPlan({ ...query, type }));
    }
    return plan;
  }

  /** Whether the plan the reader saw may stand in for asking (see `PLAN_FRESH_MS`). */
  const stillTrue = (seen: SeenPlan | undefined): seen is SeenPlan => {
    if (!seen || running > 0 || seen.askedAt <= settledAt) return false;
    const age = now() - seen.askedAt;
    return age >= 0 && age < PLAN_FRESH_MS;
  };

  async function findExistingGoal(
    { mushafId, body }: GoalRequest,
    seen?: SeenPlan,
  ): Promise<string | null> {
    const type = QuranGoalTypeSchema.safeParse(body.type);
    if (body.category !== 'QURAN' || !type.success) return null;
    if (stillTrue(seen)) return seen.goalId;
    const plan = await askPlan({ type: type.data, mushafId });
    if (!plan.hasGoal) return null;
    // Only `goalId` names the goal: the plan's `id` is the day's, never the goal's.
    const goalId = plan.goalId;
    if (!goalId) {
      throw new GoalsError({
        kind: 'invalid_response',
        message: 'Today’s plan says a goal exists but does not say which.',
      });
    }
    return goalId;
  }

  /**
   * Posts a goal that today's plan showed absent. After a failure that leaves the outcome
   * unknown the plan is asked again: a goal there now is this one; else it is sent once more.
   * Not after a timeout: that request may still land, so the goal waits in the outbox, whose
   * later send asks the plan again first.
   */
  async function postOnce(goal: GoalRequest): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { id } = await api.createGoal(goal);
        remember(id, goal);
        return id;
      } catch (error) {
        if (!isUncertain(error) || attempt === 2) throw error;
        // Never sent again blind: the reader is told and decides.
        if (!planCanConfirm(goal)) throw unknownOutcome(error as GoalsError);
        const landed = await findExistingGoal(goal);
        if (landed) {
          remember(landed, goal);
          return landed;
        }
        if ((error as GoalsError).kind === 'timeout') throw error;
      }
    }
  }

  /**
   * Puts `goal` in place of the goal `goalId`: an update with the whole goal, or, when the
   * update could leave an old duration in place (`deletesFirst`), a delete and then a create
   * under the create's rules. A failure after the delete says so (`oldGoalDeleted`).
   */
  async function change(goalId: string, goal: GoalRequest): Promise<GoalChange> {
    const known = await book.get(goalId);
    if (!deletesFirst(known, goal)) {
      await api.updateGoal({ goalId, mushafId: goal.mushafId, body: goal.body });
      remember(goalId, goal);
      return { goalId, remade: false };
    }
    // Today's plan, the only source of a goal id this device did not make, knows QURAN goals.
    await api.deleteGoal({ goalId, category: known?.body.category ?? 'QURAN' });
    remember(goalId, null);
    try {
      return { goalId: await postOnce(goal), remade: true };
    } catch (error) {
      throw afterDelete(error);
    }
  }

  /**
   * Creates or replaces; the failures the outbox can wait out are thrown for it. `seen`: the
   * plan the reader saw may stand in for asking again (never for the outbox).
   */
  async function send(
    goal: GoalRequest,
    replace: boolean,
    seen?: SeenPlan,
  ): Promise<CreateGoalResult> {
    const existing = await findExistingGoal(goal, seen);
    if (existing && !replace) return { status: 'exists', goalId: existing };
    if (existing) return { status: 'replaced', ...(await change(existing, goal)) };
    return { status: 'created', goalId: await postOnce(goal) };
  }

  return {
    findExistingGoal: (goal) => findExistingGoal(goal),
    createGoal: ({ goal, replace, seen }) => oneCreateAtATime(() => send(goal, replace, seen)),
    deliverQueued: (entry) => oneCreateAtATime(() => send(entry.goal, entry.replace)),
    updateGoal: ({ goalId, goal }) => oneCreateAtATime(() => change(goalId, goal)),
    goalDefinition: (goalId) => book.get(goalId),
    goalSavedAt: (goalId) => book.savedAt(goalId),
    async deleteGoal(goal) {
      await api.deleteGoal(goal);
      remember(goal.goalId, null);
      return {};
    },
    async estimateGoal({ goal }) {
      return { week: await read(() => api.estimateGoal(goal)) };
    },
    getTodaysPlan: askPlan,
    forgetPlans: () => {
      settledAt = now();
    },
  };
}
