import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENVIRONMENT_DEFAULTS, type Environment } from '@/utils/environments';
import {
  DEFAULT_SETTINGS,
  environmentOf,
  isTimeZone,
  SettingsSchema,
  settingsItem,
  settingsV1ToV2,
  TimeZoneSchema,
  timeZoneOf,
} from '@/utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

const build: Environment = {
  name: 'sandbox',
  apiBaseUrl: 'http://127.0.0.1:9999/auth',
  oauthBaseUrl: 'http://127.0.0.1:9999',
  clientId: 'built-in',
};

describe('settingsItem', () => {
  it('answers the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields and resets only the invalid ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        environment: 'staging',
        mushafId: 7,
        timeZone: 'Mars/Olympus',
        clientIds: { production: 'abc', prelive: 4, sandbox: '' },
      },
    });
    expect(await settingsItem.getValue()).toMatchObject({
      environment: null,
      mushafId: 7,
      timeZone: null,
      clientIds: { production: 'abc', prelive: '', sandbox: '' },
    });
  });

  it('answers the defaults for a value that is not an object', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes the default in place of an invalid field', async () => {
    const clientIds = { production: 'kept', prelive: '', sandbox: '' };
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, clientIds, mushafId: 8 as never });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({
      clientIds,
      mushafId: DEFAULT_SETTINGS.mushafId,
    });
  });
});

describe('settings migrations', () => {
  it('moves a version 1 client id to its environment and marks version 2', async () => {
    await fakeBrowser.storage.local.set({
      settings: { environment: 'prelive', clientId: 'abc', mushafId: 6, timeZone: 'Asia/Jakarta' },
    });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      environment: 'prelive',
      clientIds: { production: '', prelive: 'abc', sandbox: '' },
      mushafId: 6,
      timeZone: 'Asia/Jakarta',
    });
  });

  it('leaves version 2 settings alone', async () => {
    const v2 = { ...DEFAULT_SETTINGS, clientIds: { production: 'p', prelive: '', sandbox: '' } };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(v2);
  });

  it.each([
    [
      { environment: null, clientId: 'x' },
      { environment: null, clientIds: { production: '', prelive: '', sandbox: 'x' } },
    ],
    [
      { environment: 'production', clientId: 'y' },
      { environment: 'production', clientIds: { production: 'y', prelive: '', sandbox: '' } },
    ],
    [
      { environment: 'staging', clientId: 7 },
      { environment: 'staging', clientIds: { production: '', prelive: '', sandbox: '' } },
    ],
    ['garbage', 'garbage'],
    [null, null],
  ])('settingsV1ToV2(%j) with a sandbox build', (old, migrated) => {
    expect(settingsV1ToV2(old, build)).toEqual(migrated);
  });

  it('answers the defaults after migrating a value that was never valid', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('environmentOf', () => {
  it('uses the build environment when none is chosen', () => {
    expect(environmentOf(DEFAULT_SETTINGS, build)).toEqual(build);
  });

  it('uses the documented hosts for another environment, with the chosen client id', () => {
    const env = environmentOf(
      {
        ...DEFAULT_SETTINGS,
        environment: 'prelive',
        clientIds: { production: 'other', prelive: 'mine', sandbox: '' },
      },
      build,
    );
    expect(env).toEqual({ ...ENVIRONMENT_DEFAULTS.prelive, clientId: 'mine' });
  });

  it('takes edited sandbox addresses without a trailing slash', () => {
    const env = environmentOf(
      {
        ...DEFAULT_SETTINGS,
        sandboxApiBaseUrl: 'http://localhost:1234/auth/',
        sandboxOauthBaseUrl: 'http://localhost:1234/',
      },
      build,
    );
    expect(env).toMatchObject({
      apiBaseUrl: 'http://localhost:1234/auth',
      oauthBaseUrl: 'http://localhost:1234',
    });
  });

  it('ignores sandbox addresses for production', () => {
    const env = environmentOf(
      {
        ...DEFAULT_SETTINGS,
        environment: 'production',
        sandboxApiBaseUrl: 'http://localhost:1/auth',
      },
      build,
    );
    expect(env.apiBaseUrl).toBe(ENVIRONMENT_DEFAULTS.production.apiBaseUrl);
  });
});

describe('TimeZoneSchema', () => {
  it.each([
    ['Europe/London', 'Europe/London'],
    [' Asia/Karachi ', 'Asia/Karachi'],
    ['UTC', 'UTC'],
  ])('accepts %j as %s', (input, zone) => {
    expect(TimeZoneSchema.parse(input)).toBe(zone);
  });

  it.each(['Mars/Olympus', '', 'Europe London', '+25:00'])('rejects %j', (input) => {
    expect(isTimeZone(input)).toBe(false);
    expect(TimeZoneSchema.safeParse(input).success).toBe(false);
  });

  it('the automatic zone is the runtime one', () => {
    expect(timeZoneOf(DEFAULT_SETTINGS)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(timeZoneOf({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Jakarta' })).toBe('Asia/Jakarta');
  });

  it('defaults parse from an empty object', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });
});
