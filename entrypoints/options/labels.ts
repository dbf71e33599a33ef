import type { EnvironmentName } from '@/utils/environments';
import type { I18n } from '@/utils/i18n';

/** How an environment is named on the page ("Quran.com (production)"). */
export function environmentLabel(name: EnvironmentName, i18n: I18n): string {
  return i18n.t(`opt_env_${name}`);
}

/** One line on what an environment is for. */
export function environmentHint(name: EnvironmentName, i18n: I18n): string {
  return i18n.t(`opt_envHint_${name}`);
}

/** Items joined as the reader's language joins a list ("a, b and c"). */
export function listed(items: readonly string[], i18n: I18n): string {
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(items);
}
