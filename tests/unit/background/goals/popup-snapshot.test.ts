import { describe, expect, it } from 'vitest';
import { createPopupSnapshot } from '@/entrypoints/background/goals/popup-snapshot';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import type { AccountOwner } from '@/utils/messages';
import type { PopupSnapshot } from '@/utils/storage';

const account = { signedIn: true, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: ['goal'] };
const plan = { hasGoal: true, goalId: 'goal-9', dailyTargetPages: 2 };
const asked = { type: 'QURAN_PAGES', mushafId: 4 } as const;
const reader = (subject: string): AccountOwner => ({ environment: 'sandbox', subject });

/** A keeper over a memory, whose account is `who()` each time it is asked. */
function keeper(who: () => AccountOwner | null, signedIn = true) {
  const written: (PopupSnapshot | null)[] = [];
  const snapshot = createPopupSnapshot({
    accountState: async () => ({ ...account, signedIn }),
    owner: async () => who(),
    write: async (value) => void written.push(value),
    now: () => 1000,
  });
  return { snapshot, written };
}

describe('the popup’s snapshot', () => {
  it('keeps today’s plan with the account and what was asked, and answers the plan', async () => {
    const { snapshot, written } = keeper(() => reader('a'));
    expect(await snapshot.answer(asked, async () => plan)).toBe(plan);
    expect(written).toEqual([{ account, plan, asked, askedAt: 1000 }]);
  });

  it('keeps nothing when another account signed in while the plan was asked', async () => {
    let now = reader('a');
    const { snapshot, written } = keeper(() => now);
    const answer = await snapshot.answer(asked, async () => {
      now = reader('b');
      return plan;
    });
    expect(answer).toBe(plan);
    expect(written).toEqual([]);
  });

  it('keeps nothing for a reader signed out, and forgets on demand', async () => {
    const { snapshot, written } = keeper(() => null, false);
    await snapshot.answer(asked, async () => plan);
    expect(written).toEqual([]);
    await snapshot.forget();
    expect(written).toEqual([null]);
  });

  it('answers the plan even when it cannot be kept, and passes on a plan’s failure', async () => {
    const snapshot = createPopupSnapshot({
      accountState: async () => account,
      owner: async () => reader('a'),
      write: async () => {
        throw new Error('storage full');
      },
    });
    expect(await snapshot.answer(asked, async () => plan)).toBe(plan);
    await expect(
      snapshot.answer(asked, async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
  });
});
