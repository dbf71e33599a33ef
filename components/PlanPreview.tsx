import type { ErrorInfo } from '@/utils/errors';
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
}

/** The week ahead as the server plans it, in words a reader understands. */
export function PlanPreview({ type, week, duration, timeZone, estimating, error, blocked }: Props) {
  const i18n = useI18n();
  const { t, number } = i18n;
  let body = null;
  if (blocked) body = <p>{t(`plan_${blocked}`)}</p>;
  else if (error) body = <p>{t('planUnavailable', errorText(error, i18n))}</p>;
  else if (week) {
    const { days, moreDays } = weekWords(type, week, duration, i18n, timeZone);
    body = (
      <>
        <ol class="week">
          {days.map((day, index) => (
            <li key={`${day.date}-${index}`}>
              <span class="date">{day.date}</span> {day.words}
            </li>
          ))}
        </ol>
        {moreDays > 0 && <p>{t('moreDays', number(moreDays))}</p>}
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
