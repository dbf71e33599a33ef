import type { GoalRequest } from '@/utils/goals';
import type { AccountOwner, CreateGoalResult, OutboxEntry } from '@/utils/messages';
import { createOwnedQueue, type QueueStore } from './owned-queue';

export { MAX_ATTEMPTS } from './owned-queue';

/** Where the entries are kept (`local:outbox` in the extension; a variable in tests). */
export type OutboxStore = QueueStore<OutboxEntry>;

/**
 * Goals waiting to be sent: kept in storage, sent one at a time, each once. Each entry belongs
 * to the account that made it, in its environment: it is listed, cancelled and sent only while
 * that account is signed in; signed out, or as another account, it waits untouched.
 */
export interface Outbox {
  /** Keeps a goal the service could not take now, for the account signed in; answers its entry. */
  add(goal: GoalRequest, replace: boolean, error: unknown): Promise<OutboxEntry>;
  /** The entries of the account signed in now. */
  list(): Promise<OutboxEntry[]>;
  /** Forgets an entry the reader cancelled (not while it is being sent); answers the list. */
  cancel(entryId: string): Promise<OutboxEntry[]>;
  /** Sends every entry of the account signed in that waits; a second call joins the running one. */
  flush(): Promise<OutboxEntry[]>;
  /**
   * Sends one entry of the account signed in at once (one given up on is tried again); answers
   * whether it went, and the list.
   */
  sendNow(entryId: string): Promise<{ entries: OutboxEntry[]; sent: boolean }>;
}

/** What the outbox needs: storage, and the send that checks today's plan first. */
export interface OutboxDeps {
  store: OutboxStore;
  /** Sends an entry's goal unless today's plan shows it landed; throws as the API does. */
  deliver(entry: OutboxEntry): Promise<CreateGoalResult>;
  /** The account signed in now, in its environment; null when signed out. */
  owner(): Promise<AccountOwner | null>;
  now?: () => number;
  newId?: () => string;
  /**
   * How long an entry left `sending` (a worker stopped mid-send) is left alone, so that a
   * request still under way lands or fails before today's plan is asked again.
   */
  settleMs?: number;
  /** Told after every change (the popup's list). */
  changed?: (entries: OutboxEntry[]) => void;
}

/** The outbox over its store: an owned queue of goals (`owned-queue.ts`). */
export function createOutbox(deps: OutboxDeps): Outbox {
  const queue = createOwnedQueue<OutboxEntry>({ ...deps, deliver: (entry) => deps.deliver(entry) });
  return { ...queue, add: (goal, replace, error) => queue.add({ goal, replace }, error) };
}
