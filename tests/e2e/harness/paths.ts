import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Scratch space for e2e runs (git-ignored): builds, profiles, certificates. */
export function scratchDir(...parts: string[]): string {
  const dir = join(ROOT, 'tests/e2e/.tmp', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
