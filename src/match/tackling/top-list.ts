/**
 * The short best-first lists the tackling rankings keep instead of sorting every hit: a problem
 * has thousands of hits at province scale and keeps twenty.
 */

/**
 * Keeps the best `limit` entries, best first: higher score, then smaller id. Most entries fall
 * below the last kept one and cost one comparison, where sorting thousands per problem did not.
 */
export function keepTop<T extends { score: number }>(
  top: T[],
  limit: number,
  entry: T,
  idOf: (entry: T) => string,
): void {
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && idOf(a) < idOf(b));
  if (top.length === limit && !before(entry, top[top.length - 1]!)) return;
  let at = top.length === limit ? top.length - 1 : top.length;
  while (at > 0 && before(entry, top[at - 1]!)) {
    top[at] = top[at - 1]!;
    at--;
  }
  top[at] = entry;
}

/**
 * The k-th largest value (-Infinity when there are fewer than k), by insertion into a short list
 * kept largest first: about ten times faster than sorting the 8,000 values a problem has.
 */
export function kthLargest(values: Float64Array, k: number): number {
  if (values.length < k) return -Infinity;
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (best.length === k && v <= best[k - 1]!) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && best[at - 1]! < v) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = v;
  }
  return best[k - 1]!;
}

/** The id part of a projection key (Person:alice → alice): ties between equal scores go to the smaller id. */
export function idOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
