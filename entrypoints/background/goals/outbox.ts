import { serialize, singleFlight } from '@/utils/concurrency';
import { ERROR_POLICY } from '@/utils/error-policy';
import { type ErrorInfo, toErrorInfo } from '@/utils/errors';
import type { GoalRequest } from '@/utils/goals';
import type { AccountOwner, CreateGoalResult, OutboxEntry } from '@/utils/messages';

/** Where the entries are kept (`local:outbox` in the extension; a variable in tests). */
export interface OutboxStore {
  read(): Promise<OutboxEntry[]>;
  write(entries: OutboxEntry[]): Promise<void>;
}

/** Tries before an entry that keeps failing is given up (shown as failed, kept for the reader). */
export const MAX_ATTEMPTS = 50;

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

/** The outbox over its store. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const settleMs = deps.settleMs ?? 30_000;
  // Every read-modify-write takes its turn, so that no change overwrites another.
  const inTurn = serialize();

  function edit<T>(change: (entries: OutboxEntry[]) => [OutboxEntry[], T]): Promise<T> {
    return inTurn(async () => {
      const before = await deps.store.read();
      const [entries, value] = change(before);
      if (entries !== before) {
        await deps.store.write(entries);
        deps.changed?.(entries);
      }
      return value;
    });
  }

  const patch = (id: string, fields: Partial<OutboxEntry>) =>
    edit((entries) => [entries.map((e) => (e.id === id ? { ...e, ...fields } : e)), undefined]);
  const remove = (id: string) => edit((entries) => [entries.filter((e) => e.id !== id), undefined]);
  const ownedBy = (owner: AccountOwner | null) => (entry: OutboxEntry) =>
    !!owner &&
    entry.owner.environment === owner.environment &&
    entry.owner.subject === owner.subject;

  /** Marks an entry as being sent, unless it was cancelled or failed meanwhile. */
  const claim = (id: string) =>
    edit((entries): [OutboxEntry[], OutboxEntry | null] => {
      const found = entries.find((e) => e.id === id && e.state !== 'failed');
      const unsettled = found?.state === 'sending' && now() - (found.sentAt ?? 0) < settleMs;
      if (!found || unsettled) return [entries, null];
      const claimed: OutboxEntry = {
        ...found,
        state: 'sending',
        attempts: found.attempts + 1,
        sentAt: now(),
      };
      return [entries.map((e) => (e.id === id ? claimed : e)), claimed];
    });

  async function sendOne(id: string): Promise<void> {
    const entry = await claim(id);
    if (!entry) return;
    let error: ErrorInfo;
    try {
      await deps.deliver(entry);
      return remove(entry.id);
    } catch (thrown) {
      error = toErrorInfo(thrown);
    }
    const wait = ERROR_POLICY[error.kind].waitInOutbox && entry.attempts < MAX_ATTEMPTS;
    await patch(entry.id, { state: wait ? 'waiting' : 'failed', lastError: error });
  }

  async function flushAll(): Promise<OutboxEntry[]> {
    // `sending` left by a stopped worker is sent again once settled: `deliver` asks the plan first.
    const mine = ownedBy(await deps.owner());
    const due = await edit((entries) => [entries, entries.filter(mine).map((e) => e.id)]);
    for (const id of due) {
      // The account may change while entries are sent: each is sent only under its own.
      const claimedBy = ownedBy(await deps.owner());
      const entry = (await deps.store.read()).find((e) => e.id === id);
      if (entry && claimedBy(entry)) await sendOne(id);
    }
    const now = ownedBy(await deps.owner());
    return edit((entries) => [entries, entries.filter(now)]);
  }

  return {
    async add(goal, replace, error) {
      const owner = await deps.owner();
      // No account to keep it for: the failure is the caller's to show, and nothing is queued.
      if (!owner) throw error;
      return edit((entries) => {
        const entry: OutboxEntry = {
          id: newId(),
          owner,
          goal,
          replace,
          createdAt: now(),
          state: 'waiting',
          attempts: 0,
          lastError: toErrorInfo(error),
        };
        return [[...entries, entry], entry];
      });
    },
    async list() {
      const mine = ownedBy(await deps.owner());
      return (await deps.store.read()).filter(mine);
    },
    async cancel(entryId) {
      const mine = ownedBy(await deps.owner());
      return edit((entries) => {
        const kept = entries.filter((e) => e.id !== entryId || e.state === 'sending' || !mine(e));
        return [kept, kept.filter(mine)];
      });
    },
    flush: singleFlight(flushAll),
    async sendNow(entryId) {
      const mine = ownedBy(await deps.owner());
      const entry = (await deps.store.read()).find((e) => e.id === entryId);
      if (entry && mine(entry)) {
        if (entry.state === 'failed') await patch(entry.id, { state: 'waiting', attempts: 0 });
        await sendOne(entry.id);
      }
      const entries = (await deps.store.read()).filter(mine);
      return { entries, sent: !!entry && mine(entry) && !entries.some((e) => e.id === entryId) };
    },
  };
}
