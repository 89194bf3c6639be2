import type { EnterpriseSpace } from './enterprise-space';

/** How near two enterprises of a space are, read from its positions and region chains (for every partner candidate). */

const EARTH_KM = 6371;
/** The squared chord (on the unit sphere) of a 300 km great-circle distance. */
const CHORD_300_KM_SQUARED = (2 * Math.sin(300 / EARTH_KM / 2)) ** 2;

/**
 * proximity.ts's rule on the space's arrays: by distance when both have coordinates (1 within
 * 5 km, falling to 0 at 300 km), else by the smallest region both are in, 0.1 when they share
 * none, 0 when either has no place. Allocation-free: it runs for every candidate.
 */
export function proximityScore(space: EnterpriseSpace, a: number, b: number): number {
  const p = space.position;
  const dx = p[3 * a]! - p[3 * b]!;
  const dy = p[3 * a + 1]! - p[3 * b + 1]!;
  const dz = p[3 * a + 2]! - p[3 * b + 2]!;
  const squared = dx * dx + dy * dy + dz * dz;
  if (!Number.isNaN(squared)) {
    // beyond 300 km the score is 0: decided on the squared chord, without sqrt or asin
    if (squared >= CHORD_300_KM_SQUARED) return 0;
    const km = 2 * EARTH_KM * Math.asin(Math.sqrt(squared) / 2);
    return km <= 5 ? 1 : 1 - (km - 5) / 295;
  }
  const mine = space.regions[a]!;
  const theirs = space.regions[b]!;
  if (mine.length === 0 || theirs.length === 0) return 0;
  for (const region of mine) if (theirs.includes(region)) return space.regionScore.get(region) ?? 0.2;
  return 0.1;
}

/** Great-circle km between two enterprises (from the chord between their unit vectors); NaN without coordinates. */
export function distanceKm(space: EnterpriseSpace, a: number, b: number): number {
  const p = space.position;
  const dx = p[3 * a]! - p[3 * b]!;
  const dy = p[3 * a + 1]! - p[3 * b + 1]!;
  const dz = p[3 * a + 2]! - p[3 * b + 2]!;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

/** The smallest region both are in, or null. */
export function sharedRegion(space: EnterpriseSpace, a: number, b: number): string | null {
  const theirs = space.regions[b]!;
  return space.regions[a]!.find((region) => theirs.includes(region)) ?? null;
}
