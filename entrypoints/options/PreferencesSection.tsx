import type { MushafId } from '@/utils/mushafs';
import { MUSHAFS } from '@/utils/mushafs';
import { type Settings, TimeZoneSchema } from '@/utils/storage';
import { TextSetting } from './TextSetting';

interface Props {
  settings: Settings;
  automaticTimeZone: string;
  /** Zone names offered while typing. */
  timeZones: string[];
  onChange(patch: Partial<Settings>): void;
}

/** The default mushaf for new goals, the time zone days are counted in, and the badge. */
export function PreferencesSection({ settings, automaticTimeZone, timeZones, onChange }: Props) {
  const automatic = settings.timeZone === null;
  return (
    <section aria-labelledby="reading-title">
      <h2 id="reading-title">Reading</h2>
      <div class="field">
        <label for="mushaf">Default mushaf</label>
        <select
          id="mushaf"
          value={String(settings.mushafId)}
          onChange={(event) =>
            onChange({ mushafId: Number(event.currentTarget.value) as MushafId })
          }
        >
          {MUSHAFS.map((mushaf) => (
            <option key={mushaf.id} value={String(mushaf.id)}>
              {mushaf.name} ({mushaf.pages} pages)
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Time zone</legend>
        <div class="choice">
          <input
            type="checkbox"
            id="timezone-automatic"
            checked={automatic}
            aria-describedby="timezone-automatic-hint"
            onChange={(event) =>
              onChange({ timeZone: event.currentTarget.checked ? null : automaticTimeZone })
            }
          />
          <label for="timezone-automatic">Set automatically</label>
          <p class="hint" id="timezone-automatic-hint">
            This browser’s time zone: {automaticTimeZone}. Days and streaks are counted in the zone
            used.
          </p>
        </div>
        {!automatic && (
          <>
            <TextSetting
              id="timezone"
              label="Time zone"
              value={settings.timeZone ?? ''}
              placeholder={automaticTimeZone}
              hint="An IANA name such as Europe/London or Asia/Karachi."
              schema={TimeZoneSchema}
              list="timezones"
              onCommit={(zone) => onChange({ timeZone: zone || null })}
            />
            <datalist id="timezones">
              {timeZones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </fieldset>
      <div class="choice">
        <input
          type="checkbox"
          id="badge"
          checked={settings.badge}
          aria-describedby="badge-hint"
          onChange={(event) => onChange({ badge: event.currentTarget.checked })}
        />
        <label for="badge">Show what is left of today’s reading on the toolbar button</label>
        <p class="hint" id="badge-hint">
          Minutes, pages or verses left, or ✓ once today’s reading is done. It is asked at most
          every 30 minutes while you have a goal.
        </p>
      </div>
    </section>
  );
}
