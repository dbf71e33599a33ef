import type { ActivityMerge } from './activity-store';
import { KNOWN_SCOPES } from './oauth/clients';
import type { PageMeasure } from './pages';
import type { ExistingGoalPolicy } from './store';
import type { StreakDay, StreakToday } from './streaks';

/**
 * The sandbox's settings: its choices where the official documents leave the behaviour
 * open. Each is a start option, a command-line flag and a field of `POST /__sandbox/settings`;
 * `sandbox/README.md` says what the documents say about each and what every value does.
 */

/** What `PUT /v1/goals/{id}` does with the stored goal. */
export type PutMode = 'partial' | 'replace';
/** Which of the reader's goals today's plan describes. */
export type PlanGoal = 'type' | 'newest';
/** Which mushaf today's plan counts pages in. */
export type PlanMushaf = 'asked' | 'goal';
/** The status of a call whose access token is missing, not valid, expired or revoked. */
export type RefusedTokenStatus = 401 | 403;
/** Which streaks `from` and `to` select: those inside the window, or those touching it. */
export type StreakWindow = 'within' | 'overlap';
/** Whose rules apply where the production and pre-live documents differ. */
export type ApiDocument = 'production' | 'prelive';
/** The scope the reading-session operations ask for. */
export type ReadingSessionScope = 'reading_session' | 'none';

/** Settings a test may change while the sandbox runs (`POST /__sandbox/settings`). */
export interface SandboxSettings {
  /** What a second create does while the user has a goal of that category. */
  existingGoal: ExistingGoalPolicy;
  /** Access-token lifetime in seconds. */
  tokenLifetime: number;
  /** 422 for a QURAN_TIME goal asking more seconds a day than a day has. */
  timeCap: boolean;
  /** 422 for a QURAN_PAGES goal asking more pages than its mushaf has. */
  pageCap: boolean;
  /** 422 for a goal whose category does not go with its type. */
  categoryMatch: boolean;
  /** 400 for an `x-timezone` that is not an IANA zone (else it is read as UTC). */
  strictTimezone: boolean;
  /** Status for a missing, invalid, expired or revoked access token. */
  expiredToken: RefusedTokenStatus;
  /** An update merges the body into the goal (`partial`) or becomes the goal (`replace`). */
  put: PutMode;
  /** Today's plan describes the newest goal of the asked type, or the newest reading goal. */
  planGoal: PlanGoal;
  /** Today's plan counts pages in the asked mushaf, or in the goal's. */
  planMushaf: PlanMushaf;
  /** A second log of the same day and type adds to the day, or replaces it. */
  activityMerge: ActivityMerge;
  /** Pages read are counted from the Madani page table, or as an average per verse. */
  pagesFrom: PageMeasure;
  /** While today has no reading, the streak that ended yesterday is current, or it is 0. */
  streakToday: StreakToday;
  /** A day keeps the streak with a verse read, or with any Quran activity. */
  streakDay: StreakDay;
  /** `from` and `to` of the streak history select streaks inside the window, or touching it. */
  streakWindow: StreakWindow;
  /** Whose activity types and reading-session body apply: production's or pre-live's. */
  apiDocument: ApiDocument;
  /** The reading-session operations ask for `reading_session` (or a child), or for nothing. */
  readingSessionScope: ReadingSessionScope;
  /** Seconds the reading-time estimate gives each verse. */
  readingRate: number;
  /** The scopes every client is approved for, space-separated. */
  clientScopes: string;
}

/** The settings a sandbox starts with unless told otherwise. */
export const DEFAULT_SETTINGS: Readonly<SandboxSettings> = {
  existingGoal: 'allow',
  tokenLifetime: 3600,
  timeCap: false,
  pageCap: false,
  categoryMatch: false,
  strictTimezone: false,
  expiredToken: 401,
  put: 'partial',
  planGoal: 'type',
  planMushaf: 'asked',
  activityMerge: 'add',
  pagesFrom: 'table',
  streakToday: 'yesterday',
  streakDay: 'verse',
  streakWindow: 'within',
  apiDocument: 'production',
  readingSessionScope: 'reading_session',
  readingRate: 10,
  clientScopes: KNOWN_SCOPES.join(' '),
};

/** The settings that are on or off. */
export const SWITCH_SETTINGS = ['timeCap', 'pageCap', 'categoryMatch', 'strictTimezone'] as const;
export type SwitchSetting = (typeof SWITCH_SETTINGS)[number];

/** The settings that take one of a few values, and those values. */
export const CHOICE_SETTINGS = {
  existingGoal: ['allow', 'reject', 'replace'],
  expiredToken: [401, 403],
  put: ['partial', 'replace'],
  planGoal: ['type', 'newest'],
  planMushaf: ['asked', 'goal'],
  activityMerge: ['add', 'replace'],
  pagesFrom: ['table', 'average'],
  streakToday: ['yesterday', 'zero'],
  streakDay: ['verse', 'any'],
  streakWindow: ['within', 'overlap'],
  apiDocument: ['production', 'prelive'],
  readingSessionScope: ['reading_session', 'none'],
} as const satisfies { [K in keyof SandboxSettings]?: readonly SandboxSettings[K][] };
export type ChoiceSetting = keyof typeof CHOICE_SETTINGS;

/** The settings a sandbox starts with: the defaults, with those given in place. */
export function startSettings(options: Partial<SandboxSettings>): SandboxSettings {
  const settings: SandboxSettings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof SandboxSettings)[]) {
    if (options[key] !== undefined) Object.assign(settings, { [key]: options[key] });
  }
  return settings;
}
