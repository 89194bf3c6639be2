import type { Candidate, NodeKind, StoredCandidates } from '../../domain';
import { CompactWriter, decodeCompact, type Compact, type CompactTables } from './compact-json';

/**
 * The format a list is written in; a record in another format (an older release's) reads as not
 * stored, so the list is computed again when asked rather than misread.
 */
export const LIST_FORMAT = 2;

/**
 * A candidate list as one string: the run it belongs to, its candidates in rank order, their
 * scores and their details (name, components, segment, paths and the facts the reasons are
 * rendered from). One property holds a whole list with its run id and time, so a reader that reads
 * the property reads one run's list whole, never a mix, whatever it read of the record's other
 * properties (Neo4j reads are read-committed: two properties of one node may be read either side
 * of a write); and one string is cheaper for Neo4j to write than twenty relationships with their
 * properties.
 *
 * Columns, not one object per candidate, and the details in compact JSON (compact-json.ts: keys
 * once per shape, words once per list): the twenty details of a list repeat their keys, segment
 * and org names and path steps, and writing the bytes is most of what writing a run costs.
 */
interface ListText {
  v: typeof LIST_FORMAT;
  run: string;
  /** When the run was computed, as the run gave it. */
  at: string;
  /** The candidates' kinds, each once; `kind` indexes it (left out when there is one kind). */
  kinds: NodeKind[];
  kind?: number[];
  ids: string[];
  scores: number[];
  /** One per candidate, in compact JSON; 0 where a candidate has none. */
  detail: (Compact | 0)[];
  tables: CompactTables;
}

export function toKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

export function encodeList(runId: string, computedAt: string, candidates: readonly Candidate[]): string {
  return listText(runId, computedAt, encodeListBody(candidates));
}

/**
 * What a list's text says of its candidates — everything but the run and its time — as JSON: what
 * a store digests to tell an unchanged list (list-digest.ts), then writes behind its run.
 */
export function encodeListBody(candidates: readonly Candidate[]): string {
  const kinds = [...new Set(candidates.map((c) => c.to.kind))];
  const writer = new CompactWriter();
  const body: Omit<ListText, 'v' | 'run' | 'at'> = {
    kinds,
    ...(kinds.length > 1 ? { kind: candidates.map((c) => kinds.indexOf(c.to.kind)) } : {}),
    ids: candidates.map((c) => c.to.id),
    scores: candidates.map((c) => c.score),
    // before `tables`: encoding the details fills them
    detail: candidates.map((c) => (c.detail && Object.keys(c.detail).length > 0 ? writer.encode(c.detail) : 0)),
    tables: writer.tables,
  };
  return JSON.stringify(body);
}

/** A list's text: its format, run and time, then its body (encodeListBody), one JSON object. */
export function listText(runId: string, computedAt: string, body: string): string {
  const head: Pick<ListText, 'v' | 'run' | 'at'> = { v: LIST_FORMAT, run: runId, at: computedAt };
  return `${JSON.stringify(head).slice(0, -1)},${body.slice(1)}`;
}

/**
 * A stored list: its run, when that was computed, and its candidates, ranked by their order from
 * 1; null when the text is in another format than this release writes.
 */
export function decodeList(list: string): StoredCandidates | null {
  const text = JSON.parse(list) as ListText;
  if (text.v !== LIST_FORMAT) return null;
  return {
    runId: text.run,
    computedAt: text.at,
    candidates: text.ids.map((id, i) => {
      const detail = text.detail[i];
      return {
        to: { kind: text.kinds[text.kind?.[i] ?? 0]!, id },
        rank: i + 1,
        score: text.scores[i]!,
        ...(detail ? { detail: decodeCompact(detail, text.tables) as Record<string, unknown> } : {}),
      };
    }),
  };
}
