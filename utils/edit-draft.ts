import type { Draft } from './goal-form';
import type { GoalRequestInput } from './goal-rules';
import { type PlanTargets, planTarget } from './goal-words';

// Loaded when the reader presses Edit, not with the popup.

/**
 * The form filled with a whole goal (Edit): its type, amount and schedule as the reader
 * would have typed them; a goal the form has no fields for goes to the advanced fields.
 */
export function draftOfGoal(goal: GoalRequestInput, base: Draft): Draft {
  const { type, amount, category, duration } = goal.body;
  const draft: Draft = {
    ...base,
    schedule: duration === undefined ? 'daily' : 'days',
    days: duration === undefined ? base.days : String(duration),
    mushafId: goal.mushafId,
    raw: { ...base.raw, on: false },
    preset: null,
  };
  const [from = '', to = ''] = typeof amount === 'string' ? amount.split('-') : [];
  if (category !== 'QURAN') {
    draft.raw = { on: true, type, category, amount: String(amount) };
  } else if (type === 'QURAN_TIME' && typeof amount === 'number') {
    Object.assign(draft, { type, minutes: String(amount / 60) });
  } else if (type === 'QURAN_PAGES' && typeof amount === 'number') {
    Object.assign(draft, { type, pages: String(amount) });
  } else if (type === 'QURAN_RANGE' && from && to) {
    Object.assign(draft, { type, from, to });
  } else {
    draft.raw = { on: true, type, category, amount: String(amount) };
  }
  return draft;
}

/**
 * The form for Edit: the goal's kept definition; for a goal this device does not know, only
 * what today's plan tells (type, mushaf), and every amount and the schedule left for the
 * reader to give, with nothing filled in for them.
 */
export function editDraft(
  known: GoalRequestInput | null,
  plan: PlanTargets & { mushafId?: number | undefined },
  draft: Draft,
): Draft {
  if (known) return draftOfGoal(known, draft);
  return {
    ...draft,
    type: planTarget(plan)?.type ?? draft.type,
    schedule: null,
    minutes: '',
    pages: '',
    from: '',
    to: '',
    days: '',
    finishBy: '',
    mushafId: plan.mushafId ?? draft.mushafId,
    raw: { ...draft.raw, on: false },
    preset: null,
  };
}
