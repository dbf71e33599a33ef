import type { VerseRange } from './schema';
import { startsOf, TOTAL_VERSES, verseAt } from './verses';

// The divisions of the standard 604-page Madani mushaf (Hafs), packed small for the content
// scripts and the popup (quran-meta's tables weigh about 6 KB gzipped). tests/unit/quran checks
// them against quran-meta and prints fresh values if they ever differ.

/** Verses beginning on each page 1–604, one character each: code − 48. */
export const PAGE_SIZES_TEXT =
  '75;858;9487755847778748:67554668545634834435557149677887997689876;8854887686653543747786' +
  '9575374886767788533444685545776667685578:989879589479867654568;;87686:68689@:7666447898;' +
  '8898757986677655477774777675657686589;898:99877998899:79;9::88769;698988585:68658699:?@D' +
  'CD?8<88<:8786988:7::;;989;:8;;577;88=9>=;>===<C?I>=<;;?<::>;9=?99;;5:87889986A:?A???>::7' +
  '457:53599<;<<:CDEGLIGHGE=9=9;8=<:8877879;77:897877;;:9899:;896;9:697858748;778989987<86=' +
  '?=>@=HKIJHKM@:@CF:5;:979;789987998;8;99988:579=7<<;>==@BED=9::9687;8:99685577?D@HEGABJBH' +
  'EFFHKKRJG876565:46785679877995775<>CKBJLM?B=?CBNLJDIONIOZMILKFPNGKMJK<BEA>>?';

/** Verses in each rub al-hizb (quarter of a hizb) 1–240, one character each: code − 33. */
export const RUB_SIZES_TEXT =
  'A3102/3314-/1/+++*,33483555300,--71/-/6.0/,0/+100-9880611/+0?138>:/033645030-/033,30<34:' +
  '32589788990/133:RS>690637<5>>0499BFIW==:=7A?3474DHM5/3-5A:T\\gP;>;827:.:59?8=852.5*8/78;A' +
  'AN^_[@M96855:=175/9;BRW;5988-.@RVTNPokF/.456/;--?UgWPZ[`whXaldas';

/** Position (0-based) of the first verse of each entry of a table of one character each. */
const startsOfText = (text: string, offset: number): number[] =>
  startsOf(Array.from(text, (char) => char.charCodeAt(0) - offset));

const PAGE_STARTS = startsOfText(PAGE_SIZES_TEXT, 48);
const RUB_STARTS = startsOfText(RUB_SIZES_TEXT, 33);

/** How many of each division there are, in the order the popup offers them. */
export const DIVISION_COUNTS = { juz: 30, hizb: 60, rub: 240, page: 604 } as const;
/** A numbered division of the mushaf: juz, hizb, rub al-hizb or page. */
export type Division = keyof typeof DIVISION_COUNTS;

/** Whether a division exists (`juz 31` does not). */
export function isDivision(kind: Division, n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= DIVISION_COUNTS[kind];
}

/** The exact verses of a juz, hizb, rub al-hizb or page, or null when there is no such one. */
export function divisionRange(kind: Division, n: number): VerseRange | null {
  if (!isDivision(kind, n)) return null;
  const starts = kind === 'page' ? PAGE_STARTS : RUB_STARTS;
  const size = { page: 1, rub: 1, hizb: 4, juz: 8 }[kind];
  const from = verseAt((starts[(n - 1) * size] ?? 0) + 1);
  const to = verseAt(starts[n * size] ?? TOTAL_VERSES);
  return from && to ? { from, to } : null;
}
