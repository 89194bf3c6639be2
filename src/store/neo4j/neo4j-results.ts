import {
  candidateSetKey,
  candidateTypes,
  type Candidate,
  type CandidateLists,
  type CandidateRun,
  type CandidateType,
  type NodeKind,
  type NodeRef,
  type ReportKind,
  regionRelationOf,
  type ReportRun,
  type StoredCandidates,
  type StoredReport,
} from '../../domain';
import { LRUCache } from 'lru-cache';
import { chunk, groupBy } from './batching';
import { cypherFile } from './cypher-files';
import type { Neo4jConnection } from './neo4j-connection';
import { dateTimeParam } from './neo4j-values';

const BATCH = 2000;
/** About 5,000 partner lists of 20 candidates (a park's enterprises, both directions) per API process. */
const LIST_CACHE_BYTES = 64 * 2 ** 20;
const READ_ATTEMPTS = 5;

/**
 * Computed results as relationships (explorable in Neo4j Browser) behind a pointer node per set.
 *
 * A run is written in two steps: its relationships, tagged with the run id and invisible to
 * readers; then one transaction per batch of sets that moves each set's pointer to the run and
 * deletes the losing run's relationships. A reader reads the pointer, the relationships of that
 * run and the pointer again, and retries when a flip came between: Neo4j reads are
 * read-committed, so that last check is what makes "old set or new set, never a mix" hold.
 */
export class Neo4jResults {
  /**
   * The lists the API read last, by set key, with the run they belong to. A read still asks
   * Neo4j for each set's current run (so it is always the latest), but when that is the run held
   * here Neo4j sends no candidates and nothing is decoded again: decoding a list was most of an
   * API read's cost. Bounded by the lists' approximate size in memory.
   */
  private readonly lists = new LRUCache<string, StoredCandidates>({
    maxSize: LIST_CACHE_BYTES,
    sizeCalculation: (list) => 200 + list.candidates.reduce((n, c) => n + candidateBytes(c), 0),
  });

  constructor(private readonly connection: Neo4jConnection) {}

  async writeCandidateRun(run: CandidateRun): Promise<void> {
    const computedAt = dateTimeParam(run.computedAt);
    const rows = run.sets.flatMap((set) =>
      set.candidates.map((c) => ({
        type: set.type,
        fromKind: set.from.kind,
        toKind: c.to.kind,
        setKey: candidateSetKey(set),
        fromId: set.from.id,
        toId: c.to.id,
        qualifier: set.qualifier,
        rank: c.rank,
        score: c.score,
        reasons: c.reasons,
        detail: JSON.stringify(c.detail ?? {}),
      })),
    );
    for (const group of groupBy(rows, (r) => `${r.type}|${r.fromKind}|${r.toKind}`).values()) {
      const first = group[0] as (typeof rows)[number];
      checkEnds(first.type, first.fromKind, first.toKind);
      const statement = cypherFile('results/write-candidates', {
        from: first.fromKind,
        to: first.toKind,
        type: first.type,
      });
      for (const batch of chunk(group, BATCH)) {
        await this.connection.write((tx) => tx.rows(statement, { rows: batch, runId: run.runId, computedAt }));
      }
    }
    const sets = run.sets.map((set) => ({
      type: set.type,
      fromKind: set.from.kind,
      setKey: candidateSetKey(set),
      fromId: set.from.id,
      fromKey: `${set.from.kind}:${set.from.id}`,
    }));
    for (const group of groupBy(sets, (s) => `${s.type}|${s.fromKind}`).values()) {
      const first = group[0] as (typeof sets)[number];
      const statement = cypherFile('results/flip-candidate-sets', { from: first.fromKind, type: first.type });
      for (const batch of chunk(group, BATCH)) {
        await this.connection.write((tx) => tx.rows(statement, { sets: batch, runId: run.runId, computedAt }));
      }
    }
  }

  async readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null> {
    const statement = cypherFile('results/read-candidates', { from: from.kind, type });
    const setKey = candidateSetKey({ type, from, qualifier });
    for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      const [row] = await this.connection.read((tx) => tx.rows(statement, { setKey, fromId: from.id }));
      if (!row) return null;
      if (row['runId'] !== row['runIdAfter']) continue;
      const candidates = (row['candidates'] as StoredRow[]).map(toCandidate);
      return { runId: String(row['runId']), computedAt: String(row['computedAt']), candidates };
    }
    throw new Error(`results: ${setKey} kept changing during ${READ_ATTEMPTS} reads`);
  }

  async readCandidateLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
    limit: number,
  ): Promise<CandidateLists | null> {
    // a kind with no region of its own (a problem) still needs a valid statement: LOCATED_IN finds none
    const located = regionRelationOf(from.kind) ?? 'LOCATED_IN';
    const statement = cypherFile('results/read-candidate-lists', { from: from.kind, located, type });
    const setKeys = qualifiers.map((qualifier) => candidateSetKey({ type, from, qualifier }));
    for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      // what is held now, kept for this read: another request may replace or evict an entry
      // before the answer comes, and a set Neo4j left out must be taken from what was offered
      const held = new Map<string, StoredCandidates>();
      const known: Record<string, string> = {};
      for (const setKey of setKeys) {
        const cached = this.lists.get(setKey);
        if (cached) {
          held.set(setKey, cached);
          known[setKey] = cached.runId;
        }
      }
      const rows = await this.connection.readOnce(statement, { fromId: from.id, setKeys, known });
      if (rows.length === 0) return null;
      if (rows.some((row) => row['runId'] !== row['runIdAfter'])) continue;
      const lists: Record<string, StoredCandidates | null> = {};
      qualifiers.forEach((qualifier, at) => {
        const setKey = setKeys[at]!;
        const row = rows.find((r) => r['setKey'] === setKey)!;
        if (row['runId'] === null) {
          lists[qualifier] = null;
          return;
        }
        let stored = held.get(setKey);
        if (!stored || stored.runId !== row['runId']) {
          stored = {
            runId: String(row['runId']),
            computedAt: String(row['computedAt']),
            candidates: (row['candidates'] as StoredRow[]).map(toCandidate),
          };
          this.lists.set(setKey, stored);
        }
        lists[qualifier] = { ...stored, candidates: stored.candidates.slice(0, limit) };
      });
      return { regionIds: rows[0]!['regionIds'] as string[], lists };
    }
    throw new Error(`results: ${setKeys.join(', ')} kept changing during ${READ_ATTEMPTS} reads`);
  }

  async writeReports(run: ReportRun): Promise<void> {
    const rows = run.reports.map((r) => ({
      id: `${r.kind}|${r.key}`,
      kind: r.kind,
      key: r.key,
      payload: JSON.stringify(r.payload),
    }));
    const computedAt = dateTimeParam(run.computedAt);
    for (const batch of chunk(rows, BATCH)) {
      await this.connection.write((tx) =>
        tx.rows(cypherFile('results/write-reports'), { rows: batch, runId: run.runId, computedAt }),
      );
    }
  }

  async readReport(kind: ReportKind, key: string): Promise<StoredReport | null> {
    const [row] = await this.connection.read((tx) =>
      tx.rows(cypherFile('results/read-report'), { id: `${kind}|${key}` }),
    );
    if (!row) return null;
    return {
      kind: row['kind'] as ReportKind,
      key: String(row['key']),
      runId: String(row['runId']),
      computedAt: String(row['computedAt']),
      payload: JSON.parse(String(row['payload'])) as unknown,
    };
  }
}

interface StoredRow {
  toKind: NodeKind;
  toId: string;
  rank: number;
  score: number;
  reasons: string[];
  detail: string;
}

function toCandidate(row: StoredRow): Candidate {
  const detail = JSON.parse(row.detail) as Record<string, unknown>;
  return {
    to: { kind: row.toKind, id: row.toId },
    rank: row.rank,
    score: row.score,
    reasons: row.reasons,
    ...(Object.keys(detail).length > 0 ? { detail } : {}),
  };
}

/** Roughly what a candidate takes in memory: its strings at two bytes a character, and some overhead. */
function candidateBytes(c: Candidate): number {
  const text = c.reasons.reduce((n, r) => n + r.length, 0) + (c.detail ? JSON.stringify(c.detail).length : 0);
  return 2 * text + 150;
}

function checkEnds(type: CandidateType, fromKind: NodeKind, toKind: NodeKind): void {
  const spec = candidateTypes[type] as { from: readonly NodeKind[]; to: readonly NodeKind[] };
  if (!spec.from.includes(fromKind) || !spec.to.includes(toKind)) {
    throw new Error(`results: ${type} cannot join ${fromKind} to ${toKind}`);
  }
}
