/** The listing's words of one locale. */
export interface Listing {
  locale: string;
  name: string;
  summary: string;
  description: string;
}
export declare const LISTING: string;
export declare function listingOf(locale: string): Listing;
export declare function listingMarkdown(): string;
