import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the content scripts and the popup load, read from the sources: every module a file
 * imports for its values (`import type` is erased), following `@/` and relative paths, and
 * the packages met on the way. Dynamic `import()` counts only when `lazy` is asked for.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const STATIC = /^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+'([^']+)'/gm;
const DYNAMIC = /\bimport\('([^']+)'\)/g;

function resolveModule(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : join(dirname(from), spec);
  const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
  return found ?? null;
}

/** Packages reached from a file through value imports. */
function packagesOf(file: string, lazy = false, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(STATIC), ...(lazy ? code.matchAll(DYNAMIC) : [])].map(
    (match) => match[1] ?? '',
  );
  for (const spec of specs) {
    if (spec.startsWith('.') || spec.startsWith('@/')) {
      const module = resolveModule(file, spec);
      if (!module) throw new Error(`${relative(ROOT, file)} imports ${spec}, not found`);
      for (const name of packagesOf(module, lazy, seen)) packages.add(name);
    } else {
      packages.add(
        spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  return packages;
}

const CONTENT_SCRIPTS = readdirSync(join(ROOT, 'entrypoints'))
  .filter((name) => name.endsWith('.content'))
  .map((name) => join(ROOT, 'entrypoints', name, 'index.ts'));

describe('the Quran library in the bundles', () => {
  it('finds the content scripts, and the packages a page imports', () => {
    expect(CONTENT_SCRIPTS.length).toBeGreaterThanOrEqual(8);
    const options = packagesOf(join(ROOT, 'entrypoints/options/main.tsx'), true);
    expect(options).toContain('zod');
    expect(options).toContain('preact');
  });

  it.each(CONTENT_SCRIPTS.map((file) => [relative(ROOT, dirname(file)), file]))(
    '%s loads neither zod nor quran-meta',
    (_, file) => {
      const packages = packagesOf(file, true);
      expect(packages).not.toContain('zod');
      expect(packages).not.toContain('quran-meta');
    },
  );

  it('the popup loads no quran-meta when it opens', () => {
    expect(packagesOf(join(ROOT, 'entrypoints/popup/main.tsx'))).not.toContain('quran-meta');
  });
});
