import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The port e2e files start their sandbox on, so that one build serves them all. */
    sandboxPort: number;
  }
}

/** Chooses the sandbox port the e2e files of this run share. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('sandboxPort', await freePort());
}
