import type { Candidate, NodeKind, StoredCandidates } from '../../domain';

/**
 * A candidate list as one string: the run it belongs to, its candidates in rank order (as
 * "Kind:id"), their scores and their details (name, components, segment, paths and the facts the
 * reasons are rendered from). One property holds a whole list with its run id and time, so a
 * reader that reads the property reads one run's list whole, never a mix, whatever it read of the
 * record's other properties (Neo4j reads are read-committed: two properties of one node may be read
 * either side of a write); and one string is cheaper for Neo4j to write than twenty relationships
 * with their properties.
 */
interface ListText {
  run: string;
  /** When the run was computed, as the run gave it. */
  at: string;
  to: string[];
  scores: number[];
  /** One per candidate; 0 where a candidate has none. */
  detail: (Record<string, unknown> | 0)[];
}

export function toKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

export function encodeList(runId: string, computedAt: string, candidates: readonly Candidate[]): string {
  const text: ListText = {
    run: runId,
    at: computedAt,
    to: candidates.map((c) => toKey(c.to.kind, c.to.id)),
    scores: candidates.map((c) => c.score),
    detail: candidates.map((c) => (c.detail && Object.keys(c.detail).length > 0 ? c.detail : 0)),
  };
  return JSON.stringify(text);
}

/** A stored list: its run, when that was computed, and its candidates, ranked by their order from 1. */
export function decodeList(list: string): StoredCandidates {
  const text = JSON.parse(list) as ListText;
  return {
    runId: text.run,
    computedAt: text.at,
    candidates: text.to.map((key, i) => {
      const colon = key.indexOf(':');
      const detail = text.detail[i];
      return {
        to: { kind: key.slice(0, colon) as NodeKind, id: key.slice(colon + 1) },
        rank: i + 1,
        score: text.scores[i]!,
        ...(detail ? { detail } : {}),
      };
    }),
  };
}
