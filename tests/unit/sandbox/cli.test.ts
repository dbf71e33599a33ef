import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCli } from '../../../sandbox/cli-options';
import { startSandbox } from '../../../sandbox/server';
import { SandboxClient } from './sandbox-client';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TIME_GOAL = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' };
const children: ChildProcess[] = [];

/** Runs the CLI; resolves with its output once it exits or prints its base URL. */
function runCli(
  args: string[],
): Promise<{ child: ChildProcess; url?: string; output: string; code?: number | null }> {
  const child = spawn(TSX, ['sandbox/cli.ts', ...args], { cwd: ROOT });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk;
      const url = /Quran Foundation sandbox ready at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(
        output,
      )?.[1];
      if (url) resolve({ child, url, output });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ child, output, code }));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

// Each test starts the command with tsx, which takes seconds on a busy machine.
describe('sandbox CLI', { timeout: 20_000 }, () => {
  it('prints its URL when ready, serves, keeps goals in --data and stops cleanly on SIGTERM', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'qf-sandbox-')), 'goals.json');
    const { child, url } = await runCli([
      '--port',
      '0',
      '--quiet',
      '--existing-goal',
      'reject',
      '--data',
      dataFile,
    ]);
    expect(url).toBeDefined();
    const client = new SandboxClient(url as string);
    await client.signIn();
    await client.createGoal(TIME_GOAL);
    expect((await client.api('POST', '/goals?mushafId=4', { body: TIME_GOAL })).status).toBe(422);
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).goals).toHaveLength(1);
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it.each([
    [['--help'], 0, /Usage: npm run sandbox -- \[options\]/],
    [['--existing-goal', 'sometimes'], 2, /--existing-goal must be allow, reject or replace/],
    [['--put', 'merge'], 2, /--put must be partial or replace/],
  ])('answers %j with its usage and exit code %i', async (args, exitCode, message) => {
    const { output, code } = await runCli(args);
    expect(code).toBe(exitCode);
    expect(output).toMatch(message);
    expect(output).toMatch(/--token-lifetime SECONDS/);
    for (const flag of [
      '--time-cap',
      '--page-cap',
      '--category-match',
      '--strict-timezone',
      '--expired-token STATUS',
      '--put MODE',
      '--plan-goal WHICH',
      '--plan-mushaf WHICH',
      '--activity-merge MODE',
      '--pages-from HOW',
      '--streak-today COUNT',
      '--streak-day WHAT',
      '--streak-window HOW',
      '--api-document WHICH',
      '--reading-session-scope S',
      '--reading-rate SECONDS',
      '--client-scopes "SCOPES"',
    ]) {
      expect(output).toContain(flag);
    }
  });

  it('starts with the settings its flags name', async () => {
    const { url } = await runCli([
      '--port',
      '0',
      '--quiet',
      '--expired-token',
      '403',
      '--put',
      'replace',
      '--time-cap',
    ]);
    const client = new SandboxClient(url as string);
    expect((await client.control('settings')).body).toMatchObject({
      expiredToken: 403,
      put: 'replace',
      timeCap: true,
      pageCap: false,
    });
    const refused = await client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', {
      token: null,
    });
    expect(refused).toMatchObject({ status: 403, body: { type: 'forbidden' } });
  });
});

describe('parseCli', () => {
  it.each<[string[], object]>([
    [[], { options: { port: 8787, quiet: false } }],
    [
      [
        '--port',
        '0',
        '--existing-goal',
        'replace',
        '--token-lifetime',
        '5',
        '--data',
        'g.json',
        '--quiet',
      ],
      {
        options: {
          port: 0,
          existingGoal: 'replace',
          tokenLifetime: 5,
          dataFile: 'g.json',
          quiet: true,
        },
      },
    ],
    [
      [
        '--time-cap',
        '--page-cap',
        '--category-match',
        '--strict-timezone',
        '--expired-token',
        '403',
        '--put',
        'replace',
        '--plan-goal',
        'newest',
        '--plan-mushaf',
        'goal',
      ],
      {
        options: {
          port: 8787,
          quiet: false,
          timeCap: true,
          pageCap: true,
          categoryMatch: true,
          strictTimezone: true,
          expiredToken: 403,
          put: 'replace',
          planGoal: 'newest',
          planMushaf: 'goal',
        },
      },
    ],
    [
      [
        '--expired-token',
        '401',
        '--put',
        'partial',
        '--plan-goal',
        'type',
        '--plan-mushaf',
        'asked',
      ],
      {
        options: {
          port: 8787,
          quiet: false,
          expiredToken: 401,
          put: 'partial',
          planGoal: 'type',
          planMushaf: 'asked',
        },
      },
    ],
    [
      [
        '--activity-merge',
        'replace',
        '--pages-from',
        'average',
        '--streak-today',
        'zero',
        '--streak-day',
        'any',
        '--streak-window',
        'overlap',
        '--api-document',
        'prelive',
        '--reading-session-scope',
        'none',
        '--reading-rate',
        '7',
        '--client-scopes',
        'openid offline_access goal',
      ],
      {
        options: {
          port: 8787,
          quiet: false,
          activityMerge: 'replace',
          pagesFrom: 'average',
          streakToday: 'zero',
          streakDay: 'any',
          streakWindow: 'overlap',
          apiDocument: 'prelive',
          readingSessionScope: 'none',
          readingRate: 7,
          clientScopes: 'openid offline_access goal',
        },
      },
    ],
    [
      [
        '--activity-merge',
        'add',
        '--pages-from',
        'table',
        '--streak-today',
        'yesterday',
        '--streak-day',
        'verse',
        '--streak-window',
        'within',
        '--api-document',
        'production',
        '--reading-session-scope',
        'reading_session',
      ],
      {
        options: {
          port: 8787,
          quiet: false,
          activityMerge: 'add',
          pagesFrom: 'table',
          streakToday: 'yesterday',
          streakDay: 'verse',
          streakWindow: 'within',
          apiDocument: 'production',
          readingSessionScope: 'reading_session',
        },
      },
    ],
    [['--activity-merge', 'sum'], { error: '--activity-merge must be add or replace.' }],
    [['--pages-from', 'lines'], { error: '--pages-from must be table or average.' }],
    [['--streak-today', 'one'], { error: '--streak-today must be yesterday or zero.' }],
    [['--streak-day', 'page'], { error: '--streak-day must be verse or any.' }],
    [['--streak-window', 'all'], { error: '--streak-window must be within or overlap.' }],
    [['--api-document', 'beta'], { error: '--api-document must be production or prelive.' }],
    [
      ['--reading-session-scope', 'goal'],
      { error: '--reading-session-scope must be reading_session or none.' },
    ],
    [['--reading-rate', '0'], { error: '--reading-rate must be a whole number ≥ 1.' }],
    [['--client-scopes', 'openid all'], { error: expect.stringMatching(/"all"/) }],
    [['--expired-token', '402'], { error: '--expired-token must be 401 or 403.' }],
    [['--put', 'merge'], { error: '--put must be partial or replace.' }],
    [['--plan-goal', 'latest'], { error: '--plan-goal must be type or newest.' }],
    [['--plan-mushaf', '7'], { error: '--plan-mushaf must be asked or goal.' }],
    [['--time-cap=yes'], { error: expect.stringMatching(/time-cap/) }],
    [['--help'], { help: true }],
    [['--port', 'eighty'], { error: '--port must be a whole number ≥ 0.' }],
    [['--port', '-1'], { error: expect.stringMatching(/port/) }],
    [['--token-lifetime', '0'], { error: '--token-lifetime must be a whole number ≥ 1.' }],
    [
      ['--existing-goal', 'sometimes'],
      { error: '--existing-goal must be allow, reject or replace.' },
    ],
    [['--verbose'], { error: expect.stringMatching(/verbose/) }],
    [['extra'], { error: expect.stringMatching(/extra/) }],
  ])('reads %j', (args, expected) => {
    expect(parseCli(args)).toEqual(expected);
  });

  it('leaves every setting it is not given to the defaults', () => {
    const request = parseCli([]);
    expect(request).toHaveProperty('options');
    const options = (request as { options: Record<string, unknown> }).options;
    for (const name of [
      'timeCap',
      'pageCap',
      'categoryMatch',
      'strictTimezone',
      'put',
      'activityMerge',
      'pagesFrom',
      'streakToday',
      'readingRate',
      'clientScopes',
    ]) {
      expect(options[name], name).toBeUndefined();
    }
  });
});

describe('--data persistence', () => {
  it('loads the goals a previous sandbox kept, and writes each change', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'qf-sandbox-')), 'goals.json');
    const first = await startSandbox({ port: 0, quiet: true, dataFile });
    const before = new SandboxClient(first.url);
    await before.signIn();
    await before.createGoal(TIME_GOAL);
    const id = await before.createGoal({ type: 'QURAN_PAGES', amount: 4, category: 'QURAN' });
    await first.close();

    const second = await startSandbox({ port: 0, quiet: true, dataFile });
    try {
      const after = new SandboxClient(second.url);
      expect(((await after.control('goals')).body as { goals: unknown[] }).goals).toHaveLength(2);
      await after.signIn();
      const plan = await after.api('GET', '/goals/get-todays-plan?type=QURAN_PAGES&mushafId=4');
      expect(plan.body).toMatchObject({ data: { hasGoal: true, goalId: id, dailyTargetPages: 4 } });
      await after.api('DELETE', `/goals/${id}?category=QURAN`);
      expect(JSON.parse(readFileSync(dataFile, 'utf8')).goals).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
