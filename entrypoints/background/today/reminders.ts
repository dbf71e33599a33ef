import type { Today } from '@/utils/activity';
import { latestRun, serialize } from '@/utils/concurrency';
import { ERROR_POLICY } from '@/utils/error-policy';
import { toErrorInfo } from '@/utils/errors';
import { todayIn } from '@/utils/goal-form';
import { leftToday, positionUrl, readingUrl } from '@/utils/goal-words';
import type { TodaysPlan } from '@/utils/goals';
import { amountWords, type Words } from '@/utils/plan-words';
import type { Settings } from '@/utils/storage';
import type { ReminderKind, SentReminder } from '@/utils/storage/reminders';

/** The reminder's settings: on or off, the time of day (`HH:MM`) and the weekdays (0 = Sunday). */
export type ReminderSettings = Settings['reminder'];

const MINUTE = 60_000;
/** The nudge comes this long before the reader's day ends. */
export const NUDGE_BEFORE_END_MS = 120 * MINUTE;
/** Where a notification leads when nothing more precise is known. */
export const QURAN_COM = 'https://quran.com/';

// Reader-day arithmetic: wall-clock dates and times in an IANA zone, with `Intl` only.

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time in `zone` at the instant `t` (epoch milliseconds). */
function civilAt(zone: string, t: number): Civil {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(t);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `t`, in milliseconds. */
function offsetAt(zone: string, t: number): number {
  const c = civilAt(zone, t);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/** The reader's day (`YYYY-MM-DD`) in `zone` at the instant `t`. */
export function readerDay(zone: string, t: number): string {
  return todayIn(zone, new Date(t));
}

/**
 * The instant a wall-clock time happens in `zone`. A time that happens twice (the clock set
 * back) is its first; a time the clock skips (set forward) is moved on by the skipped length,
 * as `Temporal`'s "compatible" rule does: 02:30 on a day that jumps from 02:00 to 03:00 is 03:30.
 */
export function zonedTime(
  zone: string,
  date: { year: number; month: number; day: number },
  hour: number,
  minute: number,
): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const before = offsetAt(zone, wall - 86_400_000);
  const after = offsetAt(zone, wall + 86_400_000);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => offsetAt(zone, t) === wall - t);
  return valid.length ? Math.min(...valid) : wall - before;
}

/** The calendar date `days` after a date (any number, across months and years). */
function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The weekday of a calendar date, 0 = Sunday. */
function weekday(date: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The reader's chosen days, in order, from the reader's today on (a week and a day). */
function chosenDays(reminder: ReminderSettings, zone: string, now: number) {
  if (!reminder.on || !reminder.days.length) return [];
  const today = civilAt(zone, now);
  return Array.from({ length: 8 }, (_, i) => addDays(today, i)).filter((date) =>
    reminder.days.includes(weekday(date)),
  );
}

/**
 * When the next reminder is due after `now`: the reminder's time on the next chosen weekday,
 * in `zone`; null when the reminder is off or no weekday is chosen.
 */
export function nextReminderAt(reminder: ReminderSettings, zone: string, now: number) {
  const [hour = 20, minute = 0] = reminder.time.split(':').map(Number);
  for (const date of chosenDays(reminder, zone, now)) {
    const at = zonedTime(zone, date, hour, minute);
    if (at > now) return at;
  }
  return null;
}

/**
 * When the next nudge is due after `now`: two hours before a chosen day ends in `zone` (the
 * next day's start, which a daylight-saving change may move off midnight); null when the
 * reminder is off or no weekday is chosen.
 */
export function nextNudgeAt(reminder: ReminderSettings, zone: string, now: number) {
  for (const date of chosenDays(reminder, zone, now)) {
    const at = zonedTime(zone, addDays(date, 1), 0, 0) - NUDGE_BEFORE_END_MS;
    if (at > now) return at;
  }
  return null;
}

/** A notification to show. */
export interface ReminderNotice {
  kind: ReminderKind;
  title: string;
  message: string;
  /** The label of the button that opens `url`, where the browser shows buttons. */
  button: string;
  /** What a click opens: today's portion on Quran.com. */
  url: string;
}

/** Where the notifications already shown are kept (`remindersSentItem`). */
export interface SentStore {
  read(): Promise<SentReminder[]>;
  write(entries: SentReminder[]): Promise<void>;
}

/** What the reminders need from the rest of the background. */
export interface ReminderDeps {
  settings(): Promise<Settings>;
  /** The reader's zone: the one chosen in the settings, else the browser's. */
  timeZone(settings: Settings): string;
  signedIn(): Promise<boolean>;
  /** Today's plan of the reader's goal (as the badge asks it). */
  plan(): Promise<TodaysPlan>;
  /** The streak, whether anything was read today, and the last reading position. */
  today(): Promise<Today>;
  /** The reader's language. */
  words(): Words;
  /** Shows a notification (where the reader allowed them). */
  notify(notice: ReminderNotice): Promise<void>;
  sent: SentStore;
  now(): number;
  /** Sets the alarms of the next reminder and nudge for these settings, in `zone`. */
  schedule(reminder: ReminderSettings, zone: string): Promise<void>;
  /** Rings `kind` once more at `at` (epoch milliseconds): its plan could not be asked. */
  retry(kind: ReminderKind, at: number): Promise<void>;
}

/** A ring whose plan could not be asked (offline, an outage, a 429) is tried again this long after. */
export const RETRY_AFTER_MS = 10 * MINUTE;

/**
 * What a notification opens: the first range left today, else the verse where the reader
 * last stopped, else Quran.com.
 */
export function readingLink(plan: TodaysPlan, today: Today | null): string {
  return rangeLink(plan) || positionUrl(today?.lastPosition) || QURAN_COM;
}

/** The first range left today on Quran.com, as today's card links it; null without one. */
function rangeLink(plan: TodaysPlan): string | null {
  const next = plan.remainingDailyTargetRanges?.[0] ?? plan.dailyTargetRanges?.[0];
  return next ? readingUrl(next) : null;
}

/**
 * Whether the streak is at risk tonight: nothing read today (when the day's record is not
 * known, nothing in today's plan either) and a streak to lose (or one not known).
 */
export function streakAtRisk(plan: TodaysPlan, today: Today | null): boolean {
  const read =
    today?.readToday ??
    ((plan.progress ?? 0) > 0 || (plan.pagesRead ?? 0) > 0 || (plan.secondsRead ?? 0) > 0);
  if (read) return false;
  const streak = today?.streakDays ?? null;
  return streak === null || streak > 0;
}

/**
 * The daily reminder and the last-chance nudge. An alarm rings for a kind, with the instant it
 * was set for; the ring shows a notification only when that instant is still the reader's
 * today (an alarm missed while the computer slept rings on waking, maybe a day late), the
 * reminder is on for today's weekday, the kind was not shown today yet, the reader is signed
 * in, has a goal and has not met today's part of it; the nudge also needs the streak to be at
 * risk. Rings are handled one at a time (`serialize`), so two never both find a kind unshown;
 * each ends by setting the next alarms.
 */
export function createReminders(deps: ReminderDeps) {
  const oneAtATime = serialize();

  const reschedule = latestRun(async () => {
    const settings = await deps.settings();
    await deps.schedule(settings.reminder, deps.timeZone(settings));
  });

  /** The notice for `kind`, or null when there is nothing to say today. */
  async function noticeFor(kind: ReminderKind): Promise<ReminderNotice | null> {
    if (!(await deps.signedIn())) return null;
    const plan = await deps.plan();
    if (!plan.hasGoal) return null;
    const left = leftToday(plan);
    if (!left || left === 'done') return null;
    // The day's record: for the nudge, and for a link when no range is left to link.
    const needsToday = kind === 'nudge' || !rangeLink(plan);
    const today = needsToday ? await deps.today().catch(() => null) : null;
    if (kind === 'nudge' && !streakAtRisk(plan, today)) return null;
    const w = deps.words();
    const still = w.t('todayLeft', amountWords(left.type, left.amount, w));
    const hasStreak = (today?.streakDays ?? 0) > 0;
    return {
      kind,
      title: w.t(kind === 'nudge' ? 'nudgeTitle' : 'reminderTitle'),
      message:
        kind === 'nudge' ? `${w.t(hasStreak ? 'nudgeStreak' : 'nudgeNotRead')} ${still}` : still,
      button: w.t('readNow'),
      url: readingLink(plan, today),
    };
  }

  async function ringNow(kind: ReminderKind, scheduledTime: number | undefined): Promise<void> {
    const settings = await deps.settings();
    const zone = deps.timeZone(settings);
    const { reminder } = settings;
    const now = deps.now();
    const day = readerDay(zone, now);
    if (scheduledTime !== undefined && readerDay(zone, scheduledTime) !== day) return;
    const date = civilAt(zone, now);
    if (!reminder.on || !reminder.days.includes(weekday(date))) return;
    const sent = await deps.sent.read();
    if (sent.some((entry) => entry.day === day && entry.kind === kind)) return;
    const notice = await noticeFor(kind);
    if (!notice) return;
    // Written before it is shown: a failure between the two loses one notification, never
    // shows one twice.
    await deps.sent.write([
      ...sent.filter((entry) => entry.kind !== kind),
      { day, kind, url: notice.url },
    ]);
    await deps.notify(notice);
  }

  return {
    /**
     * An alarm of `kind` rang; `scheduledTime` is the instant it was set for (left out: now).
     * Whatever the outcome, the next alarms are set.
     */
    ring(kind: ReminderKind, scheduledTime?: number): Promise<void> {
      return oneAtATime(async () => {
        try {
          await ringNow(kind, scheduledTime);
        } catch (error) {
          // Tried again later the same reader-day, when the failure may pass; never the next
          // day's ring for today's plan.
          const settings = await deps.settings();
          const zone = deps.timeZone(settings);
          const at = deps.now() + RETRY_AFTER_MS;
          const passes = ERROR_POLICY[toErrorInfo(error).kind].retryRead === true;
          if (!passes || readerDay(zone, at) !== readerDay(zone, deps.now())) throw error;
          await deps.retry(kind, at);
        } finally {
          await reschedule();
        }
      });
    },
    /** Sets the next alarms from the settings and zone as they are now. */
    reschedule,
    /** What the last notification of `kind` opens. */
    async urlOf(kind: ReminderKind): Promise<string> {
      const entry = (await deps.sent.read()).find((sent) => sent.kind === kind);
      return entry?.url ?? QURAN_COM;
    },
  };
}
export type Reminders = ReturnType<typeof createReminders>;
