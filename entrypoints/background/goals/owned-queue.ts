import { serialize, singleFlight } from '@/utils/concurrency';
import { ERROR_POLICY } from '@/utils/error-policy';
import { type ErrorInfo, toErrorInfo } from '@/utils/errors';
import type { AccountOwner } from '@/utils/messages';

/** Tries before an entry that keeps failing is given up (shown as failed, kept for the reader). */
export const MAX_ATTEMPTS = 50;

/**
 * What every entry of an owned queue holds besides what it carries: whose it is, and where
 * its sending stands. `sending` while a send is under way (a worker stopped then finds it, and
 * the next send checks whether the last one landed); `failed` when the service refused it for good.
 */
export interface QueuedEntry {
  id: string;
  /** Sent only while this account is signed in, and shown only to it. */
  owner: AccountOwner;
  /** Epoch milliseconds. */
  createdAt: number;
  state: 'waiting' | 'sending' | 'failed';
  attempts: number;
  /** Epoch milliseconds of the last send's start. */
  sentAt?: number;
  lastError?: ErrorInfo;
}

/** What an entry carries: everything but the queue's own fields. */
export type Payload<E extends QueuedEntry> = Omit<E, keyof QueuedEntry>;

/** Where the entries are kept (a storage item in the extension; a variable in tests). */
export interface QueueStore<E> {
  read(): Promise<E[]>;
  write(entries: E[]): Promise<void>;
}

/**
 * Things waiting to be sent: kept in storage, sent one at a time, each once. Each entry belongs
 * to the account that made it, in its environment: it is listed, cancelled and sent only while
 * that account is signed in; signed out, or as another account, it waits untouched.
 */
export interface OwnedQueue<E extends QueuedEntry> {
  /** Keeps what the service could not take now, for the account signed in; answers its entry. */
  add(payload: Payload<E>, error: unknown): Promise<E>;
  /** The entries of the account signed in now. */
  list(): Promise<E[]>;
  /** Forgets an entry the reader cancelled (not while it is being sent); answers the list. */
  cancel(entryId: string): Promise<E[]>;
  /** Sends every entry of the account signed in that waits; a second call joins the running one. */
  flush(): Promise<E[]>;
  /**
   * Sends one entry of the account signed in at once (one given up on is tried again); answers
   * whether it went, and the list.
   */
  sendNow(entryId: string): Promise<{ entries: E[]; sent: boolean }>;
}

/** What an owned queue needs: storage, the account, and the send itself. */
export interface OwnedQueueDeps<E extends QueuedEntry> {
  store: QueueStore<E>;
  /**
   * Sends an entry; throws as the API does. `update` keeps what the send learns on the way
   * (fields of the payload) in the stored entry, for a send after a restart.
   */
  deliver(entry: E, update: (payload: Partial<Payload<E>>) => Promise<void>): Promise<unknown>;
  /** The account signed in now, in its environment; null when signed out. */
  owner(): Promise<AccountOwner | null>;
  now?: () => number;
  newId?: () => string;
  /**
   * How long an entry left `sending` (a worker stopped mid-send) is left alone, so that a
   * request still under way lands or fails before the next send checks for it.
   */
  settleMs?: number;
  /** Told after every change. */
  changed?: (entries: E[]) => void;
}

/** Whether an entry is the account's: the same subject in the same environment. */
export const ownedBy =
  (owner: AccountOwner | null) =>
  (entry: { owner: AccountOwner }): boolean =>
    !!owner &&
    entry.owner.environment === owner.environment &&
    entry.owner.subject === owner.subject;

/** An owned queue over its store. */
export function createOwnedQueue<E extends QueuedEntry>(deps: OwnedQueueDeps<E>): OwnedQueue<E> {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const settleMs = deps.settleMs ?? 30_000;
  // Every read-modify-write takes its turn, so that no change overwrites another.
  const inTurn = serialize();

  function edit<T>(change: (entries: E[]) => [E[], T]): Promise<T> {
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

  const patch = (id: string, fields: Partial<E>) =>
    edit((entries) => [entries.map((e) => (e.id === id ? { ...e, ...fields } : e)), undefined]);
  const remove = (id: string) => edit((entries) => [entries.filter((e) => e.id !== id), undefined]);

  /** Marks an entry as being sent, unless it was cancelled or failed meanwhile. */
  const claim = (id: string) =>
    edit((entries): [E[], E | null] => {
      const found = entries.find((e) => e.id === id && e.state !== 'failed');
      const unsettled = found?.state === 'sending' && now() - (found.sentAt ?? 0) < settleMs;
      if (!found || unsettled) return [entries, null];
      const claimed: E = {
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
      await deps.deliver(entry, (fields) => patch(entry.id, fields as Partial<E>));
      return remove(entry.id);
    } catch (thrown) {
      error = toErrorInfo(thrown);
    }
    const wait = ERROR_POLICY[error.kind].waitInOutbox && entry.attempts < MAX_ATTEMPTS;
    await patch(entry.id, { state: wait ? 'waiting' : 'failed', lastError: error } as Partial<E>);
  }

  async function flushAll(): Promise<E[]> {
    // `sending` left by a stopped worker is sent again once settled: `deliver` checks first.
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
    async add(payload, error) {
      const owner = await deps.owner();
      // No account to keep it for: the failure is the caller's to show, and nothing is queued.
      if (!owner) throw error;
      return edit((entries) => {
        const entry = {
          ...payload,
          id: newId(),
          owner,
          createdAt: now(),
          state: 'waiting',
          attempts: 0,
          lastError: toErrorInfo(error),
        } as E;
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
        if (entry.state === 'failed') {
          await patch(entry.id, { state: 'waiting', attempts: 0 } as Partial<E>);
        }
        await sendOne(entry.id);
      }
      const entries = (await deps.store.read()).filter(mine);
      return { entries, sent: !!entry && mine(entry) && !entries.some((e) => e.id === entryId) };
    },
  };
}
