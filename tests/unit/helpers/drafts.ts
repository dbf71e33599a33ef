import { DEFAULT_DRAFT, type Draft } from '@/utils/goal-form';

/** A draft as a reader leaves it: a verse range over some days, in another mushaf. */
export const SAVED_DRAFT: Draft = {
  ...DEFAULT_DRAFT,
  type: 'QURAN_RANGE',
  from: '2:255',
  to: '2:286',
  schedule: 'days',
  days: '12',
  mushafId: 6,
  preset: null,
};
