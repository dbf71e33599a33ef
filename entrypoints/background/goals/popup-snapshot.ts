import type { TodaysPlan } from '@/utils/goals';
import type { AccountState, MessagePayload } from '@/utils/messages';
import type { PopupSnapshot } from '@/utils/storage';

/** What the snapshot needs: the account now, where to write it, and the clock. */
export interface PopupSnapshotDeps {
  accountState(): Promise<AccountState>;
  write(snapshot: PopupSnapshot | null): Promise<void>;
  now?: () => number;
}

/**
 * What the popup was last told, kept for its next first paint (`popupSnapshotItem`): the
 * account and today's plan, each time a plan is answered; forgotten when the account changes.
 * It is only a first paint: the popup asks again as it opens, and acts on those answers.
 */
export function createPopupSnapshot({ accountState, write, now = Date.now }: PopupSnapshotDeps) {
  return {
    /** Keeps today's plan, answered for `asked`, with the account it was asked for. */
    async keep(asked: MessagePayload<'getTodaysPlan'>, plan: TodaysPlan): Promise<void> {
      const account = await accountState();
      await write(account.signedIn ? { account, plan, asked, askedAt: now() } : null);
    },
    /** Forgets it (another account, or none). */
    forget: () => write(null),
  };
}

/** The popup's snapshot. */
export type PopupSnapshotKeeper = ReturnType<typeof createPopupSnapshot>;
