import type { EnvironmentName } from '@/utils/environments';
import { goalSummary } from '@/utils/goal-summary';
import type { GoalRequest } from '@/utils/goals';
import { useI18n } from './i18n';

/** Quran.com's page that shows the progress of the reader's goal. */
export const PROGRESS_PAGE = 'https://quran.com/reading-goal/progress';

/** What `DoneStatus` tells. */
export interface DoneStatusProps {
  done: {
    status: 'created' | 'replaced' | 'updated' | 'deleted';
    request: GoalRequest | null;
    remade?: boolean;
  } | null;
  environment: EnvironmentName | undefined;
  today: string;
}

/** What the last action did (what, from when, until when) and where to follow the goal. */
export function DoneDetails({
  done,
  environment,
  today,
}: DoneStatusProps & { done: NonNullable<DoneStatusProps['done']> }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p>
        <strong>{t(`done_${done.status}`)}</strong>{' '}
        {done.request && goalSummary(done.request, today, i18n)}
      </p>
      {done.remade && <p>{t('remadeNote')}</p>}
      {done.request &&
        (environment === 'production' ? (
          <a href={PROGRESS_PAGE} target="_blank" rel="noreferrer">
            {t('seeProgress')}
          </a>
        ) : (
          <p class="hint">{t(environment === 'prelive' ? 'progressPrelive' : 'progressSandbox')}</p>
        ))}
    </>
  );
}
