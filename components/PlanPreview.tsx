import type { ErrorInfo } from '@/utils/errors';
import type { EstimateDay } from '@/utils/goals';
import { useI18n } from './i18n';
import { lazy } from './lazy';

/** Fetched when the plan first cannot be asked: the failures' words are not in the first paint. */
export const LazyPlanUnavailable = lazy(() =>
  import('./PlanUnavailable').then((m) => m.PlanUnavailable),
);

/** The week's words, fetched right after the first paint (`main.tsx`): no estimate comes sooner. */
export const LazyPlanWeek = lazy(() => import('./PlanWeek').then((m) => m.PlanWeek));

interface Props {
  type: string;
  week: readonly EstimateDay[] | null;
  duration: number | null;
  /** The reader's time zone, in which each planned day is named; none: the browser's own. */
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

/** The week ahead as the server plans it, in words a reader understands. */
export function PlanPreview(props: Props) {
  const { type, week, duration, timeZone, estimating, error, blocked } = props;
  const i18n = useI18n();
  const { t } = i18n;
  let body = null;
  if (blocked) body = <p>{t(`plan_${blocked}`)}</p>;
  else if (error) body = <LazyPlanUnavailable error={error} />;
  else if (week) {
    body = (
      <LazyPlanWeek
        type={type}
        week={week}
        duration={duration}
        timeZone={timeZone}
        today={props.today}
        compact={props.compact}
      />
    );
  } else if (estimating) body = <p>{t('planLoading')}</p>;
  return (
    <section class="plan" aria-labelledby="plan-title" aria-busy={estimating ? 'true' : 'false'}>
      <h2 id="plan-title">{t('planTitle')}</h2>
      {body}
    </section>
  );
}
