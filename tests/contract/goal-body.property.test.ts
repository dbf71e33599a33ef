import fc from 'fast-check';
import {
  findAyahIdBySurah,
  findSurahAyahByAyahId,
  getAyahCountInSurah,
  isValidSurah,
} from 'quran-meta/hafs';
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../unit/sandbox/sandbox-client';
import { operation, requestBodyValidator } from './openapi';

/**
 * Random create-goal bodies: the sandbox must accept exactly those that the official body
 * schema accepts and that pass the server's rules, answer 400 to every body the schema
 * rejects, and 422 to the rest; with the rule options off (the default) and on.
 */

const context = useSandbox();
const officialBody = requestBodyValidator('production', '/v1/goals', 'post');

/** Page counts from the shared README (the documents list only the ids). */
const PAGES: Record<number, number> = { 6: 610, 7: 548 };
type Parameter = { name: string; schema: { enum?: number[] } };
const createOperation = operation('production', '/v1/goals', 'post') as { parameters: Parameter[] };
const mushafIds = createOperation.parameters.find((p) => p.name === 'mushafId')?.schema.enum ?? [];

function isRealRange(amount: string): boolean {
  const [from, to] = amount.split('-').map((key) => key.split(':').map(Number));
  const real = ([s, a = 0]: number[]) =>
    isValidSurah(s) && Number.isInteger(a) && a >= 1 && a <= getAyahCountInSurah(s);
  if (!from || !to || !real(from) || !real(to)) return false;
  return (
    findAyahIdBySurah(from[0] as never, from[1] as never) <=
    findAyahIdBySurah(to[0] as never, to[1] as never)
  );
}

/** The rules sandbox/README.md names as options, all off by default. */
interface Rules {
  timeCap: boolean;
  pageCap: boolean;
  categoryMatch: boolean;
}
const DEFAULT_RULES: Rules = { timeCap: false, pageCap: false, categoryMatch: false };
const EVERY_RULE: Rules = { timeCap: true, pageCap: true, categoryMatch: true };
const QURAN_TYPES = ['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE'];

/**
 * The server's rules, written independently of the sandbox's code: the amount's form follows
 * the type (contract/qf-api/README.md), a range names real verses in order, and the options.
 */
function passesRules(body: Record<string, unknown>, mushafId: number, rules: Rules): boolean {
  const type = String(body.type);
  const category = QURAN_TYPES.includes(type) ? 'QURAN' : type;
  if (rules.categoryMatch && body.category !== category) return false;
  const days = typeof body.duration === 'number' ? body.duration : 1;
  switch (body.type) {
    case 'QURAN_TIME':
      return typeof body.amount === 'number' && (!rules.timeCap || body.amount <= 86_400 * days);
    case 'QURAN_PAGES':
      return (
        typeof body.amount === 'number' &&
        (!rules.pageCap || body.amount <= (PAGES[mushafId] ?? 604))
      );
    case 'QURAN_RANGE':
      return typeof body.amount === 'string' && isRealRange(body.amount);
    default:
      return true;
  }
}

const verseKey = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 300 }));
const amount = fc.oneof(
  fc.integer({ min: -5, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.tuple(verseKey, verseKey).map(([[s1, a1], [s2, a2]]) => `${s1}:${a1}-${s2}:${a2}`),
  fc.constantFrom('600', '2:1-2', ' 1:1-1:7', '1:1-1:7 ', ''),
  fc.string(),
);
const typeName = fc.oneof(
  fc.constantFrom(
    'QURAN_TIME',
    'QURAN_PAGES',
    'QURAN_RANGE',
    'COURSE',
    'QURAN_READING_PROGRAM',
    'RAMADAN_CHALLENGE',
  ),
  fc.constantFrom('quran_time', 'QURAN'),
);
const category = fc.oneof(
  fc.constantFrom('QURAN', 'COURSE', 'RAMADAN_CHALLENGE'),
  fc.constantFrom('quran', 1),
);
const duration = fc.oneof(fc.integer({ min: -2, max: 400 }), fc.constantFrom(1.5, '7', null));

const goalLike = fc.record(
  { type: typeName, amount, category, duration, extra: fc.jsonValue() },
  { requiredKeys: [] },
);
const verse = fc.integer({ min: 1, max: 6236 }).map((id) => findSurahAyahByAyahId(id).join(':'));
const plausible = fc.record(
  {
    type: fc.constantFrom(...QURAN_TYPES, 'COURSE', 'QURAN_READING_PROGRAM', 'RAMADAN_CHALLENGE'),
    amount: fc.oneof(
      fc.integer({ min: 1, max: 700 }),
      fc.integer({ min: 1, max: 200_000 }),
      fc.tuple(verse, verse).map((keys) => keys.join('-')),
    ),
    category: fc.oneof(
      { weight: 3, arbitrary: fc.constant('QURAN') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('COURSE', 'QURAN_READING_PROGRAM', 'RAMADAN_CHALLENGE'),
      },
    ),
    duration: fc.integer({ min: 1, max: 400 }),
  },
  { requiredKeys: ['type', 'amount', 'category'] },
);
const body = fc.oneof(
  { weight: 3, arbitrary: plausible },
  { weight: 4, arbitrary: goalLike },
  { weight: 1, arbitrary: fc.jsonValue() },
);

describe('create-goal body validation', () => {
  it.each<[string, Rules]>([
    ['the default settings', DEFAULT_RULES],
    ['every rule option on', EVERY_RULE],
  ])(
    'agrees with the official schema and the server rules under %s',
    { timeout: 30_000 },
    async (_, rules) => {
      await context.client.control('settings', rules);
      const seen: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom(...mushafIds), async (generated, mushafId) => {
          const sent: Record<string, unknown> = JSON.parse(JSON.stringify(generated ?? null));
          const answer = await context.client.api('POST', `/goals?mushafId=${mushafId}`, {
            body: sent,
          });
          seen[answer.status] = (seen[answer.status] ?? 0) + 1;
          if (!officialBody(sent)) {
            expect(answer.status, answer.text).toBe(400);
          } else {
            expect(answer.status, answer.text).toBe(passesRules(sent, mushafId, rules) ? 200 : 422);
          }
        }),
        { numRuns: 1_000 },
      );
      expect(Object.keys(seen).sort(), 'every outcome was exercised').toEqual([
        '200',
        '400',
        '422',
      ]);
    },
  );
});
