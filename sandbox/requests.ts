import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env';

/** One request the sandbox received on the User API or OAuth2 routes. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields, the raw text otherwise, null when empty. */
  body: unknown;
  /** Status answered, or null when the connection was dropped. */
  status: number | null;
  /** When it arrived (ISO date-time). */
  at: string;
}

/** Requests received, oldest first. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  /** Forgets every request. */
  clear(): void {
    this.entries.length = 0;
  }
}

function parseBody(text: string, contentType: string): unknown {
  if (!text) return null;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Middleware recording every request outside `/__sandbox/`, with the status answered. */
export function recordRequests(state: {
  requests: RequestLog;
  quiet: boolean;
}): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith('/__sandbox')) return next();
    const entry: LoggedRequest = {
      method: c.req.method,
      path: c.req.path,
      query: c.req.query(),
      headers: c.req.header(),
      body: ['GET', 'HEAD'].includes(c.req.method)
        ? null
        : parseBody(await c.req.text(), c.req.header('content-type') ?? ''),
      status: null,
      at: new Date().toISOString(),
    };
    state.requests.entries.push(entry);
    c.set('dropped', false);
    await next();
    entry.status = c.get('dropped') ? null : c.res.status;
    if (!state.quiet) console.log(`${entry.method} ${entry.path} → ${entry.status ?? 'dropped'}`);
  };
}
