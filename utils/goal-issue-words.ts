import { GOAL_CATEGORIES, GOAL_TYPES, type GoalIssue } from './goal-rules';
import { MUSHAFS } from './mushafs';
import { describeVerseRangeIssue } from './quran/issue-words';

// Apart from the rules themselves, so that only the contexts that word rules in English (the
// background, through the schemas) load these words: the popup words issues in the reader's
// language (utils/problem-words.ts).

/** A broken rule in plain English, as the background reports it. */
export function describeGoalIssue(issue: GoalIssue): string {
  switch (issue.code) {
    case 'unknown_mushaf':
      return `Choose one of the mushafs: ${MUSHAFS.map((m) => m.id).join(', ')}.`;
    case 'unknown_type':
      return `The type is one of ${GOAL_TYPES.join(', ')}.`;
    case 'not_quran_type':
      return 'A Quran goal is time, pages or a verse range.';
    case 'unknown_category':
      return `The category is one of ${GOAL_CATEGORIES.join(', ')}.`;
    case 'duration_min':
      return 'The duration is a whole number of days, at least 1.';
    case 'amount_form':
      return 'The amount is a whole number of at least 1, or a range like 2:255-2:286.';
    case 'time_not_seconds':
      return 'A time goal is a number of seconds.';
    case 'time_bounds':
      return issue.days > 1
        ? `Choose between 1 minute and 4 hours a day: over ${issue.days} days, between ${issue.min * issue.days} and ${issue.max * issue.days} seconds in all.`
        : 'Choose between 1 minute and 4 hours a day.';
    case 'pages_not_number':
      return 'A pages goal is a number of pages.';
    case 'pages_over':
      return `This mushaf has ${issue.pages} pages.`;
    case 'range_form':
      return 'A range is written S:A-S:A, for example 2:255-2:286.';
    case 'range':
      return describeVerseRangeIssue(issue.issue);
  }
}
