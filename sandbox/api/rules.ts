import {
  type GoalCategory,
  type GoalType,
  isQuranGoalType,
  MUSHAF_PAGE_COUNTS,
  SECONDS_PER_DAY,
} from '../catalog';
import { ApiError } from '../errors';
import type { SandboxSettings } from '../settings';
import { parseVerseRange } from '../verse';

/** A complete goal before the server's rules are applied (the estimate has no category). */
export interface GoalDraft {
  type: GoalType;
  amount: number | string;
  category?: GoalCategory;
  duration?: number;
  mushafId: number;
}

/** The settings that add rules the documents do not state. */
export type RuleSettings = Pick<SandboxSettings, 'timeCap' | 'pageCap' | 'categoryMatch'>;

const unprocessable = (message: string) => new ApiError(422, message);

/** The category that goes with a type under `categoryMatch`. */
export function categoryOf(type: GoalType): GoalCategory {
  return isQuranGoalType(type) ? 'QURAN' : type;
}

/**
 * The rules a goal must meet beyond the documents' schemas (answered 422). Always: the amount
 * has the form of its type (contract/qf-api/README.md: seconds for QURAN_TIME, whole pages
 * for QURAN_PAGES, a range for QURAN_RANGE), and a range names real verses, first to last.
 * Goals of the other types take either form of amount. With `categoryMatch`, the category
 * goes with the type; with `timeCap`, a day asks no more seconds than it has; with `pageCap`,
 * the pages fit in the goal's mushaf.
 */
export function checkGoalRules(goal: GoalDraft, rules: RuleSettings): GoalDraft {
  const { type, amount, category, mushafId } = goal;
  if (rules.categoryMatch && category !== undefined && category !== categoryOf(type)) {
    throw unprocessable(`A ${type} goal has category ${categoryOf(type)}.`);
  }
  if (type === 'QURAN_RANGE') {
    if (typeof amount !== 'string')
      throw unprocessable('A QURAN_RANGE amount is a range like "2:1-2:29".');
    const range = parseVerseRange(amount);
    if (typeof range === 'string') throw unprocessable(range);
    return goal;
  }
  if (!isQuranGoalType(type)) return goal;
  if (typeof amount !== 'number') {
    throw unprocessable(`A ${type} amount is a whole number, not a verse range.`);
  }
  const days = goal.duration ?? 1;
  if (rules.timeCap && type === 'QURAN_TIME' && amount > SECONDS_PER_DAY * days) {
    throw unprocessable(`${amount} seconds do not fit in ${days} day(s).`);
  }
  const pages = MUSHAF_PAGE_COUNTS[mushafId] ?? 0;
  if (rules.pageCap && type === 'QURAN_PAGES' && amount > pages) {
    throw unprocessable(`Mushaf ${mushafId} has ${pages} pages.`);
  }
  return goal;
}
