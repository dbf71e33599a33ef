import { FaultQueue } from './faults';
import { AuthorizationCodes } from './oauth/codes';
import { GrantStore } from './oauth/grants';
import { ProgressStore } from './progress';
import { RateLimiter } from './rate-limit';
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
  progress: ProgressStore;
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
    progress: new ProgressStore(),
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

/** Forgets goals, tokens, faults, requests, limits and progress; restores the start settings. */
export function resetState(state: SandboxState): void {
  Object.assign(state.settings, state.initialSettings);
  state.goals.clear();
  state.progress.clear();
  state.grants.clear();
  state.codes.clear();
  state.faults.clear();
  state.rateLimit.clear();
  state.requests.clear();
}
