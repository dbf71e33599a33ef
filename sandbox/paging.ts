import { MAX_PAGE_SIZE } from './catalog';
import { ApiError } from './errors';

/** The documents' cursor parameters: `first` with `after`, or `last` with `before`. */
export interface PageRequest {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** The documents' `pagination` object (the cursors are absent from an empty page). */
export interface Pagination {
  startCursor?: string;
  endCursor?: string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * One page of `items` (already in the answer's order), each item's `id` serving as its
 * cursor: `first` items after `after`, or the `last` items before `before`. Without a size a
 * page holds the most the documents allow. A cursor that names no item is answered 422.
 */
export function pageOf<T extends { id: string }>(
  items: readonly T[],
  request: PageRequest,
): { items: T[]; pagination: Pagination } {
  const at = (cursor: string) => {
    const index = items.findIndex((item) => item.id === cursor);
    if (index < 0) throw new ApiError(422, `The cursor ${cursor} names no item of this list.`);
    return index;
  };
  const backwards = request.last !== undefined || request.before !== undefined;
  const size = (backwards ? request.last : request.first) ?? MAX_PAGE_SIZE;
  let start: number;
  let end: number;
  if (backwards) {
    end = request.before === undefined ? items.length : at(request.before);
    start = Math.max(0, end - size);
  } else {
    start = request.after === undefined ? 0 : at(request.after) + 1;
    end = Math.min(items.length, start + size);
  }
  const page = items.slice(start, end);
  return {
    items: page,
    pagination: {
      ...(page.length ? { startCursor: page[0]?.id, endCursor: page.at(-1)?.id } : {}),
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
  };
}
