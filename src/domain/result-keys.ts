/**
 * The keys computed reports are stored under, shared by the jobs that write them and the routes
 * that read them (a route importing a key from the jobs would pull every engine into the API).
 */

/** The stored report key of a gap map: one chain in one region. */
export function gapKey(chainId: string, regionId: string): string {
  return `${chainId}|${regionId}`;
}

/** The stored report key of the global assignment of experts to the open problems. */
export const ASSIGNMENT_KEY = 'open';
