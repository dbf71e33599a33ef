import { ActivityStore } from './activity-store';
import { FaultQueue } from './faults';
import { AuthorizationCodes } from './oauth/codes';
import { GrantStore } from './oauth/grants';
import { RateLimiter } from './rate-limit';
import { ReadingSessionStore } from './reading-sessions';
import { RequestLog } from './requests';
import { type SandboxSettings, startSettings } from './settings';
import { GoalStore } from './store';

export type { SandboxSettings } from './settings';

/** Everything one running sandbox holds; nothing is shared between instances. */
export interface SandboxState {
  settings: SandboxSettings;
  /** The settings it started with, restored by a reset. */
  initialSettings: Readonly<SandboxSettings>;
  goals: GoalStore;
  /** Reading credited to days (`POST /v1/activity-days` and the test controls). */
  activity: ActivityStore;
  sessions: ReadingSessionStore;
  grants: GrantStore;
  codes: AuthorizationCodes;
  faults: FaultQueue;
  rateLimit: RateLimiter;
  requests: RequestLog;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  origin: string;
  quiet: boolean;
  /** Aborted when the sandbox closes, so that injected delays end with it. */
  closing: AbortController;
}

/** Fresh state for one sandbox. */
export function createState(
  options: Partial<SandboxSettings> & { dataFile?: string; quiet?: boolean },
): SandboxState {
  const settings = startSettings(options);
  const grants = new GrantStore(settings, () => `${state.origin}/`);
  const state: SandboxState = {
    settings,
    initialSettings: { ...settings },
    goals: new GoalStore(options.dataFile),
    activity: new ActivityStore(),
    sessions: new ReadingSessionStore(),
    grants,
    codes: new AuthorizationCodes(grants),
    faults: new FaultQueue(),
    rateLimit: new RateLimiter(),
    requests: new RequestLog(),
    origin: 'http://127.0.0.1',
    quiet: options.quiet ?? false,
    closing: new AbortController(),
  };
  return state;
}

/**
 * Forgets goals, activity days, reading sessions, tokens, faults, requests and limits;
 * restores the start settings.
 */
export function resetState(state: SandboxState): void {
  Object.assign(state.settings, state.initialSettings);
  state.goals.clear();
  state.activity.clear();
  state.sessions.clear();
  state.grants.clear();
  state.codes.clear();
  state.faults.clear();
  state.rateLimit.clear();
  state.requests.clear();
}
