import type { EnvironmentName } from '@/utils/environments';

/** How each environment is named on the page. */
export const ENVIRONMENT_LABELS: Record<EnvironmentName, string> = {
  production: 'Quran.com (production)',
  prelive: 'Pre-live (testing)',
  sandbox: 'Sandbox (this computer)',
};

/** One line on what each environment is for. */
export const ENVIRONMENT_HINTS: Record<EnvironmentName, string> = {
  production: 'Your real Quran.com account and goals.',
  prelive: 'The Quran Foundation’s test servers, with their own accounts.',
  sandbox: 'A local stand-in for trying the extension without an account (npm run sandbox).',
};
