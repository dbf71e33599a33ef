import { localDate } from './dates';

/** What a reader read on one day, as set by `POST /__sandbox/progress`. */
export interface DayProgress {
  pagesRead: number;
  secondsRead: number;
  /** Absent: counted from `ranges`. */
  versesRead?: number;
  /** Ranges read, `S:A-S:A` each. */
  ranges: string[];
}

interface ProgressEntry extends DayProgress {
  /** The calendar date it is for, or absent for "the day it was set, in the reader's zone". */
  date?: string;
  setAt: number;
}

/** Today's reading progress per user. */
export class ProgressStore {
  #entries = new Map<string, ProgressEntry>();

  /** Sets a user's progress for a date, or for today wherever the reader is. */
  set(sub: string, progress: DayProgress, date?: string, now = Date.now()): void {
    this.#entries.set(sub, { ...progress, date, setAt: now });
  }

  /** The user's progress for today in a zone, or nothing read. */
  today(sub: string, zone: string, now = Date.now()): DayProgress {
    const entry = this.#entries.get(sub);
    const today = localDate(now, zone);
    if (entry && (entry.date ?? localDate(entry.setAt, zone)) === today) return entry;
    return { pagesRead: 0, secondsRead: 0, ranges: [] };
  }

  /** Forgets all progress. */
  clear(): void {
    this.#entries.clear();
  }
}
