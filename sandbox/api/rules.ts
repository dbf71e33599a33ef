import {
  type GoalType,
  MUSHAF_PAGE_COUNTS,
  QURAN_GOAL_TYPES,
  type QuranGoalType,
  SECONDS_PER_DAY,
} from '../catalog';
import { ApiError } from '../errors';
import { parseVerseRange } from '../verse';

/** A complete goal before the server's rules are applied. */
export interface GoalDraft {
  type: GoalType;
  amount: number | string;
  category: string;
  duration?: number;
  mushafId: number;
}

/** A goal that passed the rules: a Quran reading goal the sandbox can plan. */
export interface QuranGoal extends GoalDraft {
  type: QuranGoalType;
}

const unprocessable = (message: string) => new ApiError(422, message);

/**
 * The rules the documents leave to the server (answered 422): a Quran reading goal of
 * category QURAN; seconds as an integer no longer than the days it spans; pages as an
 * integer within the mushaf; a verse range of real verses, not backwards.
 */
export function checkGoalRules(goal: GoalDraft): QuranGoal {
  if (!QURAN_GOAL_TYPES.includes(goal.type as QuranGoalType)) {
    throw unprocessable(
      `The sandbox only keeps Quran reading goals (${QURAN_GOAL_TYPES.join(', ')}).`,
    );
  }
  if (goal.category !== 'QURAN') throw unprocessable('A Quran reading goal has category QURAN.');
  const days = goal.duration ?? 1;
  if (goal.type === 'QURAN_RANGE') {
    if (typeof goal.amount !== 'string')
      throw unprocessable('A QURAN_RANGE amount is a range like "2:1-2:29".');
    const range = parseVerseRange(goal.amount);
    if (typeof range === 'string') throw unprocessable(range);
    return goal as QuranGoal;
  }
  if (typeof goal.amount !== 'number') {
    throw unprocessable(`A ${goal.type} amount is a whole number, not a verse range.`);
  }
  if (goal.type === 'QURAN_TIME' && goal.amount > SECONDS_PER_DAY * days) {
    throw unprocessable(`${goal.amount} seconds do not fit in ${days} day(s).`);
  }
  const pages = MUSHAF_PAGE_COUNTS[goal.mushafId] ?? 0;
  if (goal.type === 'QURAN_PAGES' && goal.amount > pages) {
    throw unprocessable(`Mushaf ${goal.mushafId} has ${pages} pages.`);
  }
  return goal as QuranGoal;
}
