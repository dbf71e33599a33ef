import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/storage';

type Reminder = Settings['reminder'];

/** The weekdays as the reminder stores them: 0 = Sunday. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const REFUSED =
  'Notifications were not allowed, so the reminder stays off. Turn it on again to allow them.';

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
      <h2 id="reminders-title">Reminders</h2>
      <div class="choice">
        <input
          type="checkbox"
          id="reminder-on"
          checked={reminder.on}
          aria-describedby={described}
          onChange={(event) => toggle(event.currentTarget)}
        />
        <label for="reminder-on">Daily reminder</label>
        <p class="hint" id="reminder-hint">
          A notification at the time below, only on a day your reading is not done yet, and one more
          two hours before the day ends when your streak would break. None while you are signed out.
        </p>
        {problem && (
          <p class="problem" id="reminder-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div class="field">
        <label for="reminder-time">Reminder time</label>
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
        <legend>Remind me on</legend>
        {WEEKDAYS.map((name, day) => (
          <div class="choice" key={name}>
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
