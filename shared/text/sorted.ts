// Sorted lists of page offsets (marks, doubled characters): the part of one
// that falls in a block or paragraph is found by binary search.

/** Index of the first value ≥ x in an ascending array (its length if none). */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
