import { useEffect, useState } from 'preact/hooks';
import type { ReadingEntry, ReadingLogged, Today } from '@/utils/activity';
import type { ErrorInfo } from '@/utils/errors';
import { goalDays, goalPace, type KnownGoalDays } from '@/utils/goal-pace';
import { planTarget, positionUrl } from '@/utils/goal-words';
import type { TodaysPlan } from '@/utils/goals';
import type { AccountState } from '@/utils/messages';
import type { MushafId } from '@/utils/mushafs';
import { errorText, rangeIssueText } from '@/utils/problem-words';
import { asciiDigits, readVerseKey } from '@/utils/quran/parse';
import { verseRangeIssue } from '@/utils/quran/verses';
import { Field } from './Field';
import { useI18n } from './i18n';
import { SurahSelect, wholeSurah } from './SurahSelect';

export interface TodayPanelProps {
  plan: TodaysPlan;
  /** The reader's day beyond the plan; null until the background has answered. */
  day: Today | null;
  /** Today in the reader's zone, `YYYY-MM-DD`. */
  today: string;
  mushafId: MushafId;
  logging: boolean;
  logError: ErrorInfo | null;
  /** The goal is met today: "Read now" has nothing left to open. */
  met: boolean;
  /** What the last "Save reading" logged: the form closes when it changes. */
  logged: ReadingLogged | undefined;
  /** The account: the scopes its token lacks, and those this client cannot have. */
  account: AccountState | null;
  /** The definition this device keeps of the plan's goal, and when it made or changed it. */
  known: KnownGoalDays | null;
  /** The reader's zone, in which days are counted (none: the browser's). */
  timeZone: string | undefined;
  onLog(entry: ReadingEntry): void;
  /** "Allow access": signs in again, asking the scopes the token lacks. */
  onAllowAccess(): void;
}

/** Where a time or page goal reads on: the last reading position, else the Quran's start. */
export function resumeUrl(day: Today | null): string {
  return positionUrl(day?.lastPosition) ?? 'https://quran.com/1';
}

/**
 * The part of today's card that follows the background's answers: the streak (and that it is
 * at risk while nothing is read today), "Read now" for time and page goals, and "Add reading".
 */
export function TodayPanel(props: TodayPanelProps) {
  const { plan, day, met } = props;
  const { t, count, number, date } = useI18n();
  const [adding, setAdding] = useState(false);
  const days = goalDays(props.known, plan.goalId, props.today, props.timeZone);
  const goal = props.known?.goal;
  const read = day?.read;
  const pace = days && goal && read ? goalPace(goal, days, read) : null;
  // Saved: the form closes, and opens empty next time.
  useEffect(() => {
    if (props.logged) setAdding(false);
  }, [props.logged]);
  const target = planTarget(plan);
  const lacks = (scope: string) => !!props.account?.missingScopes?.includes(scope);
  const barred = (scope: string) => !!props.account?.unavailableScopes?.includes(scope);
  const streak = day?.streakDays ?? null;
  const canLog = !lacks('activity_day') && !barred('activity_day');
  const atRisk = day?.readToday === false && !met;
  return (
    <>
      {days &&
        (days.left > 1 ? (
          <p>{count('goalDaysLeft', days.left, number(days.left), date(days.last))}</p>
        ) : (
          <p>{days.left === 1 ? t('goalLastDay') : t('goalEnded', date(days.last))}</p>
        ))}
      {pace && <p class={`pace ${pace}`}>{t(`pace_${pace}`)}</p>}
      {/* A streak of none says nothing worth a line. */}
      {!!streak && <p class="streak">{count('streakDays', streak, number(streak))}</p>}
      {!!streak && atRisk && <p class="at-risk">{t('streakAtRisk')}</p>}
      {!met && target && target.type !== 'QURAN_RANGE' && (
        <a class="button" href={resumeUrl(day)} target="_blank" rel="noreferrer">
          {t('readNow')}
        </a>
      )}
      {(lacks('streak') || lacks('activity_day')) && (
        <>
          <p class="hint">{t('allowAccessWhy')}</p>
          <button type="button" class="secondary" onClick={props.onAllowAccess}>
            {t('allowAccess')}
          </button>
        </>
      )}
      {canLog && (
        <button
          type="button"
          class="secondary"
          aria-expanded={adding ? 'true' : 'false'}
          aria-controls="add-reading"
          onClick={() => setAdding(!adding)}
        >
          {t('addReading')}
        </button>
      )}
      {canLog && adding && <AddReading {...props} />}
    </>
  );
}

/** What the reader typed in "Add reading", kept as typed until it is saved. */
interface Typed {
  from: string;
  to: string;
  minutes: string;
  date: string;
}

/** The typed reading as an entry, or the problem of each field. */
export function readEntry(
  typed: Typed,
  mushafId: MushafId,
  today: string,
): { entry: ReadingEntry } | { errors: Partial<Record<keyof Typed, ErrorWords>> } {
  const errors: Partial<Record<keyof Typed, ErrorWords>> = {};
  const from = typed.from.trim() ? readVerseKey(typed.from) : null;
  const to = typed.to.trim() ? readVerseKey(typed.to) : from;
  if (typed.from.trim() && !from) errors.from = { key: 'errVerseKey' };
  if (typed.to.trim() && !to) errors.to = { key: 'errVerseKey' };
  if (!typed.from.trim() && typed.to.trim()) errors.from = { key: 'errVerseKey' };
  const range = from && to ? { from, to } : null;
  const issue = range ? verseRangeIssue(range) : null;
  if (issue) errors.to = { issue };
  const minutesText = asciiDigits(typed.minutes.trim());
  const minutes = minutesText ? Number(minutesText) : null;
  if (minutes !== null && !(Number.isFinite(minutes) && minutes > 0 && minutes <= 1440))
    errors.minutes = { key: 'errMinutesRead' };
  if (!range && minutes === null && !errors.from && !errors.to)
    errors.minutes = { key: 'errReadingEmpty' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(typed.date) || typed.date > today)
    errors.date = { key: 'errDateRead' };
  if (Object.keys(errors).length) return { errors };
  return {
    entry: {
      mushafId,
      ranges: range ? [range] : [],
      ...(minutes !== null ? { seconds: Math.round(minutes * 60) } : {}),
      ...(typed.date !== today ? { date: typed.date } : {}),
    },
  };
}

/** A field's problem: a message key, or a range problem told in the reader's words. */
type ErrorWords = { key: string } | { issue: NonNullable<ReturnType<typeof verseRangeIssue>> };

/** "Add reading": a range read (or typed), minutes, or both, on a day up to today. */
function AddReading({ today, mushafId, logging, logError, onLog }: TodayPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [typed, setTyped] = useState<Typed>({ from: '', to: '', minutes: '', date: today });
  const [shown, setShown] = useState(false);
  const read = readEntry(typed, mushafId, today);
  const errors = shown && 'errors' in read ? read.errors : {};
  const words = (e: ErrorWords | undefined) =>
    e && ('key' in e ? t(e.key) : rangeIssueText(e.issue, i18n));
  const set = (part: Partial<Typed>) => setTyped({ ...typed, ...part });
  return (
    <form
      id="add-reading"
      class="add-reading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if ('entry' in read) onLog(read.entry);
      }}
    >
      <SurahSelect
        id="read-surah"
        surah={wholeSurah(typed.from, typed.to)}
        onRange={(range) => set(range)}
      />
      <Field
        id="read-from"
        label={t('readFrom')}
        value={typed.from}
        onValue={(from) => set({ from })}
        placeholder="2:1"
        dir="ltr"
        error={words(errors.from)}
      />
      <Field
        id="read-to"
        label={t('readTo')}
        value={typed.to}
        onValue={(to) => set({ to })}
        placeholder="2:5"
        dir="ltr"
        error={words(errors.to)}
      />
      <Field
        id="minutes-read"
        label={t('minutesRead')}
        value={typed.minutes}
        onValue={(minutes) => set({ minutes })}
        inputMode="decimal"
        hint={t('minutesReadHint')}
        error={words(errors.minutes)}
      />
      <Field
        id="date-read"
        label={t('dateRead')}
        type="date"
        value={typed.date}
        max={today}
        onValue={(date) => set({ date })}
        error={words(errors.date)}
      />
      {logError && (
        <p role="alert" class="error">
          {errorText(logError, i18n)}
        </p>
      )}
      <button type="submit" aria-busy={logging ? 'true' : 'false'} disabled={logging}>
        {t('saveReading')}
      </button>
    </form>
  );
}
