import type { RegisteredName } from './registered-name';

/**
 * How well a short name is written from a registered one: the query's characters must appear in
 * the name in order (宁德时代 in 宁德时代新能源科技, 深科技 in 深圳长城开发科技); runs of adjacent
 * characters and characters at the start of a part (place, trade name, industry) count more, gaps
 * count against, and trade-name characters the query leaves out count a little against (so
 * 紫光股份 prefers 紫光股份有限公司 to 厦门紫光学大股份有限公司). The idea is the one of
 * subsequence scorers such as fzf's, with the parts of a Chinese registered name as word starts.
 */
export const ALIGNMENT_DEFAULTS = {
  /** Added for a character right after the previous matched one. */
  adjacent: 1,
  /** Added for a character at the start of the name or of one of its parts. */
  partStart: 0.5,
  /** Taken off for a jump over characters between two matched ones. */
  gap: 0.3,
  /** Taken off for each character of trade name and industry the query does not use. */
  unusedCore: 0.03,
  /** At most this much is taken off for unused characters. */
  unusedCap: 0.24,
} as const;

const NONE = -Infinity;

/** Rows reused across calls (a resolve scores hundreds of names; fresh arrays each time cost more than the scoring). */
function newBuffers(size: number) {
  return {
    size,
    previous: new Float64Array(size),
    previousUsed: new Int16Array(size),
    current: new Float64Array(size),
    currentUsed: new Int16Array(size),
  };
}
let buffers = newBuffers(64);

/** A score in [0, 1] (1: the query is the name's leading part written out), or null if not in order. */
export function alignmentScore(query: string, name: RegisteredName, d = ALIGNMENT_DEFAULTS): number | null {
  const q = [...query];
  const s = name.text;
  const m = q.length;
  const n = s.length;
  if (m === 0 || m > n) return null;
  const starts = new Set([0, ...name.placeStarts, name.coreStart, name.industryStart]);
  // inside a place only its first character may open a run (深 for 深圳, not 北 of 湖北)
  const midPlace = (j: number) => j < name.coreStart && !starts.has(j);
  if (buffers.size < n) buffers = newBuffers(Math.max(n, 2 * buffers.size));
  let { previous, previousUsed, current, currentUsed } = buffers;
  previous.fill(NONE, 0, n);
  const inCore = (j: number) => (j >= name.coreStart && j < name.formStart ? 1 : 0);
  for (let i = 0; i < m; i++) {
    current.fill(NONE, 0, n);
    let bestBefore = NONE; // best of previous[0 .. j-2]
    let bestBeforeUsed = 0;
    for (let j = 0; j < n; j++) {
      if (j >= 2 && previous[j - 2]! > bestBefore) {
        bestBefore = previous[j - 2]!;
        bestBeforeUsed = previousUsed[j - 2]!;
      }
      if (s[j] !== q[i]) continue;
      const bonus = 1 + (starts.has(j) ? d.partStart : 0);
      if (i === 0) {
        if (midPlace(j)) continue;
        current[j] = bonus - (starts.has(j) ? 0 : d.gap);
        currentUsed[j] = inCore(j);
        continue;
      }
      const viaAdjacent = j >= 1 ? previous[j - 1]! + d.adjacent : NONE;
      const viaGap = midPlace(j) ? NONE : bestBefore - d.gap;
      if (viaAdjacent === NONE && viaGap === NONE) continue;
      if (viaAdjacent >= viaGap) {
        current[j] = viaAdjacent + bonus;
        currentUsed[j] = previousUsed[j - 1]! + inCore(j);
      } else {
        current[j] = viaGap + bonus;
        currentUsed[j] = bestBeforeUsed + inCore(j);
      }
    }
    [previous, current] = [current, previous];
    [previousUsed, currentUsed] = [currentUsed, previousUsed];
  }
  let best = NONE;
  let used = 0;
  for (let j = 0; j < n; j++) {
    if (previous[j]! > best) {
      best = previous[j]!;
      used = previousUsed[j]!;
    }
  }
  if (best === NONE) return null;
  // the most a query of m characters can earn: all adjacent, starting a part, one more part start
  const most = m + (m - 1) * d.adjacent + 2 * d.partStart;
  const unused = Math.min(d.unusedCap, Math.max(0, name.formStart - name.coreStart - used) * d.unusedCore);
  return Math.max(0, Math.min(1, best / most) - unused);
}

/** True when every character of the query appears in the text in order (a cheap pre-check). */
export function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const char of query) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
