import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { lazy } from './lazy';
import type { AdvancedFieldsProps } from './RawGoalFields';

/** Fetched as the popup opens, after what the first paint needs. */
export const LazyRawGoalFields = lazy(() => import('./RawGoalFields').then((m) => m.RawGoalFields));

/** Any type and category `POST /v1/goals` accepts, with a raw amount; folded away by default. */
export function AdvancedFields(props: AdvancedFieldsProps) {
  const { t } = useI18n();
  // Open when the popup opens on a raw goal; afterwards the reader opens and closes it.
  const [openAtFirst] = useState(props.raw.on);
  return (
    <details class="advanced" open={openAtFirst || undefined}>
      <summary>{t('advanced')}</summary>
      <LazyRawGoalFields {...props} />
    </details>
  );
}
