import { useI18n } from '@/components/i18n';
import { ENVIRONMENT_DEFAULTS, type Environment, type EnvironmentName } from '@/utils/environments';
import { ClientIdSchema, environmentOf, HttpUrlSchema, type Settings } from '@/utils/storage';
import { environmentHint, environmentLabel } from './labels';
import { TextSetting } from './TextSetting';

interface Props {
  settings: Settings;
  build: Environment;
  onChange(patch: Partial<Settings>): void;
}

const NAMES: EnvironmentName[] = ['production', 'prelive', 'sandbox'];

/** Which Quran Foundation servers to use, the sandbox's addresses, and the client id. */
export function EnvironmentSection({ settings, build, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const current = environmentOf(settings, build);
  const defaults = current.name === build.name ? build : ENVIRONMENT_DEFAULTS[current.name];
  // A store build cannot reach a local sandbox (no host permission): it is offered only in
  // builds made for one, or while the settings still name it.
  const names = NAMES.filter(
    (name) => name !== 'sandbox' || build.name === 'sandbox' || current.name === 'sandbox',
  );
  return (
    <section aria-labelledby="environment-title">
      <h2 id="environment-title">{t('opt_environment')}</h2>
      <fieldset>
        <legend>{t('opt_servers')}</legend>
        {names.map((name) => (
          <div class="choice" key={name}>
            <input
              type="radio"
              name="environment"
              id={`environment-${name}`}
              value={name}
              checked={current.name === name}
              aria-describedby={`environment-${name}-hint`}
              onChange={() => onChange({ environment: name })}
            />
            <label for={`environment-${name}`}>{environmentLabel(name, i18n)}</label>
            <p class="hint" id={`environment-${name}-hint`}>
              {environmentHint(name, i18n)}
            </p>
          </div>
        ))}
      </fieldset>
      <p class="hint">{t('opt_envChangeSignsOut')}</p>
      {current.name === 'sandbox' ? (
        <>
          <TextSetting
            id="sandbox-api"
            label={t('opt_sandboxApi')}
            type="url"
            value={settings.sandboxApiBaseUrl ?? ''}
            placeholder={defaults.apiBaseUrl}
            hint={t('opt_emptyMeans', defaults.apiBaseUrl)}
            schema={HttpUrlSchema}
            invalid={t('opt_badUrl')}
            onCommit={(url) => onChange({ sandboxApiBaseUrl: url || null })}
          />
          <TextSetting
            id="sandbox-oauth"
            label={t('opt_sandboxOauth')}
            type="url"
            value={settings.sandboxOauthBaseUrl ?? ''}
            placeholder={defaults.oauthBaseUrl}
            hint={t('opt_emptyMeans', defaults.oauthBaseUrl)}
            schema={HttpUrlSchema}
            invalid={t('opt_badUrl')}
            onCommit={(url) => onChange({ sandboxOauthBaseUrl: url || null })}
          />
        </>
      ) : (
        <dl class="addresses">
          <dt>{t('opt_api')}</dt>
          <dd>{current.apiBaseUrl}</dd>
          <dt>{t('opt_signInAddress')}</dt>
          <dd>{current.oauthBaseUrl}</dd>
        </dl>
      )}
      <TextSetting
        id="client-id"
        label={t('opt_clientIdFor', environmentLabel(current.name, i18n))}
        value={settings.clientIds[current.name]}
        placeholder={defaults.clientId}
        hint={
          defaults.clientId ? t('opt_emptyBuiltIn', defaults.clientId) : t('opt_noBuiltInClientId')
        }
        schema={ClientIdSchema}
        invalid={t('opt_badClientId')}
        onCommit={(id) => onChange({ clientIds: { ...settings.clientIds, [current.name]: id } })}
      />
    </section>
  );
}
