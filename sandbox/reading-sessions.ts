import { newId } from './ids';

/** A reader's place in the Quran, as `POST /v1/reading-sessions` keeps it. */
export interface ReadingSession {
  id: string;
  sub: string;
  chapterNumber: number;
  verseNumber: number;
  /** When it was last written (ms since the epoch). */
  updatedAt: number;
}

/**
 * How long a reading session stays open: the documents say a new session is created "if the
 * user does not have an existing one in the past 20 minutes", the latest one updated otherwise.
 */
export const SESSION_WINDOW_MS = 20 * 60_000;

/** Every reader's reading sessions, oldest first. */
export class ReadingSessionStore {
  #sessions: ReadingSession[] = [];

  /** Records the reader's place: in the latest session while it is open, else in a new one. */
  save(sub: string, chapterNumber: number, verseNumber: number, now = Date.now()) {
    const latest = this.list(sub)[0];
    if (latest && now - latest.updatedAt < SESSION_WINDOW_MS) {
      Object.assign(latest, { chapterNumber, verseNumber, updatedAt: now });
      return 'updated' as const;
    }
    this.#sessions.push({ id: newId(), sub, chapterNumber, verseNumber, updatedAt: now });
    return 'created' as const;
  }

  /** A reader's sessions, most recent first. */
  list(sub: string): ReadingSession[] {
    // Newest first, and of two written in the same millisecond, the one added later.
    return this.#sessions
      .filter((session) => session.sub === sub)
      .reverse()
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Forgets every session. */
  clear(): void {
    this.#sessions = [];
  }
}
