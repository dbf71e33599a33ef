import {
  type ActivityDay,
  type QuranActivityBody,
  QuranActivityBodySchema,
  type ReadingEntry,
  type ReadingLogged,
} from '@/utils/activity';
import { serialize } from '@/utils/concurrency';
import { ERROR_POLICY } from '@/utils/error-policy';
import { GoalsError, toErrorInfo } from '@/utils/errors';
import { todayIn } from '@/utils/goal-form';
import type { AccountOwner } from '@/utils/messages';
import { versesAmong, versesCount } from '@/utils/quran/verse-set';
import { formatVerseRange } from '@/utils/quran/verses';
import type { PendingReading, QueuedReading, ReadingBaseline } from '@/utils/storage/readings';
import type { ActivityApi } from '../api/activity-api';
import { READ_RETRY, REAL_CLOCK, type RetryClock, type RetryPolicy, withRetry } from '../api/retry';
import { isUncertain } from '../goals/goal-service';
import { createOwnedQueue, type Payload, type QueueStore } from '../goals/owned-queue';
import { isUnreachable } from '../goals/queue-when-unreachable';

/**
 * Logs the reader's reading (`POST /v1/activity-days`), never twice. The API cannot take a
 * day's reading back and counts a second send again, so before a reading is sent its day is
 * read (the baseline); after a send whose outcome is unknown the day is read again, and the
 * reading is sent once more only when the day clearly does not hold it. A reading the service
 * cannot take now waits, for the account that logged it, with what a later check needs.
 */
export interface ReadingLog {
  /** Logs a reading: `logged`, `found` (an unknown outcome had landed), or `queued`. */
  log(entry: ReadingEntry): Promise<ReadingLogged>;
  /** Sends the waiting readings of the account signed in; a second call joins the running one. */
  flush(): Promise<QueuedReading[]>;
  /** The waiting readings of the account signed in now. */
  list(): Promise<QueuedReading[]>;
  /** Forgets a waiting reading (not while it is being sent); answers the list. */
  cancel(entryId: string): Promise<QueuedReading[]>;
}

/** What the reading log needs. */
export interface ReadingLogDeps {
  api: Pick<ActivityApi, 'logActivity' | 'activityDays' | 'estimateReadingTime'>;
  /** The account signed in now, in its environment; null when signed out. */
  owner(): Promise<AccountOwner | null>;
  /** The reader's IANA zone: a reading without a date is logged for today there. */
  timeZone(): Promise<string>;
  /** Where waiting readings are kept (`readingQueueItem`). */
  store: QueueStore<QueuedReading>;
  /** Milliseconds since the epoch; `Date.now` unless a test sets the time. */
  now?: () => number;
  newId?: () => string;
  /**
   * How long after a POST of a reading left it is not checked for, so that a request still
   * under way lands or fails first (also how long an entry left `sending` is left alone).
   */
  settleMs?: number;
  /** Told after every change of the waiting readings. */
  changed?: (entries: QueuedReading[]) => void;
  /** How the reads (the day, the estimate) are tried again. */
  retry?: RetryPolicy;
  clock?: RetryClock;
}

/** Where a reading's sending stands: what a queued entry keeps besides its own fields. */
type Progress = Payload<QueuedReading>;

/** The day of `date` as the check compares it; a day not logged yet holds nothing. */
const baselineOf = (day: ActivityDay | undefined): ReadingBaseline =>
  day
    ? { secondsRead: day.secondsRead ?? null, ranges: day.ranges ?? [] }
    : { secondsRead: 0, ranges: [] };

/** Whether every verse of `sent` is among those of `day`. */
const covers = (day: readonly string[], sent: readonly string[]) =>
  versesAmong(day, sent) === versesCount(sent);

/**
 * Whether the day now holds a reading sent after `before` was read: its seconds grew by at
 * least the seconds sent, or, when the API gives no seconds, its ranges now cover the verses
 * sent. Null when the day cannot tell (no seconds, and the verses were there already).
 */
export function readingLanded(
  before: ReadingBaseline,
  day: ActivityDay | undefined,
  sent: Pick<QuranActivityBody, 'seconds' | 'ranges'>,
): boolean | null {
  if (!day) return false;
  const after = day.secondsRead;
  if (typeof before.secondsRead === 'number' && typeof after === 'number') {
    return after - before.secondsRead >= sent.seconds;
  }
  if (!sent.ranges.length || covers(before.ranges, sent.ranges)) return null;
  return covers(day.ranges ?? [], sent.ranges);
}

/** The body of `POST /v1/activity-days` for a reading whose seconds are known. */
function bodyOf(reading: PendingReading & { seconds: number }): QuranActivityBody {
  return QuranActivityBodySchema.parse({
    type: 'QURAN',
    seconds: reading.seconds,
    ranges: reading.ranges.map(formatVerseRange),
    mushafId: reading.mushafId,
    date: reading.date,
  });
}

const cannotTell = () =>
  new GoalsError({
    kind: 'outcome_unknown',
    message:
      'This reading may have been logged already, and the day’s record cannot tell: it was not sent again.',
  });

/** A failure after a send whose outcome is unknown: the reader is told it may have landed. */
function mayHaveLanded(error: unknown): GoalsError {
  const info = toErrorInfo(error);
  if (info.kind === 'outcome_unknown') return error as GoalsError;
  return new GoalsError({
    kind: 'outcome_unknown',
    message: `${info.message} This reading may have been logged already: it was not sent again.`,
    ...(info.status === undefined ? {} : { status: info.status }),
  });
}

const stillUnderWay = () =>
  new GoalsError({
    kind: 'timeout',
    message: 'A send of this reading may still be under way: it is checked again shortly.',
  });

/** The reading log over the activity endpoints and its queue. */
export function createReadingLog(deps: ReadingLogDeps): ReadingLog {
  const now = deps.now ?? Date.now;
  const settleMs = deps.settleMs ?? 30_000;
  const read = <T>(task: () => Promise<T>) =>
    withRetry(task, deps.retry ?? READ_RETRY, deps.clock ?? REAL_CLOCK);
  /** One reading sent at a time, the reader's and the queue's: each check sees the others done. */
  const oneAtATime = serialize();

  /** The Quran day of `date`, as the API lists it now (undefined: nothing logged that day). */
  const dayOf = async (date: string) =>
    (await read(() => deps.api.activityDays({ from: date, to: date }))).find(
      (day) => day.date === date && day.type === 'QURAN',
    );

  /**
   * Sends a reading once: the day is read first (a POST that may have left is looked for
   * there before anything else), then at most two POSTs, the second only after the day shows
   * the first did not land. `keep` notes each step in `progress` (and the queue's entry).
   * `unsettled` says, when it throws, whether a POST may have landed unseen.
   */
  async function send(
    progress: Progress,
    keep: (fields: Partial<Progress>) => Promise<void>,
    state: { unsettled: boolean },
  ): Promise<ReadingLogged> {
    if (progress.reading.seconds === undefined) {
      const ranges = progress.reading.ranges.map(formatVerseRange);
      const estimated = await read(() => deps.api.estimateReadingTime(ranges));
      await keep({ reading: { ...progress.reading, seconds: Math.max(1, estimated) } });
    }
    const body = bodyOf({ ...progress.reading, seconds: progress.reading.seconds ?? 1 });
    const done = (status: 'logged' | 'found'): ReadingLogged => ({
      status,
      date: progress.reading.date,
      seconds: body.seconds,
      ranges: body.ranges,
    });

    /** Reads the day: true when the reading is there; else the day becomes the baseline. */
    async function landed(): Promise<boolean> {
      state.unsettled = true;
      const { baseline } = progress;
      if (!baseline) throw cannotTell();
      const day = await dayOf(progress.reading.date);
      const found = readingLanded(baseline, day, body);
      if (found === null) throw cannotTell();
      if (!found) {
        state.unsettled = false;
        await keep({ baseline: baselineOf(day), postedAt: null });
      }
      return found;
    }

    if (progress.postedAt !== null) {
      // Sent before, outcome unknown: looked for once that send has had time to land.
      state.unsettled = true;
      if (now() - progress.postedAt < settleMs) throw stillUnderWay();
      if (await landed()) return done('found');
    }
    if (!progress.baseline)
      await keep({ baseline: baselineOf(await dayOf(progress.reading.date)) });
    for (let attempt = 1; ; attempt++) {
      await keep({ postedAt: now() });
      state.unsettled = true;
      try {
        await deps.api.logActivity(body);
        return done('logged');
      } catch (error) {
        // A refusal is final: nothing was logged.
        if (!isUncertain(error)) {
          state.unsettled = false;
          await keep({ postedAt: null });
          throw error;
        }
        if (attempt === 2) throw error;
        if (await landed()) return done('found');
        // After a timeout the request may still land: it waits, and is looked for first.
        if ((error as GoalsError).kind === 'timeout') {
          state.unsettled = true;
          await keep({ postedAt: now() });
          throw error;
        }
      }
    }
  }

  const queue = createOwnedQueue<QueuedReading>({
    store: deps.store,
    owner: deps.owner,
    now,
    settleMs,
    ...(deps.newId ? { newId: deps.newId } : {}),
    ...(deps.changed ? { changed: deps.changed } : {}),
    deliver: (entry, update) => {
      const progress: Progress = {
        reading: entry.reading,
        baseline: entry.baseline,
        postedAt: entry.postedAt,
      };
      const keep = async (fields: Partial<Progress>) => {
        Object.assign(progress, fields);
        await update(fields);
      };
      return oneAtATime(() => send(progress, keep, { unsettled: false }));
    },
  });

  return {
    async log(entry) {
      const date = entry.date ?? todayIn(await deps.timeZone(), new Date(now()));
      const progress: Progress = {
        reading: { ...entry, date },
        baseline: null,
        postedAt: null,
      };
      const keep = async (fields: Partial<Progress>) => {
        Object.assign(progress, fields);
      };
      const state = { unsettled: false };
      try {
        return await oneAtATime(() => send(progress, keep, state));
      } catch (error) {
        // Waits when the service could not be reached, or when a send may have landed unseen
        // and the failure can be waited out: the later send looks for it first.
        const waits = state.unsettled
          ? ERROR_POLICY[toErrorInfo(error).kind].waitInOutbox === true
          : isUnreachable(error);
        if (!waits) throw state.unsettled ? mayHaveLanded(error) : error;
        const queued = await queue.add(progress, error);
        return { status: 'queued', entryId: queued.id, error: toErrorInfo(error) };
      }
    },
    flush: () => queue.flush(),
    list: () => queue.list(),
    cancel: (entryId) => queue.cancel(entryId),
  };
}
