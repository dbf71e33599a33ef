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
} from '@/utils/messages';
import type { GoalBook } from './goal-book';
import type { GoalsApi } from './goals-api';
import { READ_RETRY, REAL_CLOCK, type RetryClock, type RetryPolicy, withRetry } from './retry';

/** The product's goal actions, as the extension pages ask for them (FLOWS.md). */
export interface GoalService {
  /** Creates a goal unless one exists; replaces the existing one only when asked. */
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
  deleteGoal(request: MessagePayload<'deleteGoal'>): Promise<MessageResponse<'deleteGoal'>>;
  estimateGoal(request: MessagePayload<'estimateGoal'>): Promise<MessageResponse<'estimateGoal'>>;
  getTodaysPlan(
    request: MessagePayload<'getTodaysPlan'>,
  ): Promise<MessageResponse<'getTodaysPlan'>>;
  /** Forgets every plan answer kept for the next create (the account or its server changed). */
  forgetPlans(): void;
}

/**
 * How long an answer of today's plan stands in for the check before a create. The popup asks
 * the plan when it opens and whenever the goal's type or mushaf changes, and shows the answer;
 * a create within this time acts on what the reader saw instead of asking again. Older, or
 * after any create, change or deletion, the plan is asked again first.
 */
export const PLAN_FRESH_MS = 60_000;

/** What the goal service can lean on besides the API. */
export interface GoalServiceOptions {
  /** Keeps a goal the service could not take now; answers the outbox entry's id. */
  queue?(goal: GoalRequest, replace: boolean, error: unknown): Promise<{ id: string }>;
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

/** Whether the service could not be reached or failed: the goal can wait in the outbox. */
export const isUnreachable = (error: unknown) =>
  error instanceof GoalsError && ERROR_POLICY[error.kind].queueCreate === true;

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
  /** The last plan answer per `type:mushafId`, with when it came. */
  const plans = new Map<string, { at: number; plan: TodaysPlan }>();
  const planKey = (query: MessagePayload<'getTodaysPlan'>) => `${query.type}:${query.mushafId}`;
  /** Counts each start and end of a change; a plan asked across one is not kept. */
  let changes = 0;
  const changing = async <T>(task: () => Promise<T>): Promise<T> => {
    changes++;
    plans.clear();
    try {
      return await task();
    } finally {
      changes++;
      plans.clear();
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
    const before = changes;
    let plan = await read(() => api.getTodaysPlan(query));
    for (const type of QuranGoalTypeSchema.options) {
      if (plan.hasGoal) break;
      if (type !== query.type) plan = await read(() => api.getTodaysPlan({ ...query, type }));
    }
    if (before === changes) plans.set(planKey(query), { at: now(), plan });
    return plan;
  }

  /** A plan answer younger than `PLAN_FRESH_MS`, used once: the create that follows changes it. */
  function takeFreshPlan(query: MessagePayload<'getTodaysPlan'>): TodaysPlan | null {
    const kept = plans.get(planKey(query));
    plans.delete(planKey(query));
    const age = kept ? now() - kept.at : Number.POSITIVE_INFINITY;
    return kept && age >= 0 && age < PLAN_FRESH_MS ? kept.plan : null;
  }

  async function findExistingGoal(
    { mushafId, body }: GoalRequest,
    recent = false,
  ): Promise<string | null> {
    const type = QuranGoalTypeSchema.safeParse(body.type);
    if (body.category !== 'QURAN' || !type.success) return null;
    const query = { type: type.data, mushafId };
    const plan = (recent && takeFreshPlan(query)) || (await askPlan(query));
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
   * Creates or replaces; the failures the outbox can wait out are thrown for it. `recent`: a
   * plan answer the reader has just seen may stand in for asking again (not for the outbox).
   */
  async function send(
    goal: GoalRequest,
    replace: boolean,
    recent = false,
  ): Promise<CreateGoalResult> {
    const existing = await findExistingGoal(goal, recent);
    if (existing && !replace) return { status: 'exists', goalId: existing };
    if (existing) return { status: 'replaced', ...(await change(existing, goal)) };
    return { status: 'created', goalId: await postOnce(goal) };
  }

  return {
    findExistingGoal: (goal) => findExistingGoal(goal),
    async createGoal({ goal, replace }) {
      try {
        return await oneCreateAtATime(() => send(goal, replace, true));
      } catch (error) {
        if (!options.queue || !isUnreachable(error)) throw error;
        // Once the old goal is deleted there is nothing left to replace: the entry creates.
        const deleted = toErrorInfo(error).oldGoalDeleted === true;
        const entry = await options.queue(goal, replace && !deleted, error);
        return { status: 'queued', entryId: entry.id, error: toErrorInfo(error) };
      }
    },
    deliverQueued: (entry) => oneCreateAtATime(() => send(entry.goal, entry.replace)),
    updateGoal: ({ goalId, goal }) => oneCreateAtATime(() => change(goalId, goal)),
    goalDefinition: (goalId) => book.get(goalId),
    async deleteGoal(goal) {
      await api.deleteGoal(goal);
      remember(goal.goalId, null);
      return {};
    },
    async estimateGoal({ goal }) {
      return { week: await read(() => api.estimateGoal(goal)) };
    },
    getTodaysPlan: askPlan,
    forgetPlans: () => plans.clear(),
  };
}
