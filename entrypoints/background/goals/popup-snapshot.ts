import type { TodaysPlan } from '@/utils/goals';
import type { AccountOwner, AccountState, MessagePayload } from '@/utils/messages';
import type { PopupSnapshot } from '@/utils/storage';

/** What the snapshot needs: the account now and whose it is, where to write, and the clock. */
export interface PopupSnapshotDeps {
  accountState(): Promise<AccountState>;
  owner(): Promise<AccountOwner | null>;
  write(snapshot: PopupSnapshot | null): Promise<void>;
  now?: () => number;
}

const sameOwner = (a: AccountOwner | null, b: AccountOwner | null) =>
  !!a && !!b && a.environment === b.environment && a.subject === b.subject;

/**
 * What the popup was last told, kept for its next first paint (`popupSnapshotItem`): the
 * account and today's plan, each time a plan is answered; forgotten when the account changes.
 * It is only a first paint: the popup asks again as it opens, and acts on those answers.
 */
export function createPopupSnapshot(deps: PopupSnapshotDeps) {
  const { accountState, owner, write, now = Date.now } = deps;
  return {
    /**
     * Answers today's plan for `asked` by `ask`, and keeps it with the account, unless the
     * account changed while it was asked (its plan is not the new account's). Keeping it
     * never costs the answer.
     */
    async answer(
      asked: MessagePayload<'getTodaysPlan'>,
      ask: () => Promise<TodaysPlan>,
    ): Promise<TodaysPlan> {
      const before = await owner();
      const plan = await ask();
      try {
        const [after, account] = await Promise.all([owner(), accountState()]);
        if (sameOwner(before, after) && account.signedIn) {
          await write({ account, plan, asked, askedAt: now() });
        }
      } catch {
        // The snapshot is only a first paint: the popup asks again as it opens.
      }
      return plan;
    },
    /** Forgets it (another account, or none). */
    forget: () => write(null),
  };
}

/** The popup's snapshot. */
export type PopupSnapshotKeeper = ReturnType<typeof createPopupSnapshot>;
