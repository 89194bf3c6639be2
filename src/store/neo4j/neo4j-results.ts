import {
  candidateSetKey,
  candidateTypes,
  type Candidate,
  type CandidateSet,
  type CandidateLists,
  type CandidateRun,
  type CandidateType,
  type ListStanding,
  type NodeKind,
  type NodeRef,
  type ReportKind,
  regionRelationOf,
  type ReportRun,
  revisedRunId,
  type StoredCandidates,
  type StoredReport,
} from '../../domain';
import { LRUCache } from 'lru-cache';
import { EpochHeldReads } from '../epoch-held-reads';
import type { StoreEpoch } from '../store-epoch';
import { groupBy } from '../../shared/group-by';
import { chunk } from './batching';
import { decodeList, encodeList, encodeListBody, listText, toKey } from './candidate-list-record';
import { digestOfList } from '../list-digest';
import { cypherFile } from './cypher-files';
import type { Neo4jConnection, TxRunner } from './neo4j-connection';
import { dateTimeParam } from './neo4j-values';

/** Lists (or reports) per write transaction: a few MB of text, one round trip each. */
const BATCH = 2000;
/** About 5,000 partner lists of 20 candidates (a park's enterprises, both directions) per API process. */
const LIST_CACHE_BYTES = 64 * 2 ** 20;
/**
 * Node reads (a node's regions and its whole lists) held while the epoch stands, by their lists'
 * approximate size: the same lists as the cache above when both hold them, so together at most
 * twice its bound.
 */
const HELD_BYTES = LIST_CACHE_BYTES;
/**
 * How many of each list's first candidates are also written as relationships, to explore in Neo4j
 * Browser: none. Measured on a shared machine (2026-12-03), the top 3 added 13 % to writing 5,000
 * lists (medians of 3) and 82–88 % in two of three pairs of 20,000: not cheap against issue 18's
 * 3× target for a full recompute. 3 turns them on; the records' `to` arrays are explorable anyway.
 */
export const EXPLORABLE_TOP = 0;

/**
 * Computed results, one record per candidate list: the `ResultSet` node of the set holds the run
 * id and time and the whole list as one string (candidate-list-record.ts); reasons are not stored
 * but rendered when read. A run is written in batches of BATCH lists per transaction; each record
 * is replaced by one SET unless a newer run holds it, and a list's run id and time are inside its
 * text: a reader reads the old list or the new one whole, never a mix, with no read again. With
 * `explorableTop` > 0, the first candidates of each list stored are also plain relationships
 * (PARTNER_CANDIDATE, TACKLE_CANDIDATE: rank and score, no reasons), replaced in the same
 * transaction, to explore in Neo4j Browser.
 */
export class Neo4jResults {
  /**
   * The lists the API read last, by set key, with the run they belong to. A read still asks
   * Neo4j for each set's current run (so it is always the latest), but when that is the run held
   * here Neo4j sends no list and nothing is decoded again. Bounded by the lists' approximate size.
   */
  private readonly lists = new LRUCache<string, StoredCandidates>({
    maxSize: LIST_CACHE_BYTES,
    sizeCalculation: listBytes,
  });

  /**
   * A node's regions and whole lists as read, answered again (cut to each read's limit) without
   * Neo4j while no write was made anywhere since (the store's epoch, shared through Redis).
   * Without an epoch every read asks Neo4j.
   */
  private readonly held: EpochHeldReads<CandidateLists>;

  constructor(
    private readonly connection: Neo4jConnection,
    epoch: StoreEpoch | null = null,
    private readonly explorableTop: number = EXPLORABLE_TOP,
  ) {
    this.held = new EpochHeldReads(epoch, {
      maxSize: HELD_BYTES,
      sizeOf: (read) => Object.values(read.lists).reduce((n, list) => n + (list ? listBytes(list) : 0), 200),
    });
  }

  /** After any write of the graph or of lists: reads held anywhere are asked again. */
  written(): Promise<void> {
    return this.held.written();
  }

  close(): Promise<void> {
    return this.held.close();
  }

  async writeCandidateRun(run: CandidateRun): Promise<void> {
    const computedAt = dateTimeParam(run.computedAt);
    for (const set of run.sets) for (const c of set.candidates) checkEnds(set.type, set.from.kind, c.to.kind);
    for (const batch of chunk(run.sets, BATCH)) {
      // each list written out once: its digest is of the text that is sent when it moved
      const bodies = batch.map((set) => encodeListBody(set.candidates));
      const digests = batch.map((set, i) => ({
        setKey: candidateSetKey(set),
        digest: digestOfList(bodies[i]!, set.textNorm),
      }));
      // each batch is served as soon as it is committed, not when the whole run is; and a batch
      // that failed may have committed before the failure was known: the epoch moves on either way
      await this.writeBatch(run, batch, digests, bodies, computedAt).finally(() => this.written());
    }
  }

  private async writeBatch(
    run: CandidateRun,
    batch: CandidateSet[],
    digests: { setKey: string; digest: string }[],
    bodies: string[],
    computedAt: unknown,
  ): Promise<void> {
    await this.connection.write(async (tx) => {
      // the unchanged lists first, by digest: only the lists that moved are sent
      const kept = run.keepUnchanged
        ? new Set(
            (await tx.rows(cypherFile('results/keep-unchanged-lists'), { lists: digests, computedAt })).map((row) =>
              String(row['setKey']),
            ),
          )
        : new Set<string>();
      const lists = batch.flatMap((set, i) =>
        kept.has(digests[i]!.setKey)
          ? []
          : [
              {
                ...digests[i]!,
                fromKey: toKey(set.from.kind, set.from.id),
                to: set.candidates.map((c) => toKey(c.to.kind, c.to.id)),
                list: listText(run.runId, run.computedAt, bodies[i]!),
                lastScore: set.candidates.at(-1)?.score ?? null,
                bestText: set.textNorm?.bestText ?? null,
                bestTextOf: set.textNorm?.bestTextOf ?? null,
              },
            ],
      );
      if (lists.length === 0) return;
      const held = await tx.rows(cypherFile('results/write-candidate-lists'), {
        lists,
        runId: run.runId,
        computedAt,
      });
      if (this.explorableTop <= 0) return;
      const stored = new Set(held.map((row) => String(row['setKey'])));
      await this.writeTop(
        tx,
        batch.filter((set) => stored.has(candidateSetKey(set))),
        run.runId,
      );
    });
  }

  /** The explorable top candidates of the lists a run now holds: the old ones deleted, the new ones written. */
  private async writeTop(tx: TxRunner, sets: CandidateSet[], runId: string): Promise<void> {
    for (const group of groupBy(sets, (s) => `${s.type}|${s.from.kind}`).values()) {
      const { type, from } = group[0]!;
      const statement = cypherFile('results/delete-top-candidates', { from: from.kind, type });
      await tx.rows(statement, { sets: group.map((s) => ({ setKey: candidateSetKey(s), fromId: s.from.id })) });
    }
    const rows = sets.flatMap((set) =>
      set.candidates.slice(0, this.explorableTop).map((c, i) => ({
        type: set.type,
        fromKind: set.from.kind,
        toKind: c.to.kind,
        setKey: candidateSetKey(set),
        fromId: set.from.id,
        toId: c.to.id,
        qualifier: set.qualifier,
        rank: i + 1,
        score: c.score,
      })),
    );
    for (const group of groupBy(rows, (r) => `${r.type}|${r.fromKind}|${r.toKind}`).values()) {
      const { type, fromKind, toKind } = group[0]!;
      const statement = cypherFile('results/write-top-candidates', { from: fromKind, to: toKind, type });
      await tx.rows(statement, { rows: group, runId });
    }
  }

  async readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null> {
    const setKey = candidateSetKey({ type, from, qualifier });
    const [row] = await this.connection.readOnce(cypherFile('results/read-candidates'), { setKey });
    // no list: none stored, a record left by the storage before lists were records, or an older format
    return row && typeof row['list'] === 'string' ? decodeList(row['list']) : null;
  }

  async readListStandings(
    type: CandidateType,
    lists: readonly { from: NodeRef; qualifier: string }[],
    member: NodeRef,
  ): Promise<Map<string, ListStanding>> {
    const setKeys = lists.map(({ from, qualifier }) => candidateSetKey({ type, from, qualifier }));
    const rows = await this.connection.readOnce(cypherFile('results/read-list-standings'), {
      setKeys,
      member: toKey(member.kind, member.id),
    });
    const standings = new Map<string, ListStanding>();
    for (const row of rows) {
      const last = row['last'] as string | null;
      const bestText = row['bestText'] as number | null;
      standings.set(String(row['setKey']), {
        size: Number(row['size']),
        last: last === null ? null : { id: last.slice(last.indexOf(':') + 1), score: Number(row['lastScore']) },
        textNorm: bestText === null ? null : { bestText, bestTextOf: (row['bestTextOf'] as string | null) ?? null },
        holds: row['holds'] === true,
      });
    }
    return standings;
  }

  async readCandidateLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
    limit: number,
  ): Promise<CandidateLists | null> {
    const setKeys = qualifiers.map((qualifier) => candidateSetKey({ type, from, qualifier }));
    // held whole, by node, and cut to each read's limit: one entry per node however it is asked
    const whole = await this.held.read(setKeys.join('\u0000'), () => this.readWholeLists(type, from, qualifiers));
    if (!whole) return null;
    const lists: Record<string, StoredCandidates | null> = {};
    for (const qualifier of qualifiers) {
      const list = whole.lists[qualifier] ?? null;
      lists[qualifier] = list && { ...list, candidates: list.candidates.slice(0, limit) };
    }
    return { regionIds: whole.regionIds, lists };
  }

  /** A node's regions and its whole lists, from Neo4j (a list already held at its run is not sent again). */
  private async readWholeLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
  ): Promise<CandidateLists | null> {
    // a kind with no region of its own (a problem) still needs a valid statement: LOCATED_IN finds none
    const located = regionRelationOf(from.kind) ?? 'LOCATED_IN';
    const statement = cypherFile('results/read-candidate-lists', { from: from.kind, located });
    const setKeys = qualifiers.map((qualifier) => candidateSetKey({ type, from, qualifier }));
    // what is held now, kept for this read: another request may replace or evict an entry before
    // the answer comes, and a list Neo4j left out must be taken from what was offered
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
    const lists: Record<string, StoredCandidates | null> = {};
    qualifiers.forEach((qualifier, at) => {
      const setKey = setKeys[at]!;
      const row = rows.find((r) => r['setKey'] === setKey)!;
      const cached = held.get(setKey);
      let stored: StoredCandidates | null = null;
      if (row['runId'] === null) stored = null;
      else if (cached && cached.runId === row['runId']) stored = cached;
      else if (typeof row['list'] === 'string') {
        // the run and time inside the list are its own: one property, read whole; an older
        // format reads as not stored, and the job that computes it again is queued
        stored = decodeList(row['list']);
        if (stored) this.lists.set(setKey, stored);
      }
      lists[qualifier] = stored;
    });
    return { regionIds: rows[0]!['regionIds'] as string[], lists };
  }

  /**
   * Takes a deleted node out of the lists it is a candidate in (in the delete's transaction): each
   * such list written again without it, under the same run. A scan of the lists: deletes are rare.
   */
  static async dropCandidate(tx: TxRunner, kind: NodeKind, id: string): Promise<void> {
    const key = toKey(kind, id);
    const rows = await tx.rows(cypherFile('results/read-lists-holding'), { key });
    const lists = rows.flatMap((row) => {
      const stored = decodeList(String(row['list']));
      // a list in an older format reads as not stored anyway: left for the next run to replace
      if (!stored) return [];
      const { runId, computedAt, candidates } = stored;
      const kept = candidates.filter((c) => c.to.kind !== kind || c.to.id !== id);
      const revised = revisedRunId(runId);
      return [
        {
          setKey: String(row['setKey']),
          runId: revised,
          to: kept.map((c) => toKey(c.to.kind, c.to.id)),
          list: encodeList(revised, computedAt, kept),
        },
      ];
    });
    if (lists.length > 0) await tx.rows(cypherFile('results/drop-candidate-from-lists'), { lists });
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

/** Sizes of the lists decoded, made once: both caches weigh the same list objects. */
const listSizes = new WeakMap<StoredCandidates, number>();

/** Roughly what a list takes in memory. */
function listBytes(list: StoredCandidates): number {
  let bytes = listSizes.get(list);
  if (bytes === undefined) {
    bytes = 200 + list.candidates.reduce((n, c) => n + candidateBytes(c), 0);
    listSizes.set(list, bytes);
  }
  return bytes;
}

/** Roughly what a candidate takes in memory: its strings at two bytes a character, and some overhead. */
function candidateBytes(c: Candidate): number {
  const text = c.to.id.length + (c.detail ? JSON.stringify(c.detail).length : 0);
  return 2 * text + 150;
}

function checkEnds(type: CandidateType, fromKind: NodeKind, toKind: NodeKind): void {
  const spec = candidateTypes[type] as { from: readonly NodeKind[]; to: readonly NodeKind[] };
  if (!spec.from.includes(fromKind) || !spec.to.includes(toKind)) {
    throw new Error(`results: ${type} cannot join ${fromKind} to ${toKind}`);
  }
}
