import { readVerseRange } from '@/utils/quran/read-range';
import { surahArabicName } from '@/utils/quran/surah-names';
import { ayahCount } from '@/utils/quran/verses';
import { useI18n } from './i18n';

const SURAHS = Array.from({ length: 114 }, (_, i) => i + 1);

/** The whole surah a range's two ends (`S:A`) cover, or 0. */
export function wholeSurah(from: string, to: string): number {
  const range = readVerseRange(`${from}-${to}`);
  const surah = range?.from.surah ?? 0;
  const whole =
    range?.from.ayah === 1 && range.to.surah === surah && range.to.ayah === ayahCount(surah);
  return whole ? surah : 0;
}

interface Props {
  id: string;
  /** The whole surah chosen now, or 0 for none. */
  surah: number;
  /** A surah was chosen: its first and last verse (`S:1`, `S:N`). */
  onRange(range: { from: string; to: string }): void;
}

/**
 * "Surah": a whole surah picked by its number and names: the reader's language's name, then
 * the Arabic one where that is not already it.
 */
export function SurahSelect({ id, surah, onRange }: Props) {
  const { t, number, surah: nameOf } = useI18n();
  const named = (n: number) => {
    const arabic = surahArabicName(n);
    const name = nameOf(n);
    return name === arabic ? name : `${name} · ${arabic}`;
  };
  return (
    <div class="field">
      <label for={id}>{t('surah')}</label>
      <select
        id={id}
        value={String(surah)}
        onChange={(event) => {
          const chosen = Number(event.currentTarget.value);
          if (chosen) onRange({ from: `${chosen}:1`, to: `${chosen}:${ayahCount(chosen)}` });
        }}
      >
        <option value="0">{t('chooseSurah')}</option>
        {SURAHS.map((n) => (
          <option key={n} value={String(n)}>
            {/* Isolated, so that right to left the period stays after the number. */}
            {`\u2066${number(n)}.\u2069`} {named(n)}
          </option>
        ))}
      </select>
    </div>
  );
}
