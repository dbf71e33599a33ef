import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import { DRAFT_VERSION, parseStoredDraft, storedDraft } from '@/utils/storage/draft';
import { SAVED_DRAFT } from '../../helpers/drafts';

const SAVED = SAVED_DRAFT;

describe('parseStoredDraft', () => {
  it.each([
    ['nothing', undefined, null],
    ['another version', { version: DRAFT_VERSION + 1, draft: SAVED }, null],
    ['not a draft', { version: DRAFT_VERSION, draft: 'x' }, null],
    ['a draft', { version: DRAFT_VERSION, draft: SAVED }, SAVED],
    [
      'bad fields',
      { version: DRAFT_VERSION, draft: { ...SAVED, type: 'QURAN_WORDS', days: 12, raw: null } },
      {
        ...SAVED,
        type: DEFAULT_DRAFT.type,
        days: DEFAULT_DRAFT.days,
        raw: { ...DEFAULT_DRAFT.raw },
      },
    ],
  ])('reads %s', (_, stored, expected) => {
    expect(parseStoredDraft(stored)).toEqual(expected);
  });
});

describe('storedDraft', () => {
  it('keeps the draft with the version of its shape, which reads back the same', () => {
    expect(storedDraft(SAVED)).toEqual({ version: DRAFT_VERSION, draft: SAVED });
    expect(parseStoredDraft(storedDraft(SAVED))).toEqual(SAVED);
  });
});
