import { serialize } from '@/utils/concurrency';
import type { GoalRequest } from '@/utils/goals';
import type { AccountOwner, KnownGoal } from '@/utils/messages';

/** Where the definitions are kept (`local:knownGoals` in the extension; a variable in tests). */
export interface GoalBookStore {
  read(): Promise<KnownGoal[]>;
  write(entries: KnownGoal[]): Promise<void>;
}

/** Definitions kept per account; the oldest go first beyond this many. */
export const KEPT_DEFINITIONS = 20;

/**
 * The definition of each goal this device created or changed, for the account signed in, in
 * its environment. Another account, or none, reads nothing and changes nothing.
 */
export interface GoalBook {
  /** The definition kept for this goal, or null. */
  get(goalId: string): Promise<GoalRequest | null>;
  /** When this device last made or changed the goal (epoch milliseconds), or null. */
  savedAt(goalId: string): Promise<number | null>;
  /** Keeps what the goal is now. */
  keep(goalId: string, goal: GoalRequest): Promise<void>;
  /** Forgets a goal (deleted, or changed in a way this device cannot follow). */
  forget(goalId: string): Promise<void>;
}

/** The goal book over its store and the account signed in now. */
export function createGoalBook(deps: {
  store: GoalBookStore;
  owner(): Promise<AccountOwner | null>;
  now?: () => number;
}): GoalBook {
  const now = deps.now ?? Date.now;
  // Each read-modify-write waits for the one before, so that none overwrites another.
  const oneChangeAtATime = serialize();
  const sameOwner = (a: AccountOwner, b: AccountOwner) =>
    a.environment === b.environment && a.subject === b.subject;
  const isIt = (owner: AccountOwner, goalId: string) => (entry: KnownGoal) =>
    entry.goalId === goalId && sameOwner(entry.owner, owner);

  const change = (goalId: string, next: (owner: AccountOwner) => KnownGoal | null) =>
    oneChangeAtATime(async () => {
      const owner = await deps.owner();
      if (!owner) return;
      const entries = (await deps.store.read()).filter((e) => !isIt(owner, goalId)(e));
      const entry = next(owner);
      if (entry) entries.push(entry);
      const mine = entries.filter((e) => sameOwner(e.owner, owner));
      const dropped = new Set(mine.slice(0, Math.max(0, mine.length - KEPT_DEFINITIONS)));
      await deps.store.write(entries.filter((e) => !dropped.has(e)));
    });

  // In turn with the changes: a read sees every change asked before it.
  const entry = (goalId: string) =>
    oneChangeAtATime(async () => {
      const owner = await deps.owner();
      return owner ? (await deps.store.read()).find(isIt(owner, goalId)) : undefined;
    });

  return {
    get: async (goalId) => (await entry(goalId))?.goal ?? null,
    savedAt: async (goalId) => (await entry(goalId))?.savedAt ?? null,
    keep: (goalId, goal) => change(goalId, (owner) => ({ owner, goalId, goal, savedAt: now() })),
    forget: (goalId) => change(goalId, () => null),
  };
}
