import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING, listingMarkdown, listingOf } from '../../scripts/store-listing.mjs';

const LOCALES = readdirSync(resolve(import.meta.dirname, '../../public/_locales'));

describe('the store listing', () => {
  it('docs/store/listing.md is made from the locale files as they are now', () => {
    expect(readFileSync(LISTING, 'utf8')).toBe(listingMarkdown());
  });

  // The Chrome Web Store's limits for a manifest's name (75) and description (132 characters).
  it.each(LOCALES)(
    '%s: a name and summary within the store limits, and a description',
    (locale) => {
      const listing = listingOf(locale);
      expect([...listing.name].length).toBeLessThanOrEqual(75);
      expect([...listing.summary].length).toBeLessThanOrEqual(132);
      expect(listing.description.length).toBeGreaterThan(200);
      expect(listingMarkdown()).toContain(`## ${locale}\n`);
    },
  );

  it('each translated description differs from the English one', () => {
    const english = listingOf('en').description;
    for (const locale of LOCALES.filter((code) => code !== 'en'))
      expect(listingOf(locale).description, locale).not.toBe(english);
  });
});
