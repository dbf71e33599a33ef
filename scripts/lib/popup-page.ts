import type { InlineConfig } from 'vite';
import type { Entrypoint, EntrypointGroup } from 'wxt';

/**
 * How the popup page is built so that it opens with one request for its code and none for its
 * style. Measured in Chromium (`npm run bench`), every file an extension page waits for before
 * its script runs adds about 11 ms: a second module file (the chunk the popup shared with the
 * options page) or a style sheet each cost as much as the floor page's whole script, while
 * 18 KB more JavaScript in the same file cost nothing measurable.
 */

/**
 * Takes the popup out of the group of HTML pages that WXT builds together (`entrypoints:grouped`),
 * into a build of its own: the code it shares with the options page is then not split into a
 * chunk that both pages import, and all the popup needs at open is in its one module.
 */
export function popupOwnBuild(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const at = group.findIndex((entry) => entry.type === 'popup');
    if (at < 0) continue;
    const [popup] = group.splice(at, 1);
    if (popup) groups.push([popup]);
    return;
  }
}

/**
 * In the popup's own build (`vite:build:extendConfig`): the popup's module and everything it
 * imports statically in one file. Without it, the bundler leaves a module that lazy chunks share
 * with the popup (`utils/mushafs.ts`) in a chunk of its own, a second file to wait for.
 */
export function popupOneModule(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (entrypoints.length !== 1 || entrypoints[0]?.type !== 'popup') return;
  config.build ??= {};
  config.build.rolldownOptions ??= {};
  const options = config.build.rolldownOptions;
  const output = Array.isArray(options.output) ? {} : (options.output ?? {});
  options.output = {
    ...output,
    codeSplitting: {
      // The group takes in the popup's module and, with it, all it imports statically.
      groups: [{ name: 'popup', test: /entrypoints[\\/]popup[\\/]main\.tsx$/ }],
    },
  };
}

/**
 * Vite wraps every dynamic `import()` in a helper that adds `<link rel="modulepreload">` for
 * the chunk's own imports and `<link rel="stylesheet">` for its CSS, and that raises
 * `vite:preloadError` when it fails: 1 KB of the popup's first paint. The extension has no
 * CSS in lazy chunks (the popup's is written into its page), preloads nothing by script
 * (`build.modulePreload: false`), and each lazy part shows its own failure (`lazy.tsx`):
 * the helper is replaced by a plain call of the import.
 */
export function plainDynamicImports() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'quran-goals:plain-dynamic-imports',
    enforce: 'pre' as const,
    load(id: string) {
      if (id !== helper) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}

interface Asset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type Bundle = Record<string, Asset | { type: 'chunk'; fileName: string }>;

const STYLE_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/**
 * Writes `html`'s style sheets into it (`<style>`, which the extension's default content
 * security policy allows), so that the page does not wait for a second file before its
 * script runs. The sheets it took in are answered, to be dropped from the build.
 */
export function inlineStyleSheets(
  html: string,
  sheet: (fileName: string) => string | undefined,
): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(STYLE_LINK, (link, fileName: string) => {
    const css = sheet(fileName);
    if (css === undefined) return link;
    inlined.push(fileName);
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
  return { html: out, inlined };
}

/**
 * A Vite plugin, run after the HTML is written: the popup's style sheets go into `popup.html`
 * (see `inlineStyleSheets`), and out of the build.
 */
export function popupInlineStyles() {
  return {
    name: 'quran-goals:popup-inline-styles',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Bundle) {
      // WXT names the page after its entrypoint's folder, and moves it to `popup.html` later.
      const page = Object.values(bundle).find(
        (file): file is Asset =>
          file.type === 'asset' && /(^|\/)popup(\/index)?\.html$/.test(file.fileName),
      );
      if (!page) return;
      const text = (asset: Asset) =>
        typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      const { html, inlined } = inlineStyleSheets(text(page), (fileName) => {
        const asset = bundle[fileName];
        return asset?.type === 'asset' ? text(asset) : undefined;
      });
      page.source = html;
      for (const fileName of inlined) delete bundle[fileName];
    },
  };
}
