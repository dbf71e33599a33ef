import { parseArgs } from 'node:util';
import { startSandbox } from './server';
import type { ExistingGoalPolicy } from './store';

const USAGE = `Quran Foundation sandbox: a local stand-in for the User API and its OAuth2 server.

Usage: npm run sandbox -- [options]

  --port N                   port on 127.0.0.1 (default 8787, 0 = any free port)
  --existing-goal POLICY     a second create while a goal exists: allow (default),
                             reject (422) or replace
  --token-lifetime SECONDS   access-token lifetime (default 3600)
  --data FILE                keep goals in this JSON file across restarts
  --quiet                    do not log each request
  --help                     show this help`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    fail(`--${name} must be a whole number ≥ ${min}.`);
  return Number(value);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      'existing-goal': { type: 'string' },
      'token-lifetime': { type: 'string' },
      data: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const policy = args['existing-goal'];
if (policy !== undefined && !['allow', 'reject', 'replace'].includes(policy)) {
  fail('--existing-goal must be allow, reject or replace.');
}

const sandbox = await startSandbox({
  port: wholeNumber(args.port, 'port', 0) ?? 8787,
  existingGoal: policy as ExistingGoalPolicy | undefined,
  tokenLifetime: wholeNumber(args['token-lifetime'], 'token-lifetime', 1),
  dataFile: args.data,
  quiet: args.quiet,
}).catch((error: Error) => fail(`The sandbox could not start: ${error.message}`));
console.log(`Quran Foundation sandbox ready at ${sandbox.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    sandbox.close().then(() => process.exit(0));
  });
}
