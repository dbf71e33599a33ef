import type { EntrySize } from './sizes';

/** One line of the table: a figure beside its target. */
export interface Row {
  figure: string;
  value: string;
  target: string;
  /** `undefined` when the figure has no target. */
  met?: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Size rows with the budgets: popup JS, background, and each site script. */
export function sizeRows(sizes: EntrySize[]): Row[] {
  const budget = (entry: string) =>
    entry === 'popup'
      ? 15
      : entry === 'background'
        ? 40
        : entry.startsWith('popup') || entry === 'options'
          ? undefined
          : 5;
  return sizes.map(({ entry, raw, gzip, files }) => {
    const limit = budget(entry);
    return {
      figure: `${entry === 'popup' ? 'popup at open' : entry} JS (${files.length} file${files.length === 1 ? '' : 's'})`,
      value: `${kb(raw)} raw, ${kb(gzip)} gz`,
      target: limit === undefined ? '' : `≤ ${limit} KB gz`,
      met: limit === undefined ? undefined : gzip <= limit * 1024,
    };
  });
}

/** The table as printed: figure, value, target, and whether it is met. */
export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.target,
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'median / value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}
