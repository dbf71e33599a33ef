import type { BrowserContext, Request, Response } from 'playwright-core';
import { PRELIVE } from './inputs';

/** One request of the extension's service worker to pre-live, as the browser saw it. */
export interface ApiCall {
  method: string;
  /** Host, path and query (no token is ever in them). */
  address: string;
  /** `null` when no answer came. */
  status: number | null;
  /** The `Origin` header the browser sent, when it reported it. */
  origin: string | null;
}

export interface CallLog {
  readonly calls: ApiCall[];
  /** `scope` of the token endpoint's last answer, when it named one. */
  tokenScope?: string;
  /** Waits until every call seen so far is fully recorded. */
  settled(): Promise<void>;
}

const isPreliveAddress = (url: string) =>
  url.startsWith(PRELIVE.apiBaseUrl) || url.startsWith(PRELIVE.oauthBaseUrl);

/** Whether a call went to the User API (not to the OAuth2 server). */
export const isApiCall = (call: ApiCall) =>
  `https://${call.address}`.startsWith(PRELIVE.apiBaseUrl);

function addressOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

/** Records every request the extension's service worker sends to pre-live's hosts. */
export function recordCalls(context: BrowserContext): CallLog {
  const pending: Promise<void>[] = [];
  const log: CallLog = {
    calls: [],
    settled: async () => {
      await Promise.all(pending);
    },
  };
  const seen = new WeakSet<Request>();
  const fromWorker = (request: Request) =>
    request.serviceWorker() !== null && isPreliveAddress(request.url()) && !seen.has(request);
  const start = (request: Request, status: number | null): ApiCall => {
    seen.add(request);
    const call = {
      method: request.method(),
      address: addressOf(request.url()),
      status,
      origin: null,
    };
    log.calls.push(call);
    return call;
  };
  const complete = async (call: ApiCall, request: Request, response?: Response) => {
    call.origin = await request.headerValue('origin').catch(() => null);
    if (response?.ok() && new URL(request.url()).pathname.endsWith('/oauth2/token')) {
      const answer = await response.json().catch(() => null);
      if (typeof answer?.scope === 'string') log.tokenScope = answer.scope;
    }
  };
  context.on('response', (response) => {
    const request = response.request();
    if (fromWorker(request))
      pending.push(complete(start(request, response.status()), request, response));
  });
  context.on('requestfailed', (request) => {
    if (fromWorker(request)) pending.push(complete(start(request, null), request));
  });
  return log;
}
