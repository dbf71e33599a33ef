import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page with nothing in it: the baseline an extension page costs the browser. */
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>';

/**
 * A copy of the production build with a blank extension page added beside the popup, so that
 * both load the same way from the same extension. The product itself ships no such page.
 */
export function benchCopy(distDir: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'quran-goals-bench-')), 'dist');
  cpSync(distDir, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), BLANK_HTML);
  return dir;
}
