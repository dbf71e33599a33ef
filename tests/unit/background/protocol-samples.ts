import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import type { MessageName } from '@/utils/messages';

const account = { signedIn: false, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: [] };

/** A valid request, some malformed ones and a valid answer for every message of the protocol. */
export const PROTOCOL_SAMPLES: Record<
  MessageName,
  { valid: unknown; malformed: unknown[]; answer: unknown }
> = {
  getAccountState: { valid: {}, malformed: [null, 'x'], answer: account },
  createGoal: {
    valid: { goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } } },
    malformed: [
      {},
      { goal: { mushafId: 8, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } } },
      { goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN', x: 1 } } },
      {
        goal: {
          mushafId: 4,
          body: { type: 'QURAN_RANGE', amount: '2:300-2:301', category: 'QURAN' },
        },
      },
      {
        goal: { mushafId: 4, body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' } },
        replace: 'yes',
      },
    ],
    answer: { status: 'created', goalId: 'g1' },
  },
  updateGoal: {
    valid: {
      goalId: 'g1',
      goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 3, category: 'QURAN' } },
    },
    malformed: [
      {
        goalId: '',
        goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 3, category: 'QURAN' } },
      },
      { goalId: 'g1', goal: { mushafId: 4, body: { amount: 3 } } },
      { goalId: 'g1', mushafId: 4, body: { type: 'QURAN_PAGES', amount: 3, category: 'QURAN' } },
    ],
    answer: { goalId: 'g1', remade: false },
  },
  getGoalDefinition: {
    valid: { goalId: 'g1' },
    malformed: [{}, { goalId: '' }, { goalId: 3 }],
    answer: { goal: null },
  },
  deleteGoal: {
    valid: { goalId: 'g1', category: 'QURAN' },
    malformed: [{ goalId: 'g1' }, { goalId: 'g1', category: 'BOOKS' }],
    answer: {},
  },
  estimateGoal: {
    valid: {
      goal: {
        mushafId: 7,
        body: { type: 'QURAN_PAGES', amount: 548, category: 'QURAN', duration: 30 },
      },
    },
    malformed: [
      { goal: { mushafId: 7, body: { type: 'QURAN_PAGES', amount: 549, category: 'QURAN' } } },
    ],
    answer: { week: [{ date: '2026-01-01', amount: 18.3 }] },
  },
  getTodaysPlan: {
    valid: { type: 'QURAN_TIME', mushafId: 1 },
    malformed: [{ type: 'COURSE', mushafId: 1 }, { type: 'QURAN_TIME' }],
    answer: { hasGoal: false },
  },
  signIn: { valid: {}, malformed: [[]], answer: { ...account, signedIn: true, scopes: ['goal'] } },
  signOut: { valid: {}, malformed: [42], answer: account },
  getPopupContext: {
    valid: {},
    malformed: [undefined],
    answer: { pageContext: null, prefill: null },
  },
  getOutbox: { valid: {}, malformed: ['x'], answer: { entries: [] } },
  flushOutbox: { valid: {}, malformed: [7], answer: { entries: [] } },
  cancelOutboxEntry: {
    valid: { entryId: 'e1' },
    malformed: [{}, { entryId: '' }],
    answer: { entries: [] },
  },
  sendOutboxEntry: {
    valid: { entryId: 'e1' },
    malformed: [{}, { entryId: '' }, { entryId: 7 }],
    answer: { entries: [], sent: true },
  },
  logReading: {
    valid: {
      reading: {
        mushafId: 4,
        ranges: [{ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 7 } }],
      },
    },
    malformed: [
      {},
      { reading: { mushafId: 4, ranges: [] } },
      { reading: { mushafId: 4, ranges: [], seconds: 0 } },
      {
        reading: {
          mushafId: 4,
          ranges: [{ from: { surah: 1, ayah: 1 }, to: { surah: 1, ayah: 8 } }],
        },
      },
      { reading: { mushafId: 4, ranges: [], seconds: 60, date: '2 March' } },
    ],
    answer: { status: 'logged', date: '2026-01-01', seconds: 60, ranges: ['1:1-1:7'] },
  },
  getToday: {
    valid: { since: '2026-01-01' },
    malformed: [null, 'x', { since: '1 January' }],
    answer: { streakDays: 3, readToday: false, lastPosition: null },
  },
};
