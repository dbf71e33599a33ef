import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import type { Settings } from '@/utils/storage';

type Reminder = Settings['reminder'];

/**
 * The weekdays' names in the reader's language, as the reminder stores them: 0 = Sunday
 * (2023-01-01 was a Sunday).
 */
function weekdays(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2023, 0, 1 + day)));
}

/** The key of the message shown when notifications were not allowed. */
const REFUSED = 'opt_notificationsRefused';

/** Asks the browser for the notifications permission; it must be called from a click. */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  /** How the permission is asked (the browser's prompt, unless a test gives another). */
  askPermission?: () => Promise<boolean>;
}

/**
 * The daily reminder: on or off, its time and its weekdays. Turning it on asks for the
 * notifications permission from the click itself (browsers grant an optional permission only
 * during a user gesture); refused, the reminder stays off and the page says why.
 */
export function RemindersSection({
  settings,
  onChange,
  askPermission = requestNotifications,
}: Props) {
  const { t, locale } = useI18n();
  const reminder = settings.reminder;
  const [problem, setProblem] = useState('');
  const change = (patch: Partial<Reminder>) => onChange({ reminder: { ...reminder, ...patch } });

  const toggle = (box: HTMLInputElement) => {
    if (!box.checked) {
      setProblem('');
      change({ on: false });
      return;
    }
    const asked = askPermission();
    // Off until the browser answers.
    box.checked = false;
    asked.then(
      (granted) => {
        setProblem(granted ? '' : REFUSED);
        if (granted) change({ on: true });
      },
      () => setProblem(REFUSED),
    );
  };

  const toggleDay = (day: number, chosen: boolean) => {
    const days = reminder.days.filter((d) => d !== day);
    change({ days: (chosen ? [...days, day] : days).sort((a, b) => a - b) });
  };

  const described = ['reminder-hint', problem && 'reminder-problem'].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('opt_reminders')}</h2>
      <div class="choice">
        <input
          type="checkbox"
          id="reminder-on"
          checked={reminder.on}
          aria-describedby={described}
          onChange={(event) => toggle(event.currentTarget)}
        />
        <label for="reminder-on">{t('opt_dailyReminder')}</label>
        <p class="hint" id="reminder-hint">
          {t('opt_reminderHint')}
        </p>
        {problem && (
          <p class="problem" id="reminder-problem" role="alert">
            {t(problem)}
          </p>
        )}
      </div>
      <div class="field">
        <label for="reminder-time">{t('opt_reminderTime')}</label>
        <input
          id="reminder-time"
          type="time"
          value={reminder.time}
          onChange={(event) => {
            const time = event.currentTarget.value.slice(0, 5);
            if (/^([01]\d|2[0-3]):[0-5]\d$/.test(time) && time !== reminder.time) change({ time });
          }}
        />
      </div>
      <fieldset>
        <legend>{t('opt_remindOn')}</legend>
        {weekdays(locale).map((name, day) => (
          <div class="choice" key={day}>
            <input
              type="checkbox"
              id={`reminder-day-${day}`}
              checked={reminder.days.includes(day)}
              onChange={(event) => toggleDay(day, event.currentTarget.checked)}
            />
            <label for={`reminder-day-${day}`}>{name}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
