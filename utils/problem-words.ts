import type { ErrorInfo } from '@/utils/errors';
import type { FormField, FormIssue } from '@/utils/goal-form';
import type { GoalIssue } from '@/utils/goal-rules';
import type { I18n } from '@/utils/i18n';
import type { VerseRangeIssue } from '@/utils/quran/verses';

/** A range problem in the reader's words ("Al-Fatihah has 7 ayahs."). */
export function rangeIssueText(issue: VerseRangeIssue, i18n: I18n): string {
  if (issue.code === 'no_surah') return i18n.t('errNoSurah', i18n.number(issue.surah));
  if (issue.code === 'no_ayah') {
    return i18n.count('errAyahs', issue.count, i18n.surah(issue.surah), i18n.number(issue.count));
  }
  return i18n.t('errBackwards');
}

function ruleText(issue: GoalIssue, i18n: I18n): string {
  switch (issue.code) {
    case 'time_bounds':
      return i18n.t(
        'errRawSeconds',
        i18n.number(issue.min * issue.days),
        i18n.number(issue.max * issue.days),
      );
    case 'pages_over':
      return i18n.count('errPagesOver', issue.pages, i18n.number(issue.pages));
    case 'range':
      return rangeIssueText(issue.issue, i18n);
    case 'range_form':
      return i18n.t('errRangeForm');
    case 'time_not_seconds':
    case 'pages_not_number':
    case 'amount_form':
      return i18n.t('errRawAmount');
    case 'not_quran_type':
      return i18n.t('errQuranType');
    case 'duration_min':
      return i18n.t('errAtLeastOne');
    default:
      return i18n.t('errChoose');
  }
}

/** A form problem in the reader's words. */
export function issueText(issue: FormIssue, i18n: I18n): string {
  switch (issue.code) {
    case 'required':
      return i18n.t(issue.field === 'schedule' ? 'errSchedule' : 'errRequired');
    case 'number':
      return i18n.t('errNumber');
    case 'verse':
      return i18n.t('errVerse');
    case 'date_past':
      return i18n.t('errDatePast');
    case 'at_least_one':
      return i18n.t('errAtLeastOne');
    case 'minutes_bounds':
      return issue.days > 1
        ? i18n.count(
            'errMinutesInAll',
            issue.days,
            i18n.number(issue.min * issue.days),
            i18n.number(issue.max * issue.days),
            i18n.number(issue.min),
            i18n.number(issue.max),
            i18n.number(issue.days),
          )
        : i18n.t('errMinutes', i18n.number(issue.min), i18n.number(issue.max));
    case 'pages_over':
      return i18n.count('errPagesOver', issue.pages, i18n.number(issue.pages));
    case 'range':
      return rangeIssueText(issue.issue, i18n);
    case 'rule':
      return ruleText(issue.issue, i18n);
  }
}

/** The first problem of each field, worded. */
export function fieldErrors(issues: readonly FormIssue[], i18n: I18n) {
  const errors: Partial<Record<FormField, string>> = {};
  for (const issue of issues) errors[issue.field] ??= issueText(issue, i18n);
  return errors;
}

/**
 * A failure in the reader's words: each kind has its own message, with no text of the
 * service's inside it (`errorDetail` frames that). `where` names the environment (the
 * permission refusal says where the permission is missing).
 */
export function errorText(error: ErrorInfo, i18n: I18n, where = ''): string {
  const key = `error_${error.kind}`;
  const text = i18n.t(key, where);
  return text === key ? i18n.t('error_unknown') : text;
}

/** The kinds whose message is the service's or the browser's own text, worth showing as a detail. */
const DETAILED = new Set<string>([
  'invalid_request',
  'unprocessable_entity',
  'invalid_message',
  'sign_in_failed',
  'unknown',
]);

/**
 * The service's own words about a failure, when it gave any, framed in the reader's language
 * ("Details: …") and isolated, since they may be in another language and direction; '' when
 * there are none.
 */
export function errorDetail(error: ErrorInfo, i18n: I18n): string {
  const message = error.message.trim();
  return DETAILED.has(error.kind) && message ? i18n.t('errorDetail', `\u2068${message}\u2069`) : '';
}
