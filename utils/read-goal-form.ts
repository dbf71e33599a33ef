import {
  type Draft,
  daysThrough,
  type FormField,
  type FormIssue,
  type FormResult,
} from './goal-form';
import { type GoalIssue, type GoalRequestInput, goalIssues } from './goal-rules';
import { asciiDigits, readVerseKey } from './quran/parse';
import { formatVerseKey, verseNumber } from './quran/verses';

const numberIn = (text: string): number | null => {
  const plain = asciiDigits(text);
  return /^\d*\.?\d+$/.test(plain) ? Number(plain) : null;
};

/**
 * Reads the form: the goal request it makes and its length, or every problem, each at its
 * field. The goal's own rules are `goalIssues`, the ones `GoalRequestSchema` runs.
 */
export function readGoalForm(draft: Draft, today: string): FormResult {
  const issues: FormIssue[] = [];
  const missing = (field: FormField, text: string) =>
    issues.push({ field, code: text.trim() ? 'number' : 'required' });

  let duration: number | null = null;
  if (draft.schedule === null) {
    issues.push({ field: 'schedule', code: 'required' });
  } else if (draft.schedule === 'days') {
    const days = numberIn(draft.days);
    if (days === null || !Number.isInteger(days)) missing('days', draft.days);
    else duration = days;
  } else if (draft.schedule === 'date') {
    const days = /^\d{4}-\d{2}-\d{2}$/.test(draft.finishBy)
      ? daysThrough(today, draft.finishBy)
      : 0;
    if (!draft.finishBy) issues.push({ field: 'finishBy', code: 'required' });
    else if (days < 1) issues.push({ field: 'finishBy', code: 'date_past' });
    else duration = days;
  }

  let amount: number | string | null = null;
  const type = draft.raw.on ? draft.raw.type : draft.type;
  if (draft.raw.on) {
    const text = asciiDigits(draft.raw.amount).replace(/\s+/g, '');
    if (!text) issues.push({ field: 'rawAmount', code: 'required' });
    else amount = /^\d+$/.test(text) ? Number(text) : text;
  } else if (type === 'QURAN_TIME') {
    const minutes = numberIn(draft.minutes);
    if (minutes === null) missing('minutes', draft.minutes);
    else amount = Math.round(minutes * 60);
  } else if (type === 'QURAN_PAGES') {
    const pages = numberIn(draft.pages);
    if (pages === null || !Number.isInteger(pages)) missing('pages', draft.pages);
    else amount = pages;
  } else {
    const from = readVerseKey(draft.from);
    const to = readVerseKey(draft.to);
    if (!from) issues.push({ field: 'from', code: draft.from.trim() ? 'verse' : 'required' });
    if (!to) issues.push({ field: 'to', code: draft.to.trim() ? 'verse' : 'required' });
    if (from && to) amount = `${formatVerseKey(from)}-${formatVerseKey(to)}`;
  }
  if (issues.length > 0 || amount === null) return { request: null, duration, issues };

  const category = draft.raw.on ? draft.raw.category : 'QURAN';
  const request: GoalRequestInput = {
    mushafId: draft.mushafId,
    body: { type, amount, category, ...(duration === null ? {} : { duration }) },
  };
  for (const issue of goalIssues(request)) issues.push(formIssue(issue, draft));
  return issues.length ? { request: null, duration, issues } : { request, duration, issues };
}

/** Puts a broken goal rule at the form field the reader can change to fix it. */
function formIssue(issue: GoalIssue, draft: Draft): FormIssue {
  switch (issue.field) {
    case 'mushafId':
      return { field: 'mushafId', code: 'rule', issue };
    case 'type':
      return { field: 'rawType', code: 'rule', issue };
    case 'category':
      return { field: 'rawCategory', code: 'rule', issue };
    case 'duration':
      return { field: draft.schedule === 'date' ? 'finishBy' : 'days', code: 'at_least_one' };
  }
  if (draft.raw.on) return { field: 'rawAmount', code: 'rule', issue };
  if (issue.code === 'time_bounds') {
    const { min, max, days } = issue;
    return { field: 'minutes', code: 'minutes_bounds', min: min / 60, max: max / 60, days };
  }
  if (issue.code === 'pages_over')
    return { field: 'pages', code: 'pages_over', pages: issue.pages };
  if (issue.code === 'range') {
    const from = readVerseKey(draft.from);
    const atFrom = issue.issue.code !== 'backwards' && !(from && verseNumber(from));
    return { field: atFrom ? 'from' : 'to', code: 'range', issue: issue.issue };
  }
  const field =
    draft.type === 'QURAN_PAGES' ? 'pages' : draft.type === 'QURAN_TIME' ? 'minutes' : 'to';
  return { field, code: 'at_least_one' };
}
