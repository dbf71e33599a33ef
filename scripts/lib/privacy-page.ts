import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';

/** The privacy policy's one source: `docs/PRIVACY.md`. */
export const PRIVACY_SOURCE = resolve(import.meta.dirname, '../../docs/PRIVACY.md');

/**
 * The privacy policy as the page the extension ships (`privacy.html`), rendered from its
 * Markdown at build time, so that the package carries no Markdown renderer and no script.
 */
export function privacyPage(markdown = readFileSync(PRIVACY_SOURCE, 'utf8')): string {
  const body = marked.parse(markdown, { async: false });
  const title = markdown.match(/^# (.+)$/m)?.[1] ?? 'Privacy policy';
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-inline-size: 50rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid #8888; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
code { font-size: 0.9em; }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
