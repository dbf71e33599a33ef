import {
  type ActivityDay,
  ActivityDaysResponseSchema,
  CurrentStreakResponseSchema,
  LogActivityResponseSchema,
  type QuranActivityBody,
  ReadingSessionsResponseSchema,
  ReadingTimeResponseSchema,
} from '@/utils/activity';
import type { VerseKey } from '@/utils/quran/schema';
import type { Transport } from './transport';

/** The most days one page of `GET /v1/activity-days` holds (the documents' `first` maximum). */
const PAGE_SIZE = 20;

/** One function per reading-activity and streak endpoint of the User API. */
export interface ActivityApi {
  /**
   * `POST /v1/activity-days`: credits reading to a day. Not idempotent, and the API has no way
   * to take a day's reading back: a second send of the same reading counts it twice.
   */
  logActivity(body: QuranActivityBody): Promise<void>;
  /** `GET /v1/activity-days?from=&to=&type=QURAN`: the Quran days logged in a window, all pages. */
  activityDays(window: { from: string; to: string }): Promise<ActivityDay[]>;
  /** `GET /v1/activity-days/estimate-reading-time?ranges=`: seconds to read the ranges. */
  estimateReadingTime(ranges: readonly string[]): Promise<number>;
  /** `GET /v1/streaks/current-streak-days?type=QURAN`: days in the current streak. */
  currentStreakDays(): Promise<number>;
  /**
   * `GET /v1/reading-sessions?first=20`: the verse the most recently updated session stopped
   * at, or null when there is none (or it names no verse).
   */
  lastReadingPosition(): Promise<VerseKey | null>;
}

/** The activity and streak endpoints over a transport. */
export function createActivityApi(transport: Transport): ActivityApi {
  return {
    async logActivity(body) {
      await transport.request({
        method: 'POST',
        path: '/v1/activity-days',
        body,
        response: LogActivityResponseSchema,
      });
    },
    async activityDays({ from, to }) {
      const days: ActivityDay[] = [];
      let after: string | undefined;
      for (;;) {
        const answer = await transport.request({
          method: 'GET',
          path: '/v1/activity-days',
          query: { from, to, type: 'QURAN', dateOrderBy: 'asc', first: PAGE_SIZE, after },
          response: ActivityDaysResponseSchema,
        });
        days.push(...answer.data);
        const next = answer.pagination?.endCursor;
        // A page that says there is more but gives no new cursor would loop: stop there.
        if (!answer.pagination?.hasNextPage || !next || next === after || !answer.data.length) {
          return days;
        }
        after = next;
      }
    },
    async estimateReadingTime(ranges) {
      const answer = await transport.request({
        method: 'GET',
        path: '/v1/activity-days/estimate-reading-time',
        query: { ranges: ranges.join(',') },
        response: ReadingTimeResponseSchema,
      });
      return answer.data.seconds;
    },
    async currentStreakDays() {
      const answer = await transport.request({
        method: 'GET',
        path: '/v1/streaks/current-streak-days',
        query: { type: 'QURAN' },
        response: CurrentStreakResponseSchema,
      });
      return answer.data.days;
    },
    async lastReadingPosition() {
      const answer = await transport.request({
        method: 'GET',
        path: '/v1/reading-sessions',
        query: { first: PAGE_SIZE },
        response: ReadingSessionsResponseSchema,
      });
      let last: (typeof answer.data)[number] | null = null;
      for (const session of answer.data) {
        if (session.chapterNumber === undefined || session.verseNumber === undefined) continue;
        if (!last || Date.parse(session.updatedAt) > Date.parse(last.updatedAt)) last = session;
      }
      return last?.chapterNumber && last.verseNumber
        ? { surah: last.chapterNumber, ayah: last.verseNumber }
        : null;
    },
  };
}
