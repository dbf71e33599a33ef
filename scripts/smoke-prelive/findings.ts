/** The open questions, in the order they are reported. */
const QUESTIONS = {
  origin: "Does the API accept calls from the extension's service worker (its origin)?",
  secondCreate: 'What does a second create do while a goal exists?',
  putWithoutDuration: 'Does a PUT without `duration` make a goal daily, or keep the old duration?',
  expiredToken: 'Is an expired access token answered 401 or 403?',
  scopes: 'Which scopes were granted?',
  pageEstimates: 'Are estimate amounts for pages fractional?',
  readingSessions:
    'Does GET /v1/reading-sessions answer a token without `reading_session` (the scopes sign-in asks)?',
} as const;
export type Question = keyof typeof QUESTIONS;

/** An answer with its evidence, or why there is none. */
export type Finding = { answer: string; evidence: string } | { why: string };
export type Findings = Record<Question, Finding>;

export const answered = (answer: string, evidence: string): Finding => ({ answer, evidence });
export const couldNotTell = (why: string): Finding => ({ why });

/** "question: answer (evidence)" or "question: could not tell (why)". */
export function findingLine(question: Question, finding: Finding): string {
  const asked = QUESTIONS[question];
  return 'why' in finding
    ? `${asked}: could not tell (${finding.why})`
    : `${asked}: ${finding.answer} (${finding.evidence})`;
}

/** Every finding as a line, in the order the questions are reported. */
export function findingLines(findings: Findings): string[] {
  return (Object.keys(QUESTIONS) as Question[]).map((q) => findingLine(q, findings[q]));
}
