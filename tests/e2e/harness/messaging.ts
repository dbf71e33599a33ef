import type { Page } from 'playwright-core';
import { DEFAULT_SUB } from '../../../sandbox/oauth/grants';
import type { MessageName, MessageRequest } from '../../../utils/messages';
import { PROTOCOL_PORT } from '../../../utils/messaging';
import type { TestSandbox, TokenResponse } from './sandbox';

/** A message as the extension's pages send it. */
export interface Message {
  name: string;
  payload?: unknown;
}

/** What `portRequests` sends: the port's name and the messages. */
export interface PortRequests {
  port: string;
  messages: unknown[];
  /** The extension to connect to (another extension's page sending to ours); none: its own. */
  target?: string | null;
}

/**
 * What came of one request: the answer and the ms from opening the port to the answer, timed in
 * the page; or why the port closed without one.
 */
export type PortOutcome = { reply: unknown; ms: number } | { thrown: string };

/**
 * Runs in a page or a content script's world (give it to `page.evaluate`; it is self-contained):
 * sends each message in turn on a port of its own, as the extension's clients send on theirs
 * (`{id, message}`, answered `{id, answer}`), and keeps each outcome. A port closed before its
 * answer gives the browser's reason.
 */
export async function portRequests({
  port: name,
  messages,
  target,
}: PortRequests): Promise<PortOutcome[]> {
  type Port = {
    onMessage: { addListener(listener: (reply: { id?: number; answer?: unknown }) => void): void };
    onDisconnect: { addListener(listener: () => void): void };
    postMessage(message: unknown): void;
    disconnect(): void;
  };
  type Runtime = {
    id?: string;
    lastError?: { message?: string };
    connect(...args: unknown[]): Port;
  };
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
  const outcomes: PortOutcome[] = [];
  for (const message of messages) {
    try {
      const start = performance.now();
      const reply = await new Promise((resolve, reject) => {
        if (!runtime) throw new Error('This page has no extension runtime.');
        const port = target ? runtime.connect(target, { name }) : runtime.connect({ name });
        port.onMessage.addListener((answer) => {
          if (answer?.id !== 1) return;
          resolve(answer.answer);
          port.disconnect();
        });
        port.onDisconnect.addListener(() =>
          reject(new Error(runtime.lastError?.message ?? 'The port closed before its answer.')),
        );
        port.postMessage({ id: 1, message });
      });
      outcomes.push({ reply: reply ?? null, ms: performance.now() - start });
    } catch (error) {
      outcomes.push({ thrown: (error as Error).message });
    }
  }
  return outcomes;
}

/**
 * Sends a message to the background from an extension page (the popup, options…) on a protocol
 * port of its own, as the page's own code would, and answers the reply.
 */
export async function sendFromExtensionPage(page: Page, message: Message): Promise<unknown> {
  const [outcome] = await page.evaluate(portRequests, { port: PROTOCOL_PORT, messages: [message] });
  if (!outcome || 'thrown' in outcome) throw new Error(`No answer: ${outcome?.thrown}`);
  return outcome.reply;
}

/** Sends one message of the protocol, typed by its name. */
export function sendProtocolMessage<N extends MessageName>(
  page: Page,
  name: N,
  payload: MessageRequest<N>,
): Promise<unknown> {
  return sendFromExtensionPage(page, { name, payload });
}

/**
 * Signs the extension in without the browser flow: the sandbox mints tokens and the e2e-only
 * `e2e:setTokens` hook of an e2e build stores them. Answers the minted tokens.
 */
export async function setTokens(
  page: Page,
  sandbox: TestSandbox,
  grant: Parameters<TestSandbox['mintTokens']>[0] = {},
  /** When the extension is told the access token expires; the sandbox's own lifetime by default. */
  expiresAt?: number,
): Promise<TokenResponse> {
  const tokens = await sandbox.mintTokens(grant);
  const reply = await sendFromExtensionPage(page, {
    name: 'e2e:setTokens',
    payload: {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: expiresAt ?? Date.now() + tokens.expires_in * 1000,
      ...(tokens.scope ? { scopes: tokens.scope.split(' ') } : {}),
      // The account the sandbox minted the tokens for (its default reader unless named).
      subject: grant.sub ?? DEFAULT_SUB,
    },
  });
  if (!reply || (reply as { ok?: unknown }).ok !== true) {
    throw new Error(`e2e:setTokens was refused: ${JSON.stringify(reply)}`);
  }
  return tokens;
}

/**
 * Waits until the badge's refresh under way (a sign-in or a goal change starts one in the
 * background) is over, so that the calls a test counts are its own: rings the badge's alarm
 * (`e2e:ringAlarm`), which joins a refresh under way or runs one.
 */
export async function badgeSettled(page: Page): Promise<void> {
  await sendFromExtensionPage(page, { name: 'e2e:ringAlarm', payload: { name: 'badge' } });
}
