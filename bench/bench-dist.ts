import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page with nothing in it: the baseline an extension page costs the browser. */
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>';

/**
 * The least a page with any script costs: one module file that adds a one-field form by hand,
 * with no framework, no storage read and no style sheet.
 */
const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="/floor.js"></script></head><body></body></html>';
const FLOOR_JS = `const form = document.createElement('form');
const field = document.createElement('input');
const submit = document.createElement('button');
submit.type = 'submit';
submit.textContent = 'Create';
form.append(field, submit);
document.body.append(form);
`;

/**
 * A copy of the production build with a blank extension page and the one-script floor page
 * added beside the popup, so that all load the same way from the same extension. The product
 * itself ships no such page.
 */
export function benchCopy(distDir: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'quran-goals-bench-')), 'dist');
  cpSync(distDir, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), BLANK_HTML);
  writeFileSync(join(dir, 'floor.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'floor.js'), FLOOR_JS);
  return dir;
}
