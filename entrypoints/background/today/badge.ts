import { latestRun } from '@/utils/concurrency';
import { GoalsError } from '@/utils/errors';
import { leftToday } from '@/utils/goal-words';
import type { TodaysPlan } from '@/utils/goals';
import type { Words } from '@/utils/plan-words';
import { readVerseRange } from '@/utils/quran/read-range';
import { verseCount, verseRangeIssue } from '@/utils/quran/verses';
import type { GoalService } from '../goals/goal-service';

/** What the toolbar button shows: its badge, and its title for the pointer and screen readers. */
export interface BadgeView {
  text: string;
  title: string;
}

/**
 * The words of the badge, in the reader's language (`browser.i18n`, or a test's messages):
 * its messages (`extName` is the title when the badge says nothing) and numbers.
 */
export type BadgeWords = Pick<Words, 't' | 'number'>;

/** Verses in `S:A-S:A` ranges joined by commas; null when one of them is not a real range. */
function versesIn(ranges: string): number | null {
  let total = 0;
  for (const text of ranges.split(',')) {
    const range = readVerseRange(text);
    if (!range || verseRangeIssue(range)) return null;
    total += verseCount(range);
  }
  return total;
}

/**
 * The badge for today's plan: nothing when signed out or without a goal, "✓" once today's
 * reading is done, else what is left in a short form: minutes ("7m"), pages ("2p"), or verses
 * ("12"), rounded up so that a badge never says 0 while something is left.
 */
export function badgeView(plan: TodaysPlan | null, words: BadgeWords): BadgeView {
  const name = words.t('extName');
  const none = { text: '', title: name };
  if (!plan?.hasGoal) return none;
  const left = leftToday(plan);
  if (left === 'done') return { text: '✓', title: `${name}: ${words.t('todayMet')}` };
  if (!left) return none;
  const amount = Number(left.amount);
  const shown =
    left.type === 'QURAN_TIME'
      ? { n: Math.ceil(amount / 60), short: 'badgeMinutes', long: 'badgeTitleMinutes' }
      : left.type === 'QURAN_PAGES'
        ? { n: Math.ceil(amount), short: 'badgePages', long: 'badgeTitlePages' }
        : { n: versesIn(String(left.amount)), short: null, long: 'badgeTitleVerses' };
  if (shown.n === null) return none;
  const n = words.number(shown.n);
  return {
    text: shown.short ? words.t(shown.short, n) : n,
    title: `${name}: ${words.t(shown.long, n)}`,
  };
}

/** What the badge needs from the rest of the background. */
export interface BadgeDeps {
  /** The reader's switch on the options page. */
  enabled(): Promise<boolean>;
  signedIn(): Promise<boolean>;
  /** Today's plan of the reader's goal: one call of `get-todays-plan` when its type is known. */
  plan(): Promise<TodaysPlan>;
  show(view: BadgeView): Promise<void>;
  words(): BadgeWords;
  /**
   * When the next refresh is due, in minutes: `every` while a goal exists (none without), and
   * at the latest at the reader's next midnight, when the day's plan changes.
   */
  schedule(next: { every: number | null; retryIn?: number }): Promise<void>;
}

/** How often the badge is asked again while a goal exists, at most. */
export const BADGE_EVERY_MINUTES = 30;
/** After a 429 the next refresh waits this long, doubled each time, up to `BADGE_EVERY_MINUTES`. */
const BACKOFF_FIRST_MINUTES = 2;

/**
 * Keeps the badge true. A refresh asks today's plan once, shows what is left, and schedules
 * the next one; refreshes asked while one runs make one more run after it, since the plan
 * that run asked may be out of date (`latestRun`). A 429 keeps what the badge shows and
 * waits longer each time (or as long as the server said); any other failure leaves the badge
 * as it was until the next refresh.
 */
export function createBadge(deps: BadgeDeps) {
  let backoff = 0;
  const refresh = latestRun(async (): Promise<void> => {
    if (!(await deps.enabled()) || !(await deps.signedIn())) {
      await deps.show(badgeView(null, deps.words()));
      await deps.schedule({ every: null });
      return;
    }
    let plan: TodaysPlan;
    try {
      plan = await deps.plan();
    } catch (error) {
      if (error instanceof GoalsError && error.kind === 'rate_limit_exceeded') {
        backoff = backoff ? Math.min(backoff * 2, BADGE_EVERY_MINUTES) : BACKOFF_FIRST_MINUTES;
        const told = error.info.retryAfter === undefined ? 0 : error.info.retryAfter / 60;
        await deps.schedule({ every: BADGE_EVERY_MINUTES, retryIn: Math.max(backoff, told) });
        return;
      }
      await deps.schedule({ every: BADGE_EVERY_MINUTES });
      return;
    }
    backoff = 0;
    await deps.show(badgeView(plan, deps.words()));
    await deps.schedule({ every: plan.hasGoal ? BADGE_EVERY_MINUTES : null });
  });
  return { refresh };
}
export type Badge = ReturnType<typeof createBadge>;

/**
 * The goal service whose changes refresh the badge once they are over: a create, an update, a
 * deletion, and the outbox's sends (whatever their outcome: a failure may have changed the
 * goal too).
 */
export function refreshingBadge(goals: GoalService, badge: Badge): GoalService {
  const after = () => void badge.refresh().catch(() => undefined);
  return {
    ...goals,
    createGoal: (request) => goals.createGoal(request).finally(after),
    updateGoal: (request) => goals.updateGoal(request).finally(after),
    deleteGoal: (request) => goals.deleteGoal(request).finally(after),
    deliverQueued: (entry) => goals.deliverQueued(entry).finally(after),
  };
}
