import type { Context, MiddlewareHandler } from 'hono';
import type { ApiErrorStatus } from './catalog';
import type { SandboxEnv } from './env';
import { ApiError, oauthErrorFor } from './errors';

/** Routes a fault can be injected into. */
export const FAULT_ROUTES = [
  'createGoal',
  'updateGoal',
  'deleteGoal',
  'estimate',
  'todaysPlan',
  'logActivity',
  'activityDays',
  'estimateReadingTime',
  'currentStreak',
  'streaks',
  'readingSessions',
  'saveReadingSession',
  'token',
  'revoke',
] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

/** How the next calls of a route misbehave. */
export interface Fault {
  /** Answer with this documented error status and its envelope. */
  status?: ApiErrorStatus;
  /** Wait this long first. */
  delayMs?: number;
  /** Close the connection without answering. */
  drop?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
  /** Do the work (store the goal or the day), then break the connection halfway through the answer. */
  commitThenDrop?: boolean;
}

/** Faults waiting for the next calls of each route. */
export class FaultQueue {
  #queues = new Map<FaultRoute, Fault[]>();

  /** Applies a fault to the next `count` calls of a route (after those already queued). */
  add(route: FaultRoute, fault: Fault, count: number): void {
    const queue = this.#queues.get(route) ?? [];
    for (let i = 0; i < count; i++) queue.push(fault);
    this.#queues.set(route, queue);
  }

  /** The fault for this call of a route, if any. */
  take(route: FaultRoute): Fault | undefined {
    return this.#queues.get(route)?.shift();
  }

  /** Forgets all faults. */
  clear(): void {
    this.#queues.clear();
  }
}

/** Closes the client's connection so that it gets no answer at all. */
export function dropConnection(c: Context<SandboxEnv>): Response {
  c.set('dropped', true);
  c.env.incoming.socket.destroy();
  return c.body(null, 500);
}

/**
 * Starts a 200 answer and breaks the connection halfway through it: the client has seen the
 * answer begin, so it cannot tell whether the request was handled (and, unlike a connection
 * closed before any byte, a browser does not quietly send the request again).
 */
export function cutAnswer(c: Context<SandboxEnv>): Response {
  c.set('dropped', true);
  const { socket } = c.env.incoming;
  socket.end(
    'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 64\r\n\r\n{"success":',
    () => socket.destroy(),
  );
  return c.body(null, 500);
}

/** Waits, unless the sandbox closes first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Middleware that plays the queued fault of a route, if there is one. */
export function injectFaults(
  state: { faults: FaultQueue; closing: AbortController },
  route: FaultRoute,
): MiddlewareHandler<SandboxEnv> {
  const oauth = route === 'token' || route === 'revoke';
  return async (c, next) => {
    const fault = state.faults.take(route);
    if (!fault) return next();
    if (fault.delayMs) await pause(fault.delayMs, state.closing.signal);
    if (fault.drop) return dropConnection(c);
    if (fault.status) throw oauth ? oauthErrorFor(fault.status) : new ApiError(fault.status);
    if (fault.malformed) {
      return c.body('{"success":true,"data":', 200, { 'content-type': 'application/json' });
    }
    await next();
    if (fault.commitThenDrop) c.res = cutAnswer(c);
  };
}
