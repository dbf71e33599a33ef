import type { ReadingEntry } from '@/utils/activity';
import { todayIn } from '@/utils/goal-form';
import { goalDays } from '@/utils/goal-pace';
import { type Store, watch } from '@/utils/store';
import type { Knobs } from './options';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * What of the state the reader's day follows: the account, the plan's goal and progress, and
 * each reading saved (one logged on an earlier day may change the streak alone).
 */
const dayKey = ({ account, plan, done, known }: PopupState) =>
  JSON.stringify([
    done?.reading,
    known?.savedAt,
    account?.signedIn,
    account?.scopes,
    plan?.hasGoal && [plan.goalId, plan.progress, plan.secondsRead, plan.pagesRead],
    plan?.remainingDailyTargetRanges,
  ]);

/**
 * The reader's day beyond today's plan (the streak, whether anything was read today, the last
 * position), asked whenever the plan shown changes; and "Save reading", whose outcome is told
 * in the status region like a goal change's, and which asks the plan again (through `done`).
 */
export function readingActions(store: Store<PopupState>, client: PopupClient, { now }: Knobs) {
  const { get, set } = store;
  /** The day asked last: an older answer is dropped. */
  let asked = 0;

  async function refreshDay() {
    const { account, plan } = get();
    if (!account?.signedIn || !plan?.hasGoal) return void (get().day && set({ day: null }));
    const seq = ++asked;
    // A goal of a number of days made here: what was read since its first day too.
    const { timeZone, known } = get();
    const days = goalDays(known, plan.goalId, todayIn(timeZone, now()), timeZone);
    const result = await client.send('getToday', days ? { since: days.start } : {});
    if (seq === asked && result.ok) set({ day: result.value });
  }

  return {
    async logReading(reading: ReadingEntry) {
      if (get().logging) return;
      set({ logging: true, logError: null });
      const result = await client.send('logReading', { reading });
      if (!result.ok) return set({ logging: false, logError: result.error });
      set({
        logging: false,
        error: null,
        done: { status: 'logged', request: null, reading: result.value },
      });
    },
    /**
     * Asks the day now and whenever the plan shown moves (another goal, or reading counted),
     * not each time the same plan is asked again; returns what stops it.
     */
    start() {
      void refreshDay();
      return watch(store, dayKey, refreshDay);
    },
  };
}
