import type { ExistingGoalPolicy } from './store';

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
  expiredToken: RefusedTokenStatus;
  put: PutMode;
  planGoal: PlanGoal;
  planMushaf: PlanMushaf;
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
