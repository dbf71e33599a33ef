import { type ContextPreset, PRESETS, type Preset, RAMADAN_DAYS } from '@/utils/presets';
import { useI18n } from './i18n';
import { RadioGroup } from './RadioGroup';

interface Props {
  /** The preset the form was filled from, if the reader has not changed it since. */
  current: string | null;
  /** Ramadan's length while the Ramadan preset is chosen. */
  ramadanDays: string;
  fromPage: readonly ContextPreset[];
  onPreset(preset: Preset): void;
  onPagePreset(preset: ContextPreset): void;
  onRamadanDays(days: string): void;
}

/** One-click goals: the fixed presets, and those from the page the reader is on. */
export function PresetPicker(props: Props) {
  const { t, number } = useI18n();
  const pressed = (id: string) => (props.current === id ? 'true' : 'false');
  return (
    <section aria-labelledby="presets-title">
      <h2 id="presets-title">{t('presetsTitle')}</h2>
      {props.fromPage.length > 0 && (
        <ul class="presets" aria-label={t('fromThisPage')}>
          {props.fromPage.map((preset) => (
            <li key={preset.id}>
              <button
                type="button"
                aria-pressed={pressed(preset.id)}
                onClick={() => props.onPagePreset(preset)}
              >
                {t(`page_${preset.kind}`, preset.number ? number(preset.number) : '')}{' '}
                <small dir="ltr">
                  {preset.from}–{preset.to}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul class="presets">
        {PRESETS.map((preset, index) => (
          <li key={preset.id}>
            {/* Named by its title alone (all of its text); the recommendation describes it. */}
            <button
              type="button"
              aria-pressed={pressed(preset.id)}
              aria-describedby={index === 0 ? 'preset-recommended' : undefined}
              onClick={() => props.onPreset(preset)}
            >
              {t(`preset_${preset.id}`)}
            </button>
            {index === 0 && <small id="preset-recommended">{t('recommended')}</small>}
          </li>
        ))}
      </ul>
      {props.current === 'ramadan' && (
        <RadioGroup
          legend={t('ramadanLength')}
          name="ramadan-days"
          value={props.ramadanDays}
          options={RAMADAN_DAYS.map((days) => ({ value: days, label: t('nDays', number(+days)) }))}
          onChange={props.onRamadanDays}
        />
      )}
    </section>
  );
}
