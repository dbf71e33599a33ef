import { ENVIRONMENT_DEFAULTS, type Environment, type EnvironmentName } from '@/utils/environments';
import { ClientIdSchema, environmentOf, HttpUrlSchema, type Settings } from '@/utils/storage';
import { ENVIRONMENT_HINTS, ENVIRONMENT_LABELS } from './labels';
import { TextSetting } from './TextSetting';

interface Props {
  settings: Settings;
  build: Environment;
  onChange(patch: Partial<Settings>): void;
}

const NAMES: EnvironmentName[] = ['production', 'prelive', 'sandbox'];

/** Which Quran Foundation servers to use, the sandbox's addresses, and the client id. */
export function EnvironmentSection({ settings, build, onChange }: Props) {
  const current = environmentOf(settings, build);
  const defaults = current.name === build.name ? build : ENVIRONMENT_DEFAULTS[current.name];
  // A store build cannot reach a local sandbox (no host permission): it is offered only in
  // builds made for one, or while the settings still name it.
  const names = NAMES.filter(
    (name) => name !== 'sandbox' || build.name === 'sandbox' || current.name === 'sandbox',
  );
  return (
    <section aria-labelledby="environment-title">
      <h2 id="environment-title">Environment</h2>
      <fieldset>
        <legend>Servers to use</legend>
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
            <label for={`environment-${name}`}>{ENVIRONMENT_LABELS[name]}</label>
            <p class="hint" id={`environment-${name}-hint`}>
              {ENVIRONMENT_HINTS[name]}
            </p>
          </div>
        ))}
      </fieldset>
      <p class="hint">Changing the environment signs you out of the one you leave.</p>
      {current.name === 'sandbox' ? (
        <>
          <TextSetting
            id="sandbox-api"
            label="Sandbox API address"
            type="url"
            value={settings.sandboxApiBaseUrl ?? ''}
            placeholder={defaults.apiBaseUrl}
            hint={`Empty: ${defaults.apiBaseUrl}`}
            schema={HttpUrlSchema}
            onCommit={(url) => onChange({ sandboxApiBaseUrl: url || null })}
          />
          <TextSetting
            id="sandbox-oauth"
            label="Sandbox sign-in address"
            type="url"
            value={settings.sandboxOauthBaseUrl ?? ''}
            placeholder={defaults.oauthBaseUrl}
            hint={`Empty: ${defaults.oauthBaseUrl}`}
            schema={HttpUrlSchema}
            onCommit={(url) => onChange({ sandboxOauthBaseUrl: url || null })}
          />
        </>
      ) : (
        <dl class="addresses">
          <dt>API</dt>
          <dd>{current.apiBaseUrl}</dd>
          <dt>Sign-in</dt>
          <dd>{current.oauthBaseUrl}</dd>
        </dl>
      )}
      <TextSetting
        id="client-id"
        label={`Client id for ${ENVIRONMENT_LABELS[current.name]}`}
        value={settings.clientIds[current.name]}
        placeholder={defaults.clientId}
        hint={
          defaults.clientId
            ? `Empty: the built-in ${defaults.clientId}`
            : 'No client id is built in for this environment.'
        }
        schema={ClientIdSchema}
        onCommit={(id) => onChange({ clientIds: { ...settings.clientIds, [current.name]: id } })}
      />
    </section>
  );
}
