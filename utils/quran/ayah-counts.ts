// The verses of each surah, on the Hafs count: the part of the verse arithmetic (`verses.ts`,
// which answers it too) that today's card needs in the popup's first paint, in a module of its
// own so that the rest stays out of that first paint.

/** Ayahs in each surah 1–114, two base-36 digits each. */
export const AYAH_COUNTS_TEXT =
  '077y5k4w3c4l5q233l313f33171g2r3k33322q3r34263a1s256b2l2g1x1o0y0u211i192b522g232d1i1h2h1n' +
  '110z120t0i191o1d1q1j262o0t0m0o0d0e0b0b0i0c0c0u1g1g180s0s0k1k140v1e141a160t0j100p0m0h0j0q' +
  '0u0k0f0l0b08080j0508080b0b08030905040703060305040506';

export const AYAH_COUNTS: readonly number[] = (AYAH_COUNTS_TEXT.match(/../g) ?? []).map((pair) =>
  Number.parseInt(pair, 36),
);
/** Ayahs in a surah, or 0 when there is no such surah. */
export function ayahCount(surah: number): number {
  return Number.isInteger(surah) ? (AYAH_COUNTS[surah - 1] ?? 0) : 0;
}
