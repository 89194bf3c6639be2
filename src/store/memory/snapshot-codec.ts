import { DataFileError } from './data-file-error';

export const SNAPSHOT_FORMAT = 'redchain-snapshot/1';

/** The snapshot file's content: the graph and results as exported, and the journal seq it holds writes up to. */
export interface SnapshotContent {
  lastSeq: number;
  graph: unknown;
  results: unknown;
}

export function encodeSnapshot(content: SnapshotContent): string {
  return JSON.stringify({ format: SNAPSHOT_FORMAT, ...content });
}

/** The snapshot read back; a damaged one is a DataFileError naming the file and what to do. */
export function decodeSnapshot(text: string, file: string): SnapshotContent {
  let parsed: { format?: unknown; graph?: unknown; results?: unknown; lastSeq?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    throw damagedSnapshot(file, `not JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw damagedSnapshot(file, 'not a JSON object');
  if (parsed.format !== SNAPSHOT_FORMAT) {
    throw new DataFileError(
      file,
      `memory store: ${file} is not a ${SNAPSHOT_FORMAT} snapshot (format: ${String(parsed.format)})`,
    );
  }
  // snapshots written before the journal have no lastSeq: they hold no journaled write
  const lastSeq = typeof parsed.lastSeq === 'number' ? parsed.lastSeq : 0;
  return { lastSeq, graph: parsed.graph, results: parsed.results };
}

export function damagedSnapshot(file: string, why: string): DataFileError {
  return new DataFileError(
    file,
    `${file} is damaged (${why}): restore it from a backup, or move it away to start from its journal alone`,
  );
}
