import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzipped bytes of one entry: every JavaScript file it loads. */
export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

const IMPORTS =
  /(?:import|from)\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]|import\(["'`](\.{0,2}\/[^"'`]+\.js)["'`]\)/g;

/**
 * A file and every chunk it imports, as paths in the build: statically only (what loads before
 * it runs), or dynamically too (what it may fetch later).
 */
function withImports(
  dist: string,
  file: string,
  dynamic: boolean,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(IMPORTS)) {
    const spec = match[1] ?? (dynamic ? match[2] : undefined);
    if (!spec) continue;
    const target = spec.startsWith('/')
      ? spec.slice(1)
      : new URL(spec, `file:///${file}`).pathname.slice(1);
    withImports(dist, target, dynamic, seen);
  }
  return seen;
}

/** The scripts an HTML page of the build loads (module entry and preloads). */
function pageScripts(dist: string, html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)];
  return refs.flatMap((match) => (match[1] ? [match[1]] : []));
}

function measure(
  dist: string,
  entry: string,
  roots: string[],
  only?: 'atOpen' | 'later',
): EntrySize {
  const graph = (dynamic: boolean) =>
    new Set(roots.flatMap((root) => [...withImports(dist, root, dynamic)]));
  const atOpen = graph(false);
  const all = graph(true);
  const chosen =
    only === 'atOpen' ? atOpen : only === 'later' ? [...all].filter((f) => !atOpen.has(f)) : all;
  const files = [...chosen].sort();
  const bytes = files.map((file) => readFileSync(join(dist, file)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  // Each file is fetched and compressed on its own, so each is gzipped on its own.
  const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  return { entry, files, raw, gzip };
}

/** Sizes of the popup, options page, background and every content script of a build. */
export function bundleSizes(dist: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const background: string = manifest.background?.service_worker ?? manifest.background?.scripts[0];
  const contentScripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  return [
    // What the popup loads when it opens, and the parts it fetches only when first shown.
    measure(dist, 'popup', pageScripts(dist, 'popup.html'), 'atOpen'),
    measure(dist, 'popup, on demand', pageScripts(dist, 'popup.html'), 'later'),
    measure(dist, 'options', pageScripts(dist, 'options.html')),
    measure(dist, 'background', [background]),
    ...contentScripts.map((file) =>
      measure(dist, file.replace(/^content-scripts\/|\.js$/g, ''), [file]),
    ),
  ];
}
