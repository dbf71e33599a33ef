import { useState } from 'preact/hooks';
import { DIVISION_COUNTS, type Division, divisionRange, isDivision } from '@/utils/quran/divisions';
import { asciiDigits, pastedRange } from '@/utils/quran/parse';
import { formatVerseKey } from '@/utils/quran/verses';
import { Field } from './Field';
import { useI18n } from './i18n';
import { SurahSelect, wholeSurah } from './SurahSelect';

interface Props {
  from: string;
  to: string;
  /** Whether the mushaf has the 604 Madani pages that page numbers refer to. */
  madaniPages: boolean;
  errors: { from?: string | undefined; to?: string | undefined };
  onChange(range: { from: string; to: string }): void;
}

/** A verse range: by surah, by its two ends (`2:255`, or a pasted `2:255-2:286`), or by part. */
export function VerseRangeFields({ from, to, madaniPages, errors, onChange }: Props) {
  const { t, number } = useI18n();
  const [part, setPart] = useState<Division>('juz');
  const [partNumber, setPartNumber] = useState('1');
  const parts = (Object.keys(DIVISION_COUNTS) as Division[]).filter(
    (k) => madaniPages || k !== 'page',
  );
  const n = Number(asciiDigits(partNumber));
  const partError = isDivision(part, n) ? undefined : t('errPart', number(DIVISION_COUNTS[part]));
  const usePart = () => {
    const range = divisionRange(part, n);
    if (range) onChange({ from: formatVerseKey(range.from), to: formatVerseKey(range.to) });
  };
  return (
    <div class="range">
      <SurahSelect id="surah" surah={wholeSurah(from, to)} onRange={onChange} />
      <div class="pair">
        <Field
          id="from"
          label={t('fromVerse')}
          value={from}
          error={errors.from}
          placeholder="2:255"
          dir="ltr"
          onValue={(v) => onChange(pastedRange(v) ?? { from: v, to })}
        />
        <Field
          id="to"
          label={t('toVerse')}
          value={to}
          error={errors.to}
          placeholder="2:286"
          dir="ltr"
          onValue={(v) => onChange(pastedRange(v) ?? { from, to: v })}
        />
      </div>
      <div class="pair part">
        <div class="field">
          <label for="part">{t('part')}</label>
          <select
            id="part"
            value={part}
            onChange={(event) => setPart(event.currentTarget.value as Division)}
          >
            {parts.map((kind) => (
              <option key={kind} value={kind}>
                {t(`part_${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="part-number"
          label={t('partNumber')}
          value={partNumber}
          inputMode="numeric"
          error={partError}
          onValue={setPartNumber}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            usePart();
          }}
        />
        <button type="button" class="secondary" onClick={usePart} disabled={!!partError}>
          {t('usePart')}
        </button>
      </div>
    </div>
  );
}
