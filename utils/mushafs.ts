// The mushafs a goal may name, as plain data: small enough for the popup's first paint.

/** Mushaf ids with their names and page counts (contract/qf-api README). */
export const MUSHAFS = [
  { id: 1, name: 'QCF V2', pages: 604 },
  { id: 2, name: 'QCF V1', pages: 604 },
  { id: 3, name: 'IndoPak', pages: 604 },
  { id: 4, name: 'Uthmani Hafs', pages: 604 },
  { id: 5, name: 'KFGQPC Hafs', pages: 604 },
  { id: 6, name: 'IndoPak 15 lines', pages: 610 },
  { id: 7, name: 'IndoPak 16 lines', pages: 548 },
  { id: 11, name: 'Tajweed', pages: 604 },
  { id: 19, name: 'QCF Tajweed V4', pages: 604 },
] as const;
export type MushafId = (typeof MUSHAFS)[number]['id'];
/** Quran.com's default mushaf. */
export const DEFAULT_MUSHAF_ID: MushafId = 4;

/** Whether a number is one of the nine mushaf ids. */
export function isMushafId(id: unknown): id is MushafId {
  return MUSHAFS.some((m) => m.id === id);
}

/** Page count of a mushaf. */
export function mushafPageCount(id: MushafId): number {
  return MUSHAFS.find((m) => m.id === id)?.pages ?? 604;
}
