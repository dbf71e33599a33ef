import type { ContextPreset } from '@/utils/context-presets';
import { PRESETS, type Preset, RAMADAN_DAYS } from '@/utils/presets';
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
  /** Enter on the chosen preset: the goal is made ("Create goal"). */
  onCreate(): void;
}

/** The keys that move to the next and the previous preset, in the reading direction. */
function step(key: string, rtl: boolean): 1 | -1 | 0 {
  if (key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return 1;
  if (key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return -1;
  return 0;
}

/**
 * One-click goals: the fixed presets, and those from the page the reader is on. The arrow
 * keys move over them and choose (as in a radio group); Enter on the chosen one creates.
 */
export function PresetPicker(props: Props) {
  const { t, count, number, dir } = useI18n();
  const pressed = (id: string) => (props.current === id ? 'true' : 'false');
  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'BUTTON' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' && target.getAttribute('aria-pressed') === 'true') {
      event.preventDefault();
      return props.onCreate();
    }
    const by = step(event.key, dir === 'rtl');
    if (!by) return;
    event.preventDefault();
    const section = event.currentTarget as HTMLElement;
    const buttons = [...section.querySelectorAll<HTMLButtonElement>('.presets button')];
    const next =
      buttons[
        (buttons.indexOf(target as HTMLButtonElement) + by + buttons.length) % buttons.length
      ];
    next?.focus();
    next?.click();
  }
  return (
    <section aria-labelledby="presets-title" onKeyDown={onKeyDown}>
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
            {/* Named by its title alone; its note and the recommendation describe it. */}
            <button
              type="button"
              aria-pressed={pressed(preset.id)}
              aria-describedby={`note-${preset.id}${index === 0 ? ' preset-recommended' : ''}`}
              onClick={() => props.onPreset(preset)}
            >
              {t(`preset_${preset.id}`)}
            </button>
            <small id={`note-${preset.id}`} class="note">
              {t(`presetNote_${preset.id}`)}
            </small>
            {index === 0 && (
              <small id="preset-recommended" class="tag">
                {t('recommended')}
              </small>
            )}
          </li>
        ))}
      </ul>
      {props.current === 'ramadan' && (
        <RadioGroup
          legend={t('ramadanLength')}
          name="ramadan-days"
          value={props.ramadanDays}
          options={RAMADAN_DAYS.map((days) => ({
            value: days,
            label: count('nDays', +days, number(+days)),
          }))}
          onChange={props.onRamadanDays}
        />
      )}
    </section>
  );
}
