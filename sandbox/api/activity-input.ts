import { type ActivityType, MUSHAF_PAGE_COUNTS, RANGES_PATTERN } from '../catalog';
import { ApiError } from '../errors';
import { parseRangeList, type VerseSpan, versePosition } from '../verse';
import { isCalendarDate, readDate } from './list-params';

/**
 * Readers of the activity-day and reading-session bodies, as the documents' schemas give them:
 * a body they refuse is answered 400, one they accept that cannot be followed 422.
 */

type Fields = Record<string, unknown>;
const bad = (message: string) => new ApiError(400, message);
const unprocessable = (message: string) => new ApiError(422, message);
const isWhole = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

/** The body as an object with only `allowed` keys and every `required` one (else 400). */
function readFields(body: unknown, allowed: readonly string[], required: readonly string[]) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw bad('The body must be a JSON object.');
  }
  const fields = body as Fields;
  const unknown = Object.keys(fields).filter((key) => !allowed.includes(key));
  if (unknown.length) throw bad(`Unknown body key: ${unknown.join(', ')}.`);
  const missing = required.filter((key) => !(key in fields));
  if (missing.length) throw bad(`The body needs "${missing.join('", "')}".`);
  return fields;
}

/** A `POST /v1/activity-days` body, before its date is known. */
export interface ActivityBody {
  date?: string;
  type: ActivityType;
  seconds: number;
  spans: VerseSpan[];
  mushafId: number;
}

/**
 * The activity-day body. The documents write it as `date` and `type` beside a `oneOf` whose
 * one branch (`QURAN`) holds `seconds`, `ranges` and `mushafId`, each part closed to other
 * keys; read literally no body fits both parts, not even the documents' own example, so the
 * sandbox reads them as one object: `type`, `seconds`, `ranges` and `mushafId` required,
 * `date` optional, nothing else. `types` are the activity types of the document followed.
 */
export function readActivityBody(body: unknown, types: readonly ActivityType[]): ActivityBody {
  const fields = readFields(
    body,
    ['date', 'type', 'seconds', 'ranges', 'mushafId'],
    ['type', 'seconds', 'ranges', 'mushafId'],
  );
  const { type, seconds, ranges, mushafId } = fields;
  if (!types.includes(type as ActivityType)) throw bad(`type must be one of ${types.join(', ')}.`);
  if (!isWhole(seconds, 1)) throw bad('seconds must be a whole number of at least 1.');
  if (
    !Array.isArray(ranges) ||
    ranges.some((item) => typeof item !== 'string' || !RANGES_PATTERN.test(item))
  ) {
    throw bad('ranges must be a list of verse ranges like "1:5-1:7".');
  }
  if (!isWhole(mushafId, 0) || !Object.hasOwn(MUSHAF_PAGE_COUNTS, mushafId)) {
    throw bad(`mushafId must be one of ${Object.keys(MUSHAF_PAGE_COUNTS).join(', ')}.`);
  }
  const date = fields.date === undefined ? undefined : readDate(fields.date, 'date');
  const spans: VerseSpan[] = [];
  for (const item of ranges as string[]) {
    const parsed = parseRangeList(item);
    if (typeof parsed === 'string') throw unprocessable(parsed);
    spans.push(...parsed);
  }
  return { date, type: type as ActivityType, seconds, spans, mushafId };
}

/** The time stamps the pre-live document adds to the reading-session body. */
const CLIENT_TIMES = ['clientCreatedAt', 'clientUpdatedAt'];
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)$/;

/**
 * The reading-session body: `chapterNumber` and `verseNumber`, whole numbers of at least 1
 * (400), naming a verse of the Quran (422). `clientTimes`: the pre-live document also allows
 * `clientCreatedAt` and `clientUpdatedAt` (date-times), which the answer has no place for.
 */
export function readSessionBody(body: unknown, clientTimes: boolean) {
  const allowed = ['chapterNumber', 'verseNumber', ...(clientTimes ? CLIENT_TIMES : [])];
  const fields = readFields(body, allowed, ['chapterNumber', 'verseNumber']);
  const { chapterNumber, verseNumber } = fields;
  if (!isWhole(chapterNumber, 1) || !isWhole(verseNumber, 1)) {
    throw bad('chapterNumber and verseNumber must be whole numbers of at least 1.');
  }
  for (const name of CLIENT_TIMES) {
    const value = fields[name];
    if (value === undefined) continue;
    const date = typeof value === 'string' ? DATE_TIME.exec(value)?.[1] : undefined;
    if (!date || !isCalendarDate(date)) throw bad(`${name} must be an ISO 8601 date-time.`);
  }
  if (versePosition(chapterNumber, verseNumber) === null) {
    throw unprocessable(`${chapterNumber}:${verseNumber} is not a verse of the Quran.`);
  }
  return { chapterNumber, verseNumber };
}
