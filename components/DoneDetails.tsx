import type { ReadingLogged } from '@/utils/activity';
import type { EnvironmentName } from '@/utils/environments';
import { goalSummary } from '@/utils/goal-summary';
import type { GoalRequest } from '@/utils/goals';
import { amountWords, type Words } from '@/utils/plan-words';
import { useI18n } from './i18n';

/** Quran.com's page that shows the progress of the reader's goal. */
export const PROGRESS_PAGE = 'https://quran.com/reading-goal/progress';

/** What `DoneStatus` tells. */
export interface DoneStatusProps {
  done: {
    status: 'created' | 'replaced' | 'updated' | 'deleted' | 'logged';
    request: GoalRequest | null;
    remade?: boolean;
    reading?: ReadingLogged;
  } | null;
  environment: EnvironmentName | undefined;
  today: string;
}

/** A reading saved, in words: what was read, for how long, on which day. */
export function readingSummary(reading: ReadingLogged, w: Words): string {
  if (reading.status === 'queued') return w.t('readingKept');
  const what = reading.ranges.length
    ? [amountWords('QURAN_RANGE', reading.ranges.join(','), w)]
    : [];
  return w.t(
    'readingSaved',
    [...what, amountWords('QURAN_TIME', reading.seconds, w)].join(w.t('listSeparator')),
    w.date(reading.date),
  );
}

/** What the last action did (what, from when, until when) and where to follow the goal. */
export function DoneDetails({
  done,
  environment,
  today,
}: DoneStatusProps & { done: NonNullable<DoneStatusProps['done']> }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (done.reading) {
    return (
      <p>
        <strong>{t('done_logged')}</strong> {readingSummary(done.reading, i18n)}
      </p>
    );
  }
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
