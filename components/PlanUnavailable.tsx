import type { ErrorInfo } from '@/utils/errors';
import { errorText } from '@/utils/problem-words';
import { useI18n } from './i18n';

/** Why the plan cannot be shown, in the failure's own words. Fetched when it first fails. */
export function PlanUnavailable({ error }: { error: ErrorInfo }) {
  const i18n = useI18n();
  return <p>{i18n.t('planUnavailable', errorText(error, i18n))}</p>;
}
