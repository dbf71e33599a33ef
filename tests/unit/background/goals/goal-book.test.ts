import { describe, expect, it } from 'vitest';
import { createGoalBook, KEPT_DEFINITIONS } from '@/entrypoints/background/goals/goal-book';
import type { GoalRequest } from '@/utils/goals';
import type { AccountOwner, KnownGoal } from '@/utils/messages';

const goal = (amount: number): GoalRequest => ({
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount, category: 'QURAN', duration: 10 },
});
const reader = (subject: string, environment = 'https://apis.quran.foundation/auth') => ({
  environment,
  subject,
});

/** A book over one stored list, for whichever account `signedIn` names. */
function books() {
  let stored: KnownGoal[] = [];
  let signedIn: AccountOwner | null = reader('a');
  const book = createGoalBook({
    store: {
      read: async () => stored,
      write: async (entries) => {
        stored = entries;
      },
    },
    owner: async () => signedIn,
    now: () => 1,
  });
  return {
    book,
    stored: () => stored,
    signIn: (owner: AccountOwner | null) => {
      signedIn = owner;
    },
  };
}

describe('the goal book', () => {
  it('keeps a definition for the account and environment that made it, and no other', async () => {
    const { book, signIn } = books();
    await book.keep('g1', goal(30));
    expect(await book.get('g1')).toEqual(goal(30));
    // When it was kept: the book's clock (`now`, 1 here).
    expect(await book.savedAt('g1')).toBe(1);
    signIn(reader('b'));
    expect(await book.get('g1')).toBeNull();
    expect(await book.savedAt('g1')).toBeNull();
    signIn(reader('a', 'https://apis-prelive.quran.foundation/auth'));
    expect(await book.get('g1')).toBeNull();
    signIn(null);
    expect(await book.get('g1')).toBeNull();
    await book.keep('g1', goal(5));
    signIn(reader('a'));
    expect(await book.get('g1')).toEqual(goal(30));
  });

  it('changes and forgets only the signed-in account’s entry of a goal id', async () => {
    const { book, signIn, stored } = books();
    await book.keep('g1', goal(30));
    signIn(reader('b'));
    await book.keep('g1', goal(40));
    await book.forget('g1');
    signIn(reader('a'));
    expect(await book.get('g1')).toEqual(goal(30));
    expect(stored()).toHaveLength(1);
  });

  it('keeps the newest definitions of an account, no more than its limit, through concurrent changes', async () => {
    const { book, stored } = books();
    await Promise.all(
      Array.from({ length: KEPT_DEFINITIONS + 5 }, (_, i) => book.keep(`g${i}`, goal(i + 1))),
    );
    expect(stored()).toHaveLength(KEPT_DEFINITIONS);
    expect(await book.get('g4')).toBeNull();
    expect(await book.get(`g${KEPT_DEFINITIONS + 4}`)).toEqual(goal(KEPT_DEFINITIONS + 5));
  });
});
