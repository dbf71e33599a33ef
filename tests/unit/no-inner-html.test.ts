import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The extension never writes markup from strings: no `innerHTML`, `outerHTML`,
 * `insertAdjacentHTML`, `document.write` or `dangerouslySetInnerHTML` in its own code. The one
 * `innerHTML` assignment `web-ext lint` finds in a built chunk is Preact's handling of
 * `dangerouslySetInnerHTML`, which this keeps unused.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['entrypoints', 'components', 'utils'];
const MARKUP =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write/;

const files = SOURCES.flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => join(dir, file)),
);

describe("the extension's own code", () => {
  it('is read from the source folders', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('writes no markup from strings', () => {
    expect(files.filter((file) => MARKUP.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
