/*
 * Relationship batches that can be written two at a time without waiting on each other.
 *
 * Writing a relationship locks both of its nodes until the transaction commits. Two batches that
 * share a node (a park, a segment, a busy supplier) wait on each other's locks, or deadlock and
 * are retried by the driver: written two at a time as they come, the province's relationships
 * took 1,149 transactions for 541 batches and longer than one at a time (2026-12-05). So every
 * node is given one of PARTS parts of its kind by a hash of its id; a large group's rows are
 * sorted into cells by the parts of their two ends, and each batch holds rows of one cell. A
 * batch lists the parts its rows touch, and two batches run together only when they share none:
 * then no node is in both, and neither can wait on the other.
 */

/** Parts of each node kind: 4 leaves two disjoint cells even where both ends are of one kind. */
export const PARTS = 4;

/** One end of a row: the node's kind and id. */
export interface RowEnd {
  kind: string;
  id: string;
}

/** A batch of rows and the node parts its rows lock. */
export interface DisjointBatch<T> {
  rows: T[];
  parts: ReadonlySet<string>;
}

/** FNV-1a over the id's UTF-16 units: cheap, stable, and spreads the generator's and real ids alike. */
export function partOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PARTS;
}

function partKey(end: RowEnd): string {
  return `${end.kind}#${partOf(end.id)}`;
}

/**
 * Splits one group's rows (one statement) into batches of at most `size` rows. A group that fits
 * one batch stays one batch (splitting it would only add transactions); a larger one is split by
 * cell first, so that its batches can run beside each other.
 */
export function cellBatches<T>(
  rows: readonly T[],
  size: number,
  ends: (row: T) => [RowEnd, RowEnd],
): DisjointBatch<T>[] {
  const batchOf = (batchRows: T[]): DisjointBatch<T> => {
    const parts = new Set<string>();
    for (const row of batchRows) for (const end of ends(row)) parts.add(partKey(end));
    return { rows: batchRows, parts };
  };
  if (rows.length <= size) return rows.length === 0 ? [] : [batchOf([...rows])];
  const cells = new Map<string, T[]>();
  for (const row of rows) {
    const [from, to] = ends(row);
    const cell = `${partOf(from.id)}|${partOf(to.id)}`;
    const list = cells.get(cell);
    if (list) list.push(row);
    else cells.set(cell, [row]);
  }
  const batches: DisjointBatch<T>[] = [];
  for (const cellRows of cells.values())
    for (let i = 0; i < cellRows.length; i += size) batches.push(batchOf(cellRows.slice(i, i + size)));
  return batches;
}

/**
 * Runs `work` on every batch, at most `limit` at a time, never two that share a part. A batch
 * waits while every batch left shares a part with one running; the order is the list's, but a
 * later batch may pass one that must wait. Rejects with the first failure, after the batches
 * already running have ended (so that nothing is still writing when the caller hears of it).
 */
export async function runDisjoint<B extends { parts: ReadonlySet<string> }>(
  batches: readonly B[],
  limit: number,
  work: (batch: B) => Promise<void>,
): Promise<void> {
  const pending = [...batches];
  const held = new Set<string>();
  let running = 0;
  let failure: { error: unknown } | undefined;
  const free = (batch: B): boolean => [...batch.parts].every((part) => !held.has(part));
  await new Promise<void>((resolve) => {
    const startWhatCan = (): void => {
      while (!failure && running < limit) {
        const at = pending.findIndex(free);
        if (at < 0) break;
        const [batch] = pending.splice(at, 1) as [B];
        for (const part of batch.parts) held.add(part);
        running++;
        work(batch).then(
          () => finish(batch),
          (error: unknown) => {
            failure ??= { error };
            finish(batch);
          },
        );
      }
      if (running === 0) resolve();
    };
    const finish = (batch: B): void => {
      for (const part of batch.parts) held.delete(part);
      running--;
      startWhatCan();
    };
    startWhatCan();
  });
  if (failure) throw failure.error;
}
