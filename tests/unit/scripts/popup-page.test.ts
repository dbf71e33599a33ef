import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import type { Entrypoint, EntrypointGroup } from 'wxt';
import {
  inlineStyleSheets,
  plainDynamicImports,
  popupOneModule,
  popupOwnBuild,
} from '@/scripts/lib/popup-page';

// How the popup's page is built (the whole build is checked in
// tests/unit/popup/size-budget.test.ts).

const entry = (name: string, type: string) => ({ name, type }) as unknown as Entrypoint;

describe('popupOwnBuild', () => {
  it('takes the popup out of the HTML pages built together, into a build of its own', () => {
    const background = entry('background', 'background');
    const popup = entry('popup', 'popup');
    const options = entry('options', 'options');
    const groups: EntrypointGroup[] = [background, [popup, options]];
    popupOwnBuild(groups);
    expect(groups).toEqual([background, [options], [popup]]);
  });

  it('leaves a popup already alone as it is', () => {
    const groups: EntrypointGroup[] = [[entry('popup', 'popup')]];
    popupOwnBuild(groups);
    expect(groups).toHaveLength(1);
  });
});

describe('popupOneModule', () => {
  it('puts the popup module’s static imports with it, in the popup’s build only', () => {
    const config: InlineConfig = {};
    popupOneModule([entry('options', 'options')], config);
    expect(config).toEqual({});
    popupOneModule([entry('popup', 'popup')], config);
    const output = config.build?.rolldownOptions?.output;
    const groups = (output as { codeSplitting: { groups: { test: RegExp }[] } }).codeSplitting
      .groups;
    expect(groups.map((g) => g.test.test('/x/entrypoints/popup/main.tsx'))).toEqual([true]);
    expect(groups.map((g) => g.test.test('/x/entrypoints/options/main.tsx'))).toEqual([false]);
  });
});

describe('inlineStyleSheets', () => {
  const page = `<head>
    <script type="module" crossorigin src="/chunks/popup-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/popup-2.css">
    <link rel="stylesheet" href="/assets/elsewhere.css">
  </head>`;

  it('writes the build’s style sheets into the page and names them, leaving others', () => {
    const { html, inlined } = inlineStyleSheets(page, (file) =>
      file === 'assets/popup-2.css' ? 'body{color:red}' : undefined,
    );
    expect(inlined).toEqual(['assets/popup-2.css']);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('popup-2.css');
    expect(html).toContain('<link rel="stylesheet" href="/assets/elsewhere.css">');
    expect(html).toContain('src="/chunks/popup-1.js"');
  });

  it('cannot close the style element early', () => {
    const { html } = inlineStyleSheets(page, (file) =>
      file === 'assets/popup-2.css' ? 'a::after{content:"</style><script>"}' : undefined,
    );
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('plainDynamicImports', () => {
  it('answers Vite’s preload helper with a plain call of the import, and nothing else', async () => {
    const plugin = plainDynamicImports();
    expect(plugin.load('/x/utils/store.ts')).toBeNull();
    const code = plugin.load('\0vite/preload-helper.js') ?? '';
    const helper = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    await expect(helper.__vitePreload(async () => 'loaded', ['ignored.js'])).resolves.toBe(
      'loaded',
    );
  });
});
