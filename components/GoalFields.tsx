import type { Draft, FormGoalType, FormIssue } from '@/utils/goal-form';
import { MUSHAFS, mushafPageCount } from '@/utils/mushafs';
import { fieldErrors } from '@/utils/problem-words';
import { AdvancedFields } from './AdvancedFields';
import { Field } from './Field';
import { useI18n } from './i18n';
import { lazy } from './lazy';
import { RadioGroup } from './RadioGroup';
import { ScheduleFields } from './ScheduleFields';

/** Fetched when the reader first chooses a verse range. */
export const LazyVerseRangeFields = lazy(() =>
  import('./VerseRangeFields').then((m) => m.VerseRangeFields),
);

export interface GoalFieldsProps {
  draft: Draft;
  /** What is wrong with the form as it reads now (each field shows its first problem). */
  issues: readonly FormIssue[];
  today: string;
  duration: number | null;
  onChange(patch: Partial<Draft>): void;
}

/**
 * The custom goal, opened by "Customize": type and amount, schedule, mushaf, and the advanced
 * raw goal. Its own chunk, fetched after the popup's first paint.
 */
export function GoalFields({ draft, issues, today, duration, onChange }: GoalFieldsProps) {
  const i18n = useI18n();
  const { t, count, number } = i18n;
  const errors = fieldErrors(issues, i18n);
  const pages = mushafPageCount(draft.mushafId as never);
  const minutesHint = t(draft.schedule === 'daily' ? 'perDay' : 'inTotal');
  return (
    <div id="custom-fields" class="custom-fields">
      <fieldset class="custom" disabled={draft.raw.on}>
        <RadioGroup<FormGoalType>
          legend={t('goalType')}
          name="goal-type"
          value={draft.type}
          options={[
            { value: 'QURAN_TIME', label: t('typeTime') },
            { value: 'QURAN_PAGES', label: t('typePages') },
            { value: 'QURAN_RANGE', label: t('typeRange') },
          ]}
          onChange={(type) => onChange({ type })}
        />
        {draft.type === 'QURAN_TIME' && (
          <Field
            id="minutes"
            label={t('minutes')}
            value={draft.minutes}
            inputMode="decimal"
            hint={minutesHint}
            error={errors.minutes}
            onValue={(minutes) => onChange({ minutes })}
          />
        )}
        {draft.type === 'QURAN_PAGES' && (
          <Field
            id="pages"
            label={t(draft.schedule === 'daily' ? 'pagesPerDay' : 'pagesInTotal')}
            value={draft.pages}
            inputMode="numeric"
            hint={t('pagesRange', number(pages))}
            error={errors.pages}
            onValue={(value) => onChange({ pages: value })}
          />
        )}
        {draft.type === 'QURAN_RANGE' && (
          <LazyVerseRangeFields
            from={draft.from}
            to={draft.to}
            madaniPages={pages === 604}
            errors={errors}
            onChange={onChange}
          />
        )}
      </fieldset>
      <ScheduleFields
        schedule={draft.schedule}
        days={draft.days}
        finishBy={draft.finishBy}
        today={today}
        duration={duration}
        errors={errors}
        onChange={onChange}
      />
      <div class="field">
        <label for="mushaf">{t('mushaf')}</label>
        <select
          id="mushaf"
          value={String(draft.mushafId)}
          onChange={(event) => onChange({ mushafId: Number(event.currentTarget.value) })}
        >
          {MUSHAFS.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.name} ({count('nPages', m.pages, number(m.pages))})
            </option>
          ))}
        </select>
      </div>
      <AdvancedFields raw={draft.raw} errors={errors} onChange={(raw) => onChange({ raw })} />
    </div>
  );
}
