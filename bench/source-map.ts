const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one base64 VLQ segment of a source map. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Characters of `code` per source file of its source map: each mapped segment counts up to the
 * next one on its line. Characters with no source count as `(generated)`.
 */
export function charactersBySource(
  code: string,
  map: { sources: string[]; mappings: string },
): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, count: number) =>
    totals.set(source, (totals.get(source) ?? 0) + count);
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNumber) => {
    const length = lines[lineNumber]?.length ?? 0;
    let column = 0;
    let previous: { column: number; source: string } = { column: 0, source: '(generated)' };
    for (const segment of line.split(',').filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(previous.source, column - previous.column);
      let source = '(generated)';
      if (sourceDelta !== undefined) {
        sourceIndex += sourceDelta;
        source = map.sources[sourceIndex] ?? '(generated)';
      }
      previous = { column, source };
    }
    add(previous.source, length - previous.column);
  });
  return totals;
}
