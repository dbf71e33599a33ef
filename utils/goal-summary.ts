import { lastDay } from './goal-form';
import type { GoalRequestInput } from './goal-rules';
import { amountWords, type Words } from './plan-words';

// Words about a whole goal: for the parts of the popup fetched when first shown (the
// confirmation, the pending goals), not its first paint.

/** What a goal asks, from when until when: the confirmation after it is made. */
export function goalSummary(request: GoalRequestInput, today: string, w: Words): string {
  const { type, amount, duration } = request.body;
  const what = amountWords(type, amount, w);
  if (duration === undefined) return w.t('summaryDaily', what, w.date(today));
  return w.count(
    'summarySpread',
    duration,
    what,
    w.number(duration),
    w.date(today),
    w.date(lastDay(today, duration)),
  );
}
