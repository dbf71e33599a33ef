type Json = Record<string, unknown>;

/** A value of the site's persisted store: redux-persist keeps each slice as a JSON string. */
function slice(value: unknown): Json | null {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return parsed && typeof parsed === 'object' ? (parsed as Json) : null;
  } catch {
    return null;
  }
}

/** The site's persisted state (`localStorage['persist:root']`), or null. */
function persistedRoot(doc: Document): Json | null {
  try {
    return slice(doc.defaultView?.localStorage.getItem('persist:root') ?? null);
  } catch {
    return null;
  }
}

/**
 * Whether the reader shows the standard 604-page mushaf, not an IndoPak one (610 pages in
 * 15 lines, 548 in 16): read from the persisted reader styles, or from 16-line pages in view.
 */
export function isStandardMushaf(doc: Document): boolean {
  const font = String(slice(persistedRoot(doc)?.quranReaderStyles)?.quranFont ?? '');
  return font ? !/indopak/i.test(font) : !doc.querySelector('[id$="-Line16"]');
}
