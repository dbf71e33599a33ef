import { parseCli, USAGE } from './cli-options';
import { startSandbox } from './server';

/** `npm run sandbox -- [options]`: starts the sandbox and stops it on Ctrl-C or SIGTERM. */
const request = parseCli(process.argv.slice(2));
if ('help' in request) {
  console.log(USAGE);
  process.exit(0);
}
if ('error' in request) {
  console.error(`${request.error}\n\n${USAGE}`);
  process.exit(2);
}

try {
  const sandbox = await startSandbox(request.options);
  console.log(`Quran Foundation sandbox ready at ${sandbox.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      sandbox.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`The sandbox could not start: ${(error as Error).message}`);
  process.exit(1);
}
