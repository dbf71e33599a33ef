import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePlan } from '../../../scripts/smoke-prelive/evidence';
import { findingLine } from '../../../scripts/smoke-prelive/findings';
import { judgePut, judgeSecondGoal } from '../../../scripts/smoke-prelive/goal-questions';
import { refusal } from '../../../scripts/smoke-prelive/inputs';
import {
  judgeOrigin,
  judgePageEstimates,
  scopeClaim,
  spoil,
} from '../../../scripts/smoke-prelive/questions';
import type { TodaysPlan } from '../../../utils/goals';

/**
 * `npm run smoke:prelive` run as a maintainer runs it, on the paths that stop before anything
 * is built or launched: no client id, or a production environment named.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/smoke-prelive.ts');
const TIMEOUT_MS = 60_000;

/** The variables the script reads, removed so that the machine's own do not leak in. */
const INPUTS = [
  'QF_PRELIVE_CLIENT_ID',
  'WXT_QF_ENV',
  'WXT_QF_API_BASE_URL',
  'WXT_QF_OAUTH_BASE_URL',
  'WXT_QF_CLIENT_ID',
];

interface Run {
  code: number | null;
  output: string;
}

function runScript(vars: Record<string, string>): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !INPUTS.includes(key)) env[key] = value;
  }
  // No display and no browser to find: a path that went further could not open a window.
  Object.assign(env, { DISPLAY: '', CHROME_PATH: '/nonexistent/chromium' }, vars);
  return new Promise((done) => {
    execFile(TSX, [SCRIPT], { cwd: ROOT, env, timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      done({
        code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
        output: `${stdout}${stderr}`,
      });
    });
  });
}

describe('npm run smoke:prelive', () => {
  it(
    'without QF_PRELIVE_CLIENT_ID says what it needs, checks nothing and exits 0',
    async () => {
      const run = await runScript({});
      expect(run.code).toBe(0);
      expect(run.output).toContain('QF_PRELIVE_CLIENT_ID');
      expect(run.output).toMatch(/https:\/\/[a-p]{32}\.chromiumapp\.org\//);
      expect(run.output).toContain('pre-live account');
      expect(run.output).toContain('nothing was checked');
      expect(run.output).not.toContain('Building');
    },
    TIMEOUT_MS,
  );

  it(
    'refuses production named by WXT_QF_ENV and exits 1',
    async () => {
      const run = await runScript({
        WXT_QF_ENV: 'production',
        QF_PRELIVE_CLIENT_ID: 'some-client',
      });
      expect(run.code).toBe(1);
      expect(run.output).toContain('production');
      expect(run.output).toContain('Refusing to run');
      expect(run.output).not.toContain('Building');
    },
    TIMEOUT_MS,
  );

  it(
    'refuses a production host in WXT_QF_OAUTH_BASE_URL and exits 1',
    async () => {
      const run = await runScript({
        WXT_QF_OAUTH_BASE_URL: 'https://oauth2.quran.foundation',
        QF_PRELIVE_CLIENT_ID: 'some-client',
      });
      expect(run.code).toBe(1);
      expect(run.output).toContain('production (oauth2.quran.foundation)');
      expect(run.output).not.toContain('Building');
    },
    TIMEOUT_MS,
  );
});

/** Each question's judging, on answers made up in the shapes the extension gives. */
const ok = <T>(value: T) => ({ ok: true as const, value });
const plan = (value: TodaysPlan) => ok(value);
const failed = { ok: false as const, error: { kind: 'network' as const, message: 'offline' } };
const jwt = (claims: object) =>
  ['{}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');

describe('smoke:prelive judging', () => {
  it("names today's goal by goalId only, never by the day's id", () => {
    expect(describePlan(plan({ hasGoal: true, goalId: 'g1', dailyTargetSeconds: 300 }))).toBe(
      "today's plan showed goal g1 (300 s today)",
    );
    const day = describePlan(plan({ hasGoal: true, id: 'day-7' }));
    expect(day).toBe("today's plan showed a goal but not its id");
    expect(describePlan(plan({ hasGoal: false }))).toBe("today's plan showed no goal");
    expect(describePlan(failed)).toContain('failed (network: "offline")');
  });

  it("tells a second goal beside the first only from the goalId of today's plan", () => {
    const beside = judgeSecondGoal(plan({ hasGoal: true, goalId: 'first' }), 'first', 'e');
    expect(beside).toEqual({ answer: 'it makes a second goal beside the first', evidence: 'e' });
    const dayId = judgeSecondGoal(plan({ hasGoal: true, id: 'first' }), 'first', 'e');
    expect(dayId).toEqual({ why: expect.stringContaining('not its id') });
    const gone = judgeSecondGoal(plan({ hasGoal: false }), 'first', 'e');
    expect(gone).toMatchObject({ answer: expect.stringContaining('the first was gone') });
    expect(judgeSecondGoal(plan({ hasGoal: true, goalId: 'other' }), 'first', 'e')).toEqual({
      why: 'e',
    });
    expect(judgeSecondGoal(failed, 'first', 'e')).toEqual({ why: 'e' });
  });

  it('judges the PUT without duration by the daily target', () => {
    expect(judgePut(1200, 'e')).toMatchObject({ answer: expect.stringContaining('daily') });
    expect(judgePut(120, 'e')).toMatchObject({ answer: expect.stringContaining('old duration') });
    expect(judgePut(500, 'e')).toMatchObject({ why: expect.stringContaining('neither') });
    expect(judgePut(undefined, 'e')).toMatchObject({ why: expect.stringContaining('no daily') });
  });

  it('judges page estimates fractional only when a day is', () => {
    const week = (...amounts: Array<number | string>) =>
      ok({ week: amounts.map((amount, i) => ({ date: `2025-01-0${i + 1}`, amount })) });
    expect(judgePageEstimates(week(3.33, '3.34', 3.33))).toMatchObject({ answer: 'yes' });
    expect(judgePageEstimates(week(4, 3, 3))).toMatchObject({
      answer: expect.stringContaining('whole number'),
    });
    expect(judgePageEstimates(week('a'))).toMatchObject({
      why: expect.stringContaining('not all'),
    });
    expect(judgePageEstimates(failed)).toMatchObject({ why: expect.stringContaining('failed') });
  });

  it("answers the origin question from the worker's calls", () => {
    const call = (status: number | null) => ({
      method: 'GET',
      address: 'apis-prelive.quran.foundation/auth/v1/goals/estimate',
      status,
      origin: 'chrome-extension://abc',
    });
    expect(judgeOrigin([call(403), call(200)], 'abc', failed)).toMatchObject({ answer: 'yes' });
    expect(judgeOrigin([call(403)], 'abc', failed)).toMatchObject({
      why: expect.stringContaining('no call was accepted'),
    });
    expect(judgeOrigin([], 'abc', ok({ week: [] }))).toMatchObject({ answer: 'yes' });
    expect(judgeOrigin([call(null)], 'abc', failed)).toMatchObject({ why: expect.any(String) });
  });

  it('reads the scope claim and spoils a JWT by its signature', () => {
    expect(scopeClaim(jwt({ scope: 'openid goal' }))).toEqual({
      name: 'scope',
      scopes: ['openid', 'goal'],
    });
    expect(scopeClaim(jwt({ scp: ['goal'] }))).toEqual({ name: 'scp', scopes: ['goal'] });
    expect(scopeClaim('opaque')).toBeNull();
    const token = jwt({});
    const spoiled = spoil(token).token.split('.');
    expect(spoiled.slice(0, 2)).toEqual(token.split('.').slice(0, 2));
    expect(spoiled[2]).not.toBe(token.split('.')[2]);
    expect(spoil('opaque').token).toBe('not-a-valid-access-token');
  });

  it('writes a finding as answer and evidence, or why not', () => {
    expect(findingLine('scopes', { answer: 'goal', evidence: 'e' })).toBe(
      'Which scopes were granted?: goal (e)',
    );
    expect(findingLine('scopes', { why: 'w' })).toBe(
      'Which scopes were granted?: could not tell (w)',
    );
  });

  it('accepts pre-live and refuses any other server', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ WXT_QF_API_BASE_URL: 'https://apis-prelive.quran.foundation/auth/' })).toBe(
      null,
    );
    expect(refusal({ WXT_QF_ENV: 'sandbox' })).toContain('"sandbox"');
    expect(refusal({ WXT_QF_API_BASE_URL: 'https://apis.quran.foundation/auth' })).toContain(
      'points at production',
    );
  });
});
