import { GoalsError, UNCERTAIN_KINDS } from '@/utils/errors';
import { type GoalRequest, QuranGoalTypeSchema } from '@/utils/goals';
import type {
  CreateGoalResult,
  MessagePayload,
  MessageResponse,
  OutboxEntry,
} from '@/utils/messages';
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
  updateGoal(request: MessagePayload<'updateGoal'>): Promise<MessageResponse<'updateGoal'>>;
  deleteGoal(request: MessagePayload<'deleteGoal'>): Promise<MessageResponse<'deleteGoal'>>;
  estimateGoal(request: MessagePayload<'estimateGoal'>): Promise<MessageResponse<'estimateGoal'>>;
  getTodaysPlan(
    request: MessagePayload<'getTodaysPlan'>,
  ): Promise<MessageResponse<'getTodaysPlan'>>;
}

/** What the goal service can lean on besides the API. */
export interface GoalServiceOptions {
  /** Keeps a goal the service could not take now; answers the outbox entry's id. */
  queue?(goal: GoalRequest, replace: boolean, error: unknown): Promise<{ id: string }>;
  retry?: RetryPolicy;
  clock?: RetryClock;
}

/** Whether a failure leaves a create's outcome unknown (it may have landed). */
export const isUncertain = (error: unknown) =>
  error instanceof GoalsError && UNCERTAIN_KINDS.includes(error.kind);

/** Whether the service could not be reached or failed: the goal can wait in the outbox. */
export const isUnreachable = (error: unknown) =>
  isUncertain(error) && (error as GoalsError).kind !== 'invalid_response';

/** The goal service over the goal endpoints. */
export function createGoalService(api: GoalsApi, options: GoalServiceOptions = {}): GoalService {
  const read = <T>(task: () => Promise<T>) =>
    withRetry(task, options.retry ?? READ_RETRY, options.clock ?? REAL_CLOCK);

  async function findExistingGoal({ mushafId, body }: GoalRequest): Promise<string | null> {
    const type = QuranGoalTypeSchema.safeParse(body.type);
    if (body.category !== 'QURAN' || !type.success) return null;
    const plan = await read(() => api.getTodaysPlan({ type: type.data, mushafId }));
    if (!plan.hasGoal) return null;
    const goalId = plan.goalId ?? plan.id;
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
  async function postOnce(goal: GoalRequest): Promise<CreateGoalResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { status: 'created', goalId: (await api.createGoal(goal)).id };
      } catch (error) {
        if (!isUncertain(error) || attempt === 2) throw error;
        const landed = await findExistingGoal(goal);
        if (landed) return { status: 'created', goalId: landed };
        if ((error as GoalsError).kind === 'timeout') throw error;
      }
    }
  }

  /** Creates or replaces; the failures the outbox can wait out are thrown for it. */
  async function send(goal: GoalRequest, replace: boolean): Promise<CreateGoalResult> {
    const existing = await findExistingGoal(goal);
    if (existing && !replace) return { status: 'exists', goalId: existing };
    if (existing) {
      await api.updateGoal({ goalId: existing, mushafId: goal.mushafId, body: goal.body });
      return { status: 'replaced', goalId: existing };
    }
    return postOnce(goal);
  }

  return {
    findExistingGoal,
    async createGoal({ goal, replace }) {
      try {
        return await send(goal, replace);
      } catch (error) {
        if (!options.queue || !isUnreachable(error)) throw error;
        return { status: 'queued', entryId: (await options.queue(goal, replace, error)).id };
      }
    },
    deliverQueued: (entry) => send(entry.goal, entry.replace),
    async updateGoal(update) {
      await api.updateGoal(update);
      return {};
    },
    async deleteGoal(goal) {
      await api.deleteGoal(goal);
      return {};
    },
    async estimateGoal({ goal }) {
      return { week: await read(() => api.estimateGoal(goal)) };
    },
    getTodaysPlan: (query) => read(() => api.getTodaysPlan(query)),
  };
}
