import { lastDay } from '@/utils/goal-form';
import type { EstimateDay } from '@/utils/goals';
import { weekWords } from '@/utils/plan-week';
import { useI18n } from './i18n';

export interface PlanWeekProps {
  type: string;
  week: readonly EstimateDay[];
  duration: number | null;
  /** The reader's time zone; none: the browser's own. */
  timeZone: string | undefined;
  /** Today in the reader's time zone: the goal's first day. */
  today: string;
  /** The first days only (beside the presets); the whole week under the custom form. */
  compact: boolean;
}

/** The days told beside the presets, so that the plan and Create fit without a scroll. */
const COMPACT_DAYS = 3;

/**
 * The days of the plan in reader words, then how many more and the last one. Its own chunk
 * (with the verse and surah words it needs), fetched right after the first paint.
 */
export function PlanWeek({ type, week, duration, timeZone, today, compact }: PlanWeekProps) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const all = weekWords(type, week, duration, i18n, timeZone).days;
  const days = compact ? all.slice(0, COMPACT_DAYS) : all;
  const moreDays = duration === null ? 0 : Math.max(0, duration - days.length);
  return (
    <>
      <ol class="week">
        {days.map((day, index) => (
          <li key={`${day.date}-${index}`}>
            <span class="date">{day.date}</span> {day.words}
          </li>
        ))}
      </ol>
      {moreDays > 0 && (
        <p>
          <span>{i18n.count('moreDays', moreDays, number(moreDays))}</span>{' '}
          <span>{t('planLastDay', i18n.day(lastDay(today, duration ?? 1)))}</span>
        </p>
      )}
      {duration === null && <p>{t('planEveryDay')}</p>}
    </>
  );
}
