import { lastDay, type Schedule } from '@/utils/goal-form';
import { Field } from './Field';
import { useI18n } from './i18n';
import { RadioGroup } from './RadioGroup';

interface Props {
  schedule: Schedule | null;
  days: string;
  finishBy: string;
  /** Today in the reader's time zone (`YYYY-MM-DD`). */
  today: string;
  /** The goal's length as read from the form, when it is valid. */
  duration: number | null;
  errors: {
    schedule?: string | undefined;
    days?: string | undefined;
    finishBy?: string | undefined;
  };
  onChange(patch: { schedule?: Schedule; days?: string; finishBy?: string }): void;
}

/** Every day, over a number of days, or by a date; a length is shown as both days and date. */
export function ScheduleFields({
  schedule,
  days,
  finishBy,
  today,
  duration,
  errors,
  onChange,
}: Props) {
  const { t, count, number, date } = useI18n();
  const span =
    duration !== null && schedule !== 'daily' && schedule !== null
      ? count('untilDate', duration, date(lastDay(today, duration)), number(duration))
      : undefined;
  return (
    <>
      <RadioGroup
        legend={t('schedule')}
        name="schedule"
        value={schedule}
        error={errors.schedule}
        options={[
          { value: 'daily', label: t('everyDay') },
          { value: 'days', label: t('overDays') },
          { value: 'date', label: t('byDate') },
        ]}
        onChange={(value) => onChange({ schedule: value })}
      />
      {schedule === 'days' && (
        <Field
          id="days"
          label={t('days')}
          value={days}
          inputMode="numeric"
          error={errors.days}
          hint={span}
          onValue={(v) => onChange({ days: v })}
        />
      )}
      {schedule === 'date' && (
        <Field
          id="finish-by"
          label={t('finishBy')}
          type="date"
          min={today}
          value={finishBy}
          error={errors.finishBy}
          hint={span}
          onValue={(v) => onChange({ finishBy: v })}
        />
      )}
    </>
  );
}
