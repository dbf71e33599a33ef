import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { e2eRoutes } from '@/entrypoints/background/e2e-hooks';
import { createRouter } from '@/entrypoints/background/router';
import type { SenderClass } from '@/entrypoints/background/senders';
import { startAuthKit } from './sandbox-kit';

let kit: Awaited<ReturnType<typeof startAuthKit>>;
beforeEach(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit();
});
afterEach(() => kit.close());

function hook(senderClass: SenderClass, name: string, payload: unknown) {
  const router = createRouter({
    handlers: {},
    classify: () => senderClass,
    extraRoutes: e2eRoutes(kit.auth, kit.tokens),
  });
  return new Promise((resolve) => router({ name, payload }, {}, resolve));
}

describe('e2eRoutes', () => {
  it('e2e:setTokens signs in with the given tokens, usable against the sandbox', async () => {
    const minted = await kit.mint();
    const expiresAt = Date.now() + 600_000;
    const answer = await hook('extension-page', 'e2e:setTokens', {
      accessToken: minted.access_token,
      refreshToken: minted.refresh_token,
      expiresAt,
    });
    expect(answer).toMatchObject({ ok: true, value: { signedIn: true } });
    expect(await kit.auth.accessToken()).toBe(minted.access_token);
    expect(await hook('extension-page', 'e2e:runtimeState', {})).toEqual({
      ok: true,
      value: {
        tokens: {
          accessToken: minted.access_token,
          refreshToken: minted.refresh_token,
          expiresAt,
          scopes: ['openid', 'offline_access', 'goal'],
          environment: kit.environment,
        },
      },
    });
  });

  it('refuses content scripts and malformed payloads', async () => {
    expect(await hook('content-script', 'e2e:setTokens', { accessToken: 'a' })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await hook('content-script', 'e2e:runtimeState', {})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden_sender' },
    });
    expect(await hook('extension-page', 'e2e:setTokens', { accessToken: '' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_message' },
    });
    expect(await kit.tokens.load()).toBeNull();
  });
});
