import { parseArgs } from 'node:util';
import type { SandboxOptions } from './server';

/** The CLI's help text. */
export const USAGE = `Quran Foundation sandbox: a local stand-in for the User API and its OAuth2 server.

Usage: npm run sandbox -- [options]

  --port N                   port on 127.0.0.1 (default 8787, 0 = any free port)
  --existing-goal POLICY     a second create while a goal exists: allow (default),
                             reject (422) or replace
  --token-lifetime SECONDS   access-token lifetime (default 3600)
  --data FILE                keep goals in this JSON file across restarts
  --quiet                    do not log each request
  --help                     show this help`;

/** What the command line asks for: help, a sandbox, or nothing it understands. */
export type CliRequest = { help: true } | { options: SandboxOptions } | { error: string };

function wholeNumber(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(`--${name} must be a whole number ≥ ${min}.`);
  }
  return Number(value);
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
      },
    });
    if (values.help) return { help: true };
    const existingGoal = values['existing-goal'];
    if (existingGoal !== undefined && !['allow', 'reject', 'replace'].includes(existingGoal)) {
      throw new Error('--existing-goal must be allow, reject or replace.');
    }
    return {
      options: {
        port: wholeNumber(values.port, 'port', 0) ?? 8787,
        existingGoal: existingGoal as SandboxOptions['existingGoal'],
        tokenLifetime: wholeNumber(values['token-lifetime'], 'token-lifetime', 1),
        dataFile: values.data,
        quiet: values.quiet ?? false,
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
