import { useI18n } from '@/components/i18n';
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
  const { t, count, number } = useI18n();
  const automatic = settings.timeZone === null;
  return (
    <section aria-labelledby="reading-title">
      <h2 id="reading-title">{t('opt_reading')}</h2>
      <div class="field">
        <label for="mushaf">{t('opt_defaultMushaf')}</label>
        <select
          id="mushaf"
          value={String(settings.mushafId)}
          onChange={(event) =>
            onChange({ mushafId: Number(event.currentTarget.value) as MushafId })
          }
        >
          {MUSHAFS.map((mushaf) => (
            <option key={mushaf.id} value={String(mushaf.id)}>
              {mushaf.name} ({count('nPages', mushaf.pages, number(mushaf.pages))})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('opt_timeZone')}</legend>
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
          <label for="timezone-automatic">{t('opt_automatic')}</label>
          <p class="hint" id="timezone-automatic-hint">
            {t('opt_browserZone', automaticTimeZone)}
          </p>
        </div>
        {!automatic && (
          <>
            <TextSetting
              id="timezone"
              label={t('opt_timeZone')}
              value={settings.timeZone ?? ''}
              placeholder={automaticTimeZone}
              hint={t('opt_zoneHint')}
              schema={TimeZoneSchema}
              invalid={t('opt_badZone')}
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
        <label for="badge">{t('opt_badge')}</label>
        <p class="hint" id="badge-hint">
          {t('opt_badgeHint')}
        </p>
      </div>
    </section>
  );
}
