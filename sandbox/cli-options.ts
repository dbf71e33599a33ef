import { parseArgs } from 'node:util';
import { KNOWN_SCOPES } from './oauth/clients';
import type { SandboxOptions } from './server';
import { CHOICE_SETTINGS, type ChoiceSetting } from './settings';

/** The CLI's help text. */
export const USAGE = `Quran Foundation sandbox: a local stand-in for the User API and its OAuth2 server.

Usage: npm run sandbox -- [options]

  --port N                   port on 127.0.0.1 (default 8787, 0 = any free port)
  --existing-goal POLICY     a second create while a goal of that category exists:
                             allow (default), reject (422) or replace
  --token-lifetime SECONDS   access-token lifetime (default 3600)
  --data FILE                keep goals in this JSON file across restarts
  --quiet                    do not log each request
  --help                     show this help

Where the official documents are silent (off or the first value by default; see
sandbox/README.md, "Assumptions (named options)"):

  --time-cap                 422 for a QURAN_TIME goal asking more than 86400 seconds
                             a day (amount, or amount divided by duration)
  --page-cap                 422 for a QURAN_PAGES goal asking more pages than its
                             mushaf has (604; 610 for mushaf 6, 548 for mushaf 7)
  --category-match           422 for a category that does not go with the type
                             (QURAN for QURAN_*, else the type's own name)
  --strict-timezone          400 for an x-timezone that is not an IANA zone
                             (without it such a zone is read as UTC)
  --expired-token STATUS     status for a missing, invalid, expired or revoked
                             access token: 401 (default) or 403
  --put MODE                 an update merges the body into the goal: partial
                             (default), or the body becomes the goal: replace
  --plan-goal WHICH          today's plan describes the newest goal of the asked
                             type: type (default), or the newest reading goal: newest
  --plan-mushaf WHICH        today's plan counts pages in the asked mushaf: asked
                             (default), or in the goal's own mushaf: goal
  --activity-merge MODE      a second log of the same day and type adds to it: add
                             (default: seconds summed, verses merged), or takes its
                             place: replace
  --pages-from HOW           pages read are counted from the 604-page Madani page
                             table: table (default), or as the Quran's average pages
                             per verse: average
  --streak-today COUNT       while today has no reading, the current streak is the one
                             that ended yesterday: yesterday (default), or 0: zero
  --streak-day WHAT          a day keeps the streak with a verse read: verse
                             (default), or with any Quran activity: any
  --streak-window HOW        from/to of GET /v1/streaks select streaks inside the
                             window: within (default), or touching it: overlap
  --api-document WHICH       where the two documents differ (activity types,
                             reading-session body): production (default) or prelive
  --reading-session-scope S  scope of the reading-session operations:
                             reading_session (default), or none
  --reading-rate SECONDS     seconds per verse of the reading-time estimate
                             (default 10)
  --client-scopes "SCOPES"   the scopes every client is approved for (default: all
                             the sandbox knows); others give invalid_scope`;

/** What the command line asks for: help, a sandbox, or nothing it understands. */
export type CliRequest = { help: true } | { options: SandboxOptions } | { error: string };

function wholeNumber(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(`--${name} must be a whole number ≥ ${min}.`);
  }
  return Number(value);
}

/** `a, b or c` */
const either = (values: readonly unknown[]) =>
  `${values.slice(0, -1).join(', ')} or ${String(values.at(-1))}`;

/** A flag that takes one of a setting's values (numbers are written as digits). */
function choice<K extends ChoiceSetting>(value: string | undefined, flag: string, setting: K) {
  if (value === undefined) return undefined;
  const allowed: readonly (string | number)[] = CHOICE_SETTINGS[setting];
  const found = allowed.find((option) => String(option) === value);
  if (found === undefined) throw new Error(`--${flag} must be ${either(allowed)}.`);
  return found as (typeof CHOICE_SETTINGS)[K][number];
}

/** `--client-scopes`: scopes the sandbox knows, separated by spaces. */
function scopeList(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const unknown = value.split(' ').filter((scope) => !KNOWN_SCOPES.includes(scope));
  if (unknown.length) throw new Error(`--client-scopes names unknown scopes: "${unknown}".`);
  return value;
}

/** Reads `npm run sandbox -- …` arguments. */
export function parseCli(args: string[]): CliRequest {
  try {
    const { values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        'existing-goal': { type: 'string' },
        'token-lifetime': { type: 'string' },
        data: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
        'time-cap': { type: 'boolean' },
        'page-cap': { type: 'boolean' },
        'category-match': { type: 'boolean' },
        'strict-timezone': { type: 'boolean' },
        'expired-token': { type: 'string' },
        put: { type: 'string' },
        'plan-goal': { type: 'string' },
        'plan-mushaf': { type: 'string' },
        'activity-merge': { type: 'string' },
        'pages-from': { type: 'string' },
        'streak-today': { type: 'string' },
        'streak-day': { type: 'string' },
        'streak-window': { type: 'string' },
        'api-document': { type: 'string' },
        'reading-session-scope': { type: 'string' },
        'reading-rate': { type: 'string' },
        'client-scopes': { type: 'string' },
      },
    });
    if (values.help) return { help: true };
    return {
      options: {
        port: wholeNumber(values.port, 'port', 0) ?? 8787,
        existingGoal: choice(values['existing-goal'], 'existing-goal', 'existingGoal'),
        tokenLifetime: wholeNumber(values['token-lifetime'], 'token-lifetime', 1),
        dataFile: values.data,
        quiet: values.quiet ?? false,
        timeCap: values['time-cap'],
        pageCap: values['page-cap'],
        categoryMatch: values['category-match'],
        strictTimezone: values['strict-timezone'],
        expiredToken: choice(values['expired-token'], 'expired-token', 'expiredToken'),
        put: choice(values.put, 'put', 'put'),
        planGoal: choice(values['plan-goal'], 'plan-goal', 'planGoal'),
        planMushaf: choice(values['plan-mushaf'], 'plan-mushaf', 'planMushaf'),
        activityMerge: choice(values['activity-merge'], 'activity-merge', 'activityMerge'),
        pagesFrom: choice(values['pages-from'], 'pages-from', 'pagesFrom'),
        streakToday: choice(values['streak-today'], 'streak-today', 'streakToday'),
        streakDay: choice(values['streak-day'], 'streak-day', 'streakDay'),
        streakWindow: choice(values['streak-window'], 'streak-window', 'streakWindow'),
        apiDocument: choice(values['api-document'], 'api-document', 'apiDocument'),
        readingSessionScope: choice(
          values['reading-session-scope'],
          'reading-session-scope',
          'readingSessionScope',
        ),
        readingRate: wholeNumber(values['reading-rate'], 'reading-rate', 1),
        clientScopes: scopeList(values['client-scopes']),
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
