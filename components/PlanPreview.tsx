import type { ErrorInfo } from '@/utils/errors';
import { lastDay } from '@/utils/goal-form';
import type { EstimateDay } from '@/utils/goals';
import { weekWords } from '@/utils/plan-words';
import { useI18n } from './i18n';
import { errorText } from './issue-words';

interface Props {
  type: string;
  week: readonly EstimateDay[] | null;
  duration: number | null;
  /** The reader's time zone, in which each planned day is named. */
  /** The reader's time zone; none: the browser's own. */
  timeZone: string | undefined;
  estimating: boolean;
  error: ErrorInfo | null;
  /** Why there is no plan to show, if any: the form is not valid, or nobody is signed in. */
  blocked: 'invalid' | 'signedOut' | 'noPlan' | null;
  /** Today in the reader's time zone: the goal's first day. */
  today: string;
  /** The first days only (beside the presets); the whole week under the custom form. */
  compact: boolean;
}

/** The days told beside the presets, so that the plan and Create fit without a scroll. */
const COMPACT_DAYS = 3;

/** The week ahead as the server plans it, in words a reader understands. */
export function PlanPreview(props: Props) {
  const { type, week, duration, timeZone, estimating, error, blocked } = props;
  const i18n = useI18n();
  const { t, number } = i18n;
  let body = null;
  if (blocked) body = <p>{t(`plan_${blocked}`)}</p>;
  else if (error) body = <p>{t('planUnavailable', errorText(error, i18n))}</p>;
  else if (week) {
    const all = weekWords(type, week, duration, i18n, timeZone).days;
    const days = props.compact ? all.slice(0, COMPACT_DAYS) : all;
    const moreDays = duration === null ? 0 : Math.max(0, duration - days.length);
    body = (
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
            <span>{t('moreDays', number(moreDays))}</span>{' '}
            <span>{t('planLastDay', i18n.day(lastDay(props.today, duration ?? 1)))}</span>
          </p>
        )}
        {duration === null && <p>{t('planEveryDay')}</p>}
      </>
    );
  } else if (estimating) body = <p>{t('planLoading')}</p>;
  return (
    <section class="plan" aria-labelledby="plan-title" aria-busy={estimating ? 'true' : 'false'}>
      <h2 id="plan-title">{t('planTitle')}</h2>
      {body}
    </section>
  );
}
