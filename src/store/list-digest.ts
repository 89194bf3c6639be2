import { createHash } from 'node:crypto';
import type { Candidate } from '../domain';

/**
 * What a candidate list says — its candidates in order, their scores and details — as a short
 * digest, so a store can tell a list recomputed unchanged from one that moved without comparing
 * (or, for Neo4j, sending) the lists themselves. Run ids, times and ranks (the order) are not in it.
 */
export function listDigest(candidates: readonly Candidate[]): string {
  const hash = createHash('sha1');
  for (const c of candidates) hash.update(JSON.stringify([c.to.kind, c.to.id, c.score, c.detail ?? null]));
  return hash.digest('base64');
}
