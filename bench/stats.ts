/** The median of a non-empty list of figures. */
export function median(figures: number[]): number {
  if (figures.length === 0) throw new Error('No figures to take the median of.');
  const sorted = [...figures].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/** A figure rounded to one decimal, for the table and the results file. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
