import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type GoalCategory, type GoalType, isQuranGoalType, type QuranGoalType } from './catalog';

/** A goal as the sandbox keeps it. */
export interface StoredGoal {
  /** The user: the access token's `sub`. */
  sub: string;
  id: string;
  type: GoalType;
  amount: number | string;
  category: GoalCategory;
  /** Days; absent for a daily goal. */
  duration?: number;
  mushafId: number;
  /** When it was created (ISO date-time). */
  createdAt: string;
  /** The reader's calendar date when it was created: day 1 of a duration goal. */
  startDate: string;
}

/** A goal of a Quran reading type: one today's plan can describe. */
export type ReadingGoal = StoredGoal & { type: QuranGoalType };

/** Whether a stored goal is a Quran reading goal. */
export function isReadingGoal(goal: StoredGoal): goal is ReadingGoal {
  return isQuranGoalType(goal.type);
}

/**
 * What a second create does while the user has a goal of the same category (undocumented,
 * so a setting).
 */
export type ExistingGoalPolicy = 'reject' | 'replace' | 'allow';

/**
 * Goals of every user, newest last. With a data file they are read at start and the file
 * is rewritten after each change, so goals survive a restart of the sandbox.
 */
export class GoalStore {
  #goals: StoredGoal[] = [];

  constructor(private readonly dataFile?: string) {
    if (dataFile && existsSync(dataFile)) {
      const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as { goals?: StoredGoal[] };
      this.#goals = Array.isArray(saved.goals) ? saved.goals : [];
    }
  }

  /** Every goal, or one user's, oldest first. */
  list(sub?: string): StoredGoal[] {
    return this.#goals.filter((goal) => sub === undefined || goal.sub === sub);
  }

  /** A user's most recent goal, or the most recent of those `which` accepts. */
  latest<T extends StoredGoal>(sub: string, which: (goal: StoredGoal) => goal is T): T | undefined;
  latest(sub: string, which?: (goal: StoredGoal) => boolean): StoredGoal | undefined;
  latest(sub: string, which: (goal: StoredGoal) => boolean = () => true) {
    return this.list(sub).filter(which).at(-1);
  }

  /** One of a user's goals by id. */
  find(sub: string, id: string): StoredGoal | undefined {
    return this.#goals.find((goal) => goal.sub === sub && goal.id === id);
  }

  /** Adds a goal; `replace` first removes the user's other goals of its category. */
  add(goal: StoredGoal, policy: ExistingGoalPolicy): void {
    if (policy === 'replace') {
      this.#goals = this.#goals.filter((g) => g.sub !== goal.sub || g.category !== goal.category);
    }
    this.#goals.push(goal);
    this.#save();
  }

  /** Replaces a stored goal with its new version. */
  update(goal: StoredGoal): void {
    this.#goals = this.#goals.map((g) => (g.sub === goal.sub && g.id === goal.id ? goal : g));
    this.#save();
  }

  /** Removes a goal; false when the user has no goal with that id. */
  remove(sub: string, id: string): boolean {
    const before = this.#goals.length;
    this.#goals = this.#goals.filter((g) => !(g.sub === sub && g.id === id));
    this.#save();
    return this.#goals.length < before;
  }

  /** Forgets every goal. */
  clear(): void {
    this.#goals = [];
    this.#save();
  }

  #save(): void {
    if (!this.dataFile) return;
    const temporary = `${this.dataFile}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ goals: this.#goals }, null, 2)}\n`);
    renameSync(temporary, this.dataFile);
  }
}
