import { useI18n } from './i18n';

interface Props {
  /** The goal appeared after a create whose outcome was unknown: it is likely the reader's own. */
  afterRetry: boolean;
  /** The current goal is deleted first and this one created (see `deletesFirst`). */
  deletesFirst: boolean;
  busy: boolean;
  onReplace(): void;
  onKeep(): void;
}

/** A goal exists already: replace it with the form's goal (no second goal), or keep it. */
export function ReplacePrompt({ afterRetry, deletesFirst, busy, onReplace, onKeep }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="confirm">
      <legend>{t(afterRetry ? 'replaceAfterRetry' : 'replaceQuestion')}</legend>
      {deletesFirst && <p>{t('replaceDeletesFirst')}</p>}
      <button type="button" disabled={busy} onClick={onReplace}>
        {t('replaceGoal')}
      </button>
      <button type="button" class="secondary" onClick={onKeep}>
        {t('keepCurrent')}
      </button>
    </fieldset>
  );
}
