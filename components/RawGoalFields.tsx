import type { Draft } from '@/utils/goal-form';
import { GOAL_CATEGORIES, GOAL_TYPES } from '@/utils/goal-rules';
import { Field } from './Field';
import { useI18n } from './i18n';

/** The advanced goal and its problems. */
export interface AdvancedFieldsProps {
  raw: Draft['raw'];
  errors: {
    rawType?: string | undefined;
    rawCategory?: string | undefined;
    rawAmount?: string | undefined;
  };
  onChange(raw: Draft['raw']): void;
}

/** Any type and category `POST /v1/goals` accepts, with a raw amount (inside `AdvancedFields`). */
export function RawGoalFields({ raw, errors, onChange }: AdvancedFieldsProps) {
  const { t } = useI18n();
  const set = (patch: Partial<Draft['raw']>) => onChange({ ...raw, ...patch });
  const select = (id: 'rawType' | 'rawCategory', values: readonly string[]) => (
    <div class="field">
      <label for={id}>{t(id)}</label>
      <select
        id={id}
        value={raw[id === 'rawType' ? 'type' : 'category']}
        disabled={!raw.on}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={errors[id] ? `${id}-error` : undefined}
        onChange={(event) =>
          set({ [id === 'rawType' ? 'type' : 'category']: event.currentTarget.value })
        }
      >
        {values.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      {errors[id] && (
        <small id={`${id}-error`} class="error">
          {errors[id]}
        </small>
      )}
    </div>
  );
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={raw.on}
          onChange={(event) => set({ on: event.currentTarget.checked })}
        />
        {t('rawOn')}
      </label>
      {select('rawType', GOAL_TYPES)}
      {select('rawCategory', GOAL_CATEGORIES)}
      <Field
        id="raw-amount"
        label={t('rawAmount')}
        value={raw.amount}
        hint={t('rawAmountHint')}
        error={errors.rawAmount}
        disabled={!raw.on}
        dir="ltr"
        onValue={(amount) => set({ amount })}
      />
    </>
  );
}
