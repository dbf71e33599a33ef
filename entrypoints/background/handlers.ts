import type { ReadingEntry, ReadingLogged } from '@/utils/activity';
import type { AuthService } from './auth/auth-service';
import type { GoalService } from './goals/goal-service';
import type { Outbox } from './goals/outbox';
import type { PopupSnapshotKeeper } from './goals/popup-snapshot';
import type { Handlers } from './messaging/router';
import type { PageContexts } from './pages/page-contexts';
import type { Day } from './today/day';

/** The background's parts each message of the protocol is answered by. */
export interface HandlerParts {
  auth: Pick<AuthService, 'accountState' | 'signIn' | 'signOut'>;
  goals: GoalService;
  outbox: Outbox;
  pages: PageContexts;
  snapshot: Pick<PopupSnapshotKeeper, 'answer'>;
  day: Day;
  /** Logs a reading (the reading log, then the badge). */
  logReading(reading: ReadingEntry): Promise<ReadingLogged>;
}

/** The answer to every message of the protocol, over the background's parts. */
export function protocolHandlers(parts: HandlerParts): Required<Handlers> {
  const { auth, goals, outbox, pages, snapshot, day } = parts;
  return {
    getAccountState: () => auth.accountState(),
    signIn: () => auth.signIn(),
    signOut: () => auth.signOut(),
    createGoal: (request) => goals.createGoal(request),
    updateGoal: (request) => goals.updateGoal(request),
    getGoalDefinition: async ({ goalId }) => {
      const [goal, savedAt] = await Promise.all([
        goals.goalDefinition(goalId),
        goals.goalSavedAt(goalId),
      ]);
      return { goal, ...(goal && savedAt !== null ? { savedAt } : {}) };
    },
    deleteGoal: (request) => goals.deleteGoal(request),
    estimateGoal: (request) => goals.estimateGoal(request),
    // Kept for the popup's next first paint too.
    getTodaysPlan: (request) => snapshot.answer(request, () => goals.getTodaysPlan(request)),
    getPopupContext: (_request, from) => pages.popupContext(from),
    getOutbox: async () => ({ entries: await outbox.list() }),
    flushOutbox: async () => ({ entries: await outbox.flush() }),
    cancelOutboxEntry: async ({ entryId }) => ({ entries: await outbox.cancel(entryId) }),
    sendOutboxEntry: ({ entryId }) => outbox.sendNow(entryId),
    logReading: ({ reading }) => parts.logReading(reading),
    getToday: ({ since }) => day.today(since),
  };
}
