import type { Page } from 'playwright-core';
import { DEFAULT_SUB } from '../../../sandbox/oauth/grants';
import type { MessageName, MessageRequest } from '../../../utils/messages';
import type { TestSandbox, TokenResponse } from './sandbox';

/** A message as the extension's pages send it. */
export interface Message {
  name: string;
  payload?: unknown;
}

/** The runtime API of an extension page, as far as the tests use it. */
type PageRuntime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * Sends a message to the background from an extension page (the popup, options…) through
 * `chrome.runtime.sendMessage`, exactly as the page's own code would, and answers the reply.
 */
export function sendFromExtensionPage(page: Page, message: Message): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as PageRuntime).chrome.runtime.sendMessage(m),
    message,
  );
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
