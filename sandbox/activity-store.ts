import { ACTIVITY_TYPES, type ActivityType } from './catalog';
import { localDate } from './dates';
import { stableId } from './ids';
import { mergeSpans, type VerseSpan } from './verse';

/** A reader's activity of one type on one day, as the sandbox keeps it. */
export interface ActivityDay {
  /** The reader: the access token's `sub`. */
  sub: string;
  /**
   * The reader's calendar date (`YYYY-MM-DD`). Absent for "today, wherever the reader is":
   * a test control that names no date cannot know the reader's zone, so the day takes the
   * date it was set on in the zone of each request that reads it.
   */
  date?: string;
  type: ActivityType;
  seconds: number;
  /** The verses read, merged and in order. */
  spans: VerseSpan[];
  mushafId: number;
  /** Counts set through the test controls; shown as they are until the day is next logged. */
  pagesRead?: number;
  versesRead?: number;
  /** When it was last written (ms since the epoch). */
  at: number;
}

/** A day whose date is known. */
export type DatedDay = ActivityDay & { date: string };

/** One batch of reading from `POST /v1/activity-days`. */
export type ReadingBatch = Pick<DatedDay, 'date' | 'type' | 'seconds' | 'spans' | 'mushafId'>;

/** What a second batch for the same day and type does (the `activityMerge` setting). */
export type ActivityMerge = 'add' | 'replace';

/** The id of a reader's day of a type: the same each time it is asked for. */
export function dayId(sub: string, date: string, type: ActivityType): string {
  return stableId(`${sub}/${date}/${type}`);
}

const keyOf = (day: Pick<ActivityDay, 'sub' | 'date' | 'type'>) =>
  JSON.stringify([day.sub, day.date ?? null, day.type]);

/** Every reader's activity days, one per reader, date and type. */
export class ActivityStore {
  #days = new Map<string, ActivityDay>();

  /**
   * A reader's days, oldest first (by type, in the documents' order, on the same date), their
   * dates read in `zone`. Where a day without a date
   * falls on the date of another of the same type, the one written last is shown.
   */
  days(sub: string, zone: string): DatedDay[] {
    const shown = new Map<string, DatedDay>();
    for (const day of this.#days.values()) {
      if (day.sub !== sub) continue;
      const dated = { ...day, date: day.date ?? localDate(day.at, zone) };
      const slot = `${dated.date} ${dated.type}`;
      const other = shown.get(slot);
      if (!other || other.at <= dated.at) shown.set(slot, dated);
    }
    const types: readonly string[] = ACTIVITY_TYPES.production;
    const order = (day: DatedDay) => `${day.date} ${String(types.indexOf(day.type)).padStart(2)}`;
    return [...shown.values()].sort((a, b) => order(a).localeCompare(order(b)));
  }

  /** A reader's day of a type on a date (in `zone` for a day set without a date). */
  find(sub: string, date: string, type: ActivityType, zone: string): DatedDay | undefined {
    return this.days(sub, zone).find((day) => day.date === date && day.type === type);
  }

  /**
   * Credits a batch of reading to its day: `add` sums the seconds and merges the verses with
   * what the day has, `replace` puts the batch in the day's place. The mushaf is the batch's.
   */
  log(sub: string, batch: ReadingBatch, merge: ActivityMerge, zone: string, now = Date.now()) {
    const existing = this.find(sub, batch.date, batch.type, zone);
    this.remove(sub, batch.date, batch.type, zone);
    const day: ActivityDay = { sub, ...batch, spans: mergeSpans(batch.spans), at: now };
    if (merge === 'add' && existing) {
      day.seconds += existing.seconds;
      day.spans = mergeSpans([...existing.spans, ...batch.spans]);
    }
    this.#days.set(keyOf(day), day);
  }

  /** Puts a day in place of the reader's day of that date (or undated day) and type. */
  set(day: ActivityDay): void {
    this.#days.set(keyOf(day), { ...day, spans: mergeSpans(day.spans) });
  }

  /** Removes a reader's day of a type on a date, with any undated day that falls on it. */
  remove(sub: string, date: string, type: ActivityType, zone: string): void {
    for (const [key, day] of this.#days) {
      const falls = (day.date ?? localDate(day.at, zone)) === date;
      if (day.sub === sub && day.type === type && falls) this.#days.delete(key);
    }
  }

  /** Every day kept, in the order written. */
  all(): ActivityDay[] {
    return [...this.#days.values()];
  }

  /** Forgets every day. */
  clear(): void {
    this.#days.clear();
  }
}
