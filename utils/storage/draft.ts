import { DEFAULT_DRAFT, type Draft, type Schedule } from '../goal-form';

/** Version of the stored draft's shape; a stored draft of another version is not used. */
export const DRAFT_VERSION = 1;

/** What is stored under `DRAFT_KEY`: the draft with the version of its shape. */
export const storedDraft = (draft: Draft) => ({ version: DRAFT_VERSION, draft });

const TEXT_FIELDS = ['minutes', 'pages', 'from', 'to', 'days', 'finishBy'] as const;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const text = (value: unknown, fallback: string) =>
  typeof value === 'string' ? value.slice(0, 200) : fallback;

/**
 * Reads what storage holds: the draft when it is one of this version, else null. Each field
 * is checked on its own and falls back to its default, so one bad value loses nothing else.
 */
export function parseStoredDraft(stored: unknown): Draft | null {
  if (!isRecord(stored) || stored.version !== DRAFT_VERSION || !isRecord(stored.draft)) return null;
  const d = stored.draft;
  const raw = isRecord(d.raw) ? d.raw : {};
  const draft: Draft = {
    ...DEFAULT_DRAFT,
    type: oneOf(d.type, ['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE'], DEFAULT_DRAFT.type),
    schedule:
      d.schedule === null ? null : oneOf<Schedule>(d.schedule, ['daily', 'days', 'date'], 'daily'),
    mushafId: typeof d.mushafId === 'number' ? d.mushafId : DEFAULT_DRAFT.mushafId,
    raw: {
      on: raw.on === true,
      type: text(raw.type, DEFAULT_DRAFT.raw.type),
      category: text(raw.category, DEFAULT_DRAFT.raw.category),
      amount: text(raw.amount, DEFAULT_DRAFT.raw.amount),
    },
    preset: typeof d.preset === 'string' ? d.preset : null,
  };
  for (const field of TEXT_FIELDS) draft[field] = text(d[field], DEFAULT_DRAFT[field]);
  return draft;
}
