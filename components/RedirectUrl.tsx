import { useI18n } from './i18n';

/** The redirect URL to register with the OAuth client, ready to copy. */
export function RedirectUrl({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for="redirect-url">{t('redirectUrl')}</label>
      <input
        id="redirect-url"
        readOnly
        value={url}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
