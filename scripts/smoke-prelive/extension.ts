import type { Page } from 'playwright-core';
import * as z from 'zod/mini';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browser';
import { sendFromExtensionPage, sendProtocolMessage } from '../../tests/e2e/harness/messaging';
import { apiUrl } from '../../utils/environments';
import {
  type MessageName,
  type MessageRequest,
  type MessageResponse,
  PROTOCOL,
  type Result,
  resultSchema,
} from '../../utils/messages';
import type { CallLog } from './call-log';
import { PRELIVE } from './inputs';

/** What a run works with. */
export interface Smoke {
  browser: ExtensionBrowser;
  /** The extension page the messages are sent from. */
  page: Page;
  clientId: string;
  log: CallLog;
  /** Goals this run made and has not deleted yet. */
  created: string[];
}

export type Answer<N extends MessageName> = Result<MessageResponse<N>>;

/** Sends one of the extension's own messages from its page; parses the answer with its schema. */
export async function ask<N extends MessageName>(
  s: Pick<Smoke, 'page'>,
  name: N,
  payload: MessageRequest<N>,
): Promise<Answer<N>> {
  const reply = await sendProtocolMessage(s.page, name, payload);
  return resultSchema(PROTOCOL[name].response).parse(reply) as Answer<N>;
}

/** The e2e build's `e2e:runtimeState` answer, as far as this check reads it. */
const RuntimeStateSchema = resultSchema(
  z.object({
    tokens: z.nullable(
      z.object({ accessToken: z.nullable(z.string()), scopes: z.array(z.string()) }),
    ),
  }),
);

/** The access token the extension holds, through the e2e build's hook. */
export async function currentAccessToken(s: Pick<Smoke, 'page'>): Promise<string | null> {
  const reply = await sendFromExtensionPage(s.page, { name: 'e2e:runtimeState', payload: {} });
  const state = RuntimeStateSchema.parse(reply);
  return state.ok ? (state.value.tokens?.accessToken ?? null) : null;
}

interface RawCall {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query: Record<string, string | number>;
  body?: unknown;
  token: string;
}

interface RawAnswer {
  status: number;
  body: unknown;
}

/**
 * One User API call sent by hand from the extension's service worker (so from its origin),
 * with the three headers the extension sends, outside the extension's own retry and refresh.
 */
export async function rawCall(s: Smoke, call: RawCall): Promise<RawAnswer> {
  const worker = await s.browser.worker();
  const request = {
    url: apiUrl(PRELIVE.apiBaseUrl, call.path, call.query).href,
    method: call.method,
    body: call.body === undefined ? null : JSON.stringify(call.body),
    token: call.token,
    clientId: s.clientId,
  };
  return worker.evaluate(async ({ url, method, body, token, clientId }) => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-auth-token': token,
      'x-client-id': clientId,
      'x-timezone': Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    if (body !== null) headers['content-type'] = 'application/json';
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, body: text };
    }
  }, request);
}
