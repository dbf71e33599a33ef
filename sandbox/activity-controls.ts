import type { Hono } from 'hono';
import { isCalendarDate } from './api/list-params';
import { ACTIVITY_TYPES, type ActivityType, MUSHAF_PAGE_COUNTS } from './catalog';
import { type Fields, fail, whole } from './control-input';
import { addDays, isTimeZone, localDate } from './dates';
import type { SandboxEnv } from './env';
import { DEFAULT_SUB } from './oauth/grants';
import { pagesOf } from './pages';
import type { SandboxState } from './state';
import { countVerses, formatSpan, parseRangeList, type VerseSpan } from './verse';

/**
 * Test controls for reading activity: set one day's reading, set a streak, list the days.
 * The reader is the first user given a token unless the control names a `sub`.
 */

const DAY_FIELDS = [
  'sub',
  'date',
  'type',
  'mushafId',
  'secondsRead',
  'pagesRead',
  'versesRead',
  'ranges',
];
const STREAK_FIELDS = ['sub', 'days', 'through', 'zone'];

function onlyFields(fields: Fields, allowed: readonly string[]): void {
  const unknown = Object.keys(fields).filter((key) => !allowed.includes(key));
  if (unknown.length) fail(`Unknown field: ${unknown.join(', ')}; the fields are ${allowed}.`);
}

function text(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  return value === undefined || (typeof value === 'string' && value)
    ? value
    : fail(`${name} must be a non-empty string.`);
}

/** `ranges`: verse ranges, each item one range or several separated by commas. */
function verses(fields: Fields): VerseSpan[] {
  const ranges = fields.ranges ?? [];
  const spans = Array.isArray(ranges)
    ? ranges.map((item) => (typeof item === 'string' ? parseRangeList(item) : 'not text'))
    : ['not a list'];
  return spans.every((item) => typeof item !== 'string')
    ? spans.flat()
    : fail('ranges must be a list of verse ranges like "2:1-2:29" (or "1:1-1:7,2:1-2:5").');
}

/** `POST /__sandbox/activity-days` (or `progress`): one day's reading, in place of the day's. */
function readDay(fields: Fields) {
  onlyFields(fields, DAY_FIELDS);
  const date = text(fields, 'date');
  if (date !== undefined && !isCalendarDate(date)) fail('date must be a date like 2026-05-10.');
  const type = (text(fields, 'type') ?? 'QURAN') as ActivityType;
  if (!ACTIVITY_TYPES.production.includes(type))
    fail(`type must be one of ${ACTIVITY_TYPES.production.join(', ')}.`);
  const mushafId = whole(fields, 'mushafId', 1) ?? 4;
  if (!Object.hasOwn(MUSHAF_PAGE_COUNTS, mushafId)) fail('mushafId must be a documented id.');
  const pagesRead = fields.pagesRead;
  if (pagesRead !== undefined && (typeof pagesRead !== 'number' || !(pagesRead >= 0))) {
    fail('pagesRead must be a number ≥ 0.');
  }
  return {
    sub: text(fields, 'sub'),
    day: {
      date,
      type,
      mushafId,
      seconds: whole(fields, 'secondsRead', 0) ?? 0,
      spans: verses(fields),
      pagesRead: pagesRead as number | undefined,
      versesRead: whole(fields, 'versesRead', 0),
    },
  };
}

/** `POST /__sandbox/streak`: `days` days with reading, ending `through` (today or yesterday). */
function readStreak(fields: Fields) {
  onlyFields(fields, STREAK_FIELDS);
  const days = whole(fields, 'days', 1, 3650) ?? fail('days is required (1 or more).');
  const through = fields.through ?? 'today';
  if (through !== 'today' && through !== 'yesterday') fail('through must be today or yesterday.');
  const zone = text(fields, 'zone') ?? 'UTC';
  if (!isTimeZone(zone)) fail('zone must be an IANA time zone.');
  return { sub: text(fields, 'sub'), days, endsToday: through === 'today', zone };
}

/** The Quran reading the streak control writes on each day: Al-Fatiha, in a minute. */
const STREAK_DAY = {
  type: 'QURAN' as const,
  seconds: 60,
  spans: [{ first: 1, last: 7 }],
  mushafId: 4,
};

/** Adds the activity controls to the `/__sandbox` routes. */
export function activityControls(app: Hono<SandboxEnv>, state: SandboxState, body: BodyOf) {
  const reader = (sub?: string) => sub ?? state.grants.firstSub ?? DEFAULT_SUB;

  for (const path of ['/activity-days', '/progress']) {
    app.post(path, async (c) => {
      const { sub, day } = readDay(await body(c));
      state.activity.set({ ...day, sub: reader(sub), at: Date.now() });
      return c.json({ ok: true });
    });
  }

  app.post('/streak', async (c) => {
    const { sub, days, endsToday, zone } = readStreak(await body(c));
    const today = localDate(Date.now(), zone);
    const last = endsToday ? today : addDays(today, -1);
    const who = reader(sub);
    // The day before the run, and today when the run ends yesterday, are left without
    // reading, so that the current streak is exactly `days` long.
    for (const date of [addDays(last, -days), ...(endsToday ? [] : [today])]) {
      state.activity.remove(who, date, 'QURAN', zone);
    }
    // Days of the run that already have a verse read keep their reading.
    for (let back = 0; back < days; back++) {
      const date = addDays(last, -back);
      const day = state.activity.find(who, date, 'QURAN', zone);
      if (day && (day.versesRead ?? countVerses(day.spans)) > 0) continue;
      state.activity.set({ ...STREAK_DAY, sub: who, date, at: Date.now() });
    }
    return c.json({ ok: true });
  });

  app.get('/activity-days', (c) => {
    const zone = c.req.query('zone') ?? 'UTC';
    if (!isTimeZone(zone)) fail('zone must be an IANA time zone.');
    const subs = [...new Set(state.activity.all().map((day) => day.sub))];
    const days = subs.flatMap((sub) =>
      state.activity.days(sub, zone).map((day) => ({
        sub,
        date: day.date,
        type: day.type,
        mushafId: day.mushafId,
        secondsRead: day.seconds,
        pagesRead: day.pagesRead ?? pagesOf(day.spans, day.mushafId, state.settings.pagesFrom),
        versesRead: day.versesRead ?? countVerses(day.spans),
        ranges: day.spans.map(formatSpan),
      })),
    );
    return c.json({ days });
  });
}

/** Reads a control's JSON body as an object. */
export type BodyOf = (c: { req: { json(): Promise<unknown> } }) => Promise<Fields>;
