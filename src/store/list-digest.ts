import { createHash } from 'node:crypto';
import type { Candidate, TextNorm } from '../domain';

/**
 * What a candidate list says — its candidates in order, their scores and details — as a short
 * digest, so a store can tell a list recomputed unchanged from one that moved without comparing
 * (or, for Neo4j, sending) the lists themselves. Run ids, times and ranks (the order) are not in it.
 * A partner list's text normaliser is: a list kept must keep the one it was computed with, which
 * tells later edits whether they can move it (src/match/partners/partner-moves.ts).
 */
export function listDigest(candidates: readonly Candidate[], textNorm?: TextNorm): string {
  return digestOfList(
    candidates.map((c) => JSON.stringify([c.to.kind, c.to.id, c.score, c.detail ?? null])).join(''),
    textNorm,
  );
}

/**
 * The same for a list already written out as text that says just that (the Neo4j record's body:
 * candidates, scores and details, no run): a store that writes the text anyway digests it instead
 * of writing the list out a second time (half of what storing a province's lists cost a worker).
 * Digests of the two kinds are not compared with each other.
 */
export function digestOfList(said: string, textNorm?: TextNorm): string {
  const hash = createHash('sha1');
  if (textNorm) hash.update(JSON.stringify([textNorm.bestText, textNorm.bestTextOf]));
  return hash.update(said).digest('base64');
}
