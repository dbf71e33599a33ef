/**
 * Hafs verse tables of the standard 604-page Madani mushaf, packed small for content scripts
 * (quran-meta's tables weigh about 6 KB gzipped). Checked against quran-meta by
 * tests/unit/sites/quran-index.test.ts, which also prints fresh values if they ever differ.
 */

/** Ayahs in each surah 1–114, two base-36 digits each. */
export const AYAH_COUNTS_TEXT =
  '077y5k4w3c4l5q233l313f33171g2r3k33322q3r34263a1s256b2l2g1x1o0y0u211i192b522g232d1i1h2h1n' +
  '110z120t0i191o1d1q1j262o0t0m0o0d0e0b0b0i0c0c0u1g1g180s0s0k1k140v1e141a160t0j100p0m0h0j0q' +
  '0u0k0f0l0b08080j0508080b0b08030905040703060305040506';

/** Verses beginning on each page 1–604, one character each: code − 48. */
export const PAGE_SIZES_TEXT =
  '75;858;9487755847778748:67554668545634834435557149677887997689876;8854887686653543747786' +
  '9575374886767788533444685545776667685578:989879589479867654568;;87686:68689@:7666447898;' +
  '8898757986677655477774777675657686589;898:99877998899:79;9::88769;698988585:68658699:?@D' +
  'CD?8<88<:8786988:7::;;989;:8;;577;88=9>=;>===<C?I>=<;;?<::>;9=?99;;5:87889986A:?A???>::7' +
  '457:53599<;<<:CDEGLIGHGE=9=9;8=<:8877879;77:897877;;:9899:;896;9:697858748;778989987<86=' +
  '?=>@=HKIJHKM@:@CF:5;:979;789987998;8;99988:579=7<<;>==@BED=9::9687;8:99685577?D@HEGABJBH' +
  'EFFHKKRJG876565:46785679877995775<>CKBJLM?B=?CBNLJDIONIOZMILKFPNGKMJK<BEA>>?';

/** Verses in each rub al-hizb 1–240, one character each: code − 33. */
export const RUB_SIZES_TEXT =
  'A3102/3314-/1/+++*,33483555300,--71/-/6.0/,0/+100-9880611/+0?138>:/033645030-/033,30<34:' +
  '32589788990/133:RS>690637<5>>0499BFIW==:=7A?3474DHM5/3-5A:T\\gP;>;827:.:59?8=852.5*8/78;A' +
  'AN^_[@M96855:=175/9;BRW;5988-.@RVTNPokF/.456/;--?UgWPZ[`whXaldas';

/** Unpacks a table of one character per entry. */
const unpack = (text: string, offset: number): number[] =>
  Array.from(text, (char) => char.charCodeAt(0) - offset);

/** Ayahs in each surah, 1 to 114. */
export const AYAH_COUNTS: readonly number[] = (AYAH_COUNTS_TEXT.match(/../g) ?? []).map((pair) =>
  Number.parseInt(pair, 36),
);
/** Verses beginning on each page of the 604-page mushaf, page 1 first. */
export const PAGE_SIZES: readonly number[] = unpack(PAGE_SIZES_TEXT, 48);
/** Verses in each rub al-hizb (quarter of a hizb), 1 to 240. */
export const RUB_SIZES: readonly number[] = unpack(RUB_SIZES_TEXT, 33);
