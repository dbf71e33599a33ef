import type { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { injectFaults } from '../faults';
import { pageOf } from '../paging';
import type { SandboxSettings } from '../settings';
import type { SandboxState } from '../state';
import { readSessionBody } from './activity-input';
import { requireUser } from './auth';
import { checkListRules, pageParams } from './list-params';
import { readJson } from './validate';

/**
 * The scopes a reading-session operation accepts: the `readingSessionScope` setting's, with
 * the child for reading or for writing (a write may create or update a session).
 */
const sessionScopes =
  (children: readonly string[]) =>
  ({ readingSessionScope }: SandboxSettings): readonly string[] =>
    readingSessionScope === 'none' ? [] : children.map((child) => `reading_session.${child}`);

/** `GET /v1/reading-sessions` (most recent first) and `POST /v1/reading-sessions`. */
export function readingSessionRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  api.get(
    '/reading-sessions',
    injectFaults(state, 'readingSessions'),
    requireUser(state, sessionScopes(['read'])),
    (c) => {
      const paging = pageParams(c);
      checkListRules({}, paging);
      const sessions = state.sessions
        .list(c.get('sub'))
        .map(({ id, updatedAt, chapterNumber, verseNumber }) => ({
          id,
          updatedAt: new Date(updatedAt).toISOString(),
          chapterNumber,
          verseNumber,
        }));
      const page = pageOf(sessions, paging);
      return c.json({ success: true, data: page.items, pagination: page.pagination });
    },
  );

  api.post(
    '/reading-sessions',
    injectFaults(state, 'saveReadingSession'),
    requireUser(state, sessionScopes(['create', 'update'])),
    async (c) => {
      const clientTimes = state.settings.apiDocument === 'prelive';
      const { chapterNumber, verseNumber } = readSessionBody(await readJson(c), clientTimes);
      const done = state.sessions.save(c.get('sub'), chapterNumber, verseNumber);
      return c.json({ success: true, data: { message: `reading session ${done}` } });
    },
  );
}
