/**
 * `npm run store:listing`: writes `docs/store/listing.md`, the store listing's words in every
 * language the extension speaks, taken from its locale files (`public/_locales/*`): the name
 * (`extName`), the short description (`extDescription`) and the long one (`storeDescription`).
 * `tests/unit/store-listing.test.ts` checks that the file is up to date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(ROOT, 'public/_locales');
export const LISTING = join(ROOT, 'docs/store/listing.md');
const FENCE = '```';

/** The listing's words of one locale. */
export function listingOf(locale) {
  const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
  const text = (key) => {
    if (!messages[key]) throw new Error(`${locale} has no ${key}`);
    return messages[key].message;
  };
  return {
    locale,
    name: text('extName'),
    summary: text('extDescription'),
    description: text('storeDescription'),
  };
}

/** The whole listing file, English first, then the other locales by code. */
export function listingMarkdown() {
  const locales = readdirSync(LOCALES).sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : 1,
  );
  const sections = locales
    .map(listingOf)
    .map(
      ({ locale, name, summary, description }) =>
        `## ${locale}\n\n**Name:** ${name}\n\n**Summary:** ${summary}\n\n**Description:**\n\n${FENCE}text\n${description}\n${FENCE}\n`,
    );
  return [
    '# Store listing',
    '',
    'Made by `npm run store:listing` from `public/_locales/*/messages.json` (`extName`,',
    '`extDescription`, `storeDescription`); edit those, not this file.',
    '',
    ...sections,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(LISTING, listingMarkdown());
  console.log(`Wrote ${LISTING}`);
}
