import {
  candidateSetKey,
  type CandidateRun,
  type CandidateType,
  type ListStanding,
  type NodeRef,
  type ReportKind,
  type ReportRun,
  revisedRunId,
  type StoredCandidates,
  type StoredReport,
  type TextNorm,
} from '../../domain';
import { listDigest } from '../list-digest';

/**
 * Computed results for the memory store, one record per candidate list as in the Neo4j store: the
 * run id and time and the ranked candidates with their details (reasons are rendered when read,
 * not stored). Each list or report is replaced by a single Map.set, which is atomic in Node's
 * single thread; a run older than the stored one is ignored so that a late retry of an old job
 * cannot overwrite a newer result (the Neo4j store does the same).
 */
export class MemoryResults {
  /**
   * `claimedAt`: the time of the latest run that found the list unchanged (older runs may not
   * replace it); `textNorm`: a partner list's text normaliser, for readListStandings.
   */
  private readonly candidates = new Map<
    string,
    StoredCandidates & { fromKey: string; claimedAt?: string; textNorm?: TextNorm }
  >();
  private readonly reports = new Map<string, StoredReport>();

  writeCandidateRun(run: CandidateRun): void {
    for (const set of run.sets) {
      const key = candidateSetKey(set);
      const current = this.candidates.get(key);
      if (current && (current.claimedAt ?? current.computedAt) > run.computedAt) continue;
      if (
        current &&
        run.keepUnchanged &&
        listDigest(set.candidates, set.textNorm) === listDigest(current.candidates, current.textNorm)
      ) {
        current.claimedAt = run.computedAt;
        continue;
      }
      this.candidates.set(key, {
        fromKey: `${set.from.kind}:${set.from.id}`,
        runId: run.runId,
        computedAt: run.computedAt,
        // ranked by their order, as the Neo4j store keeps them
        candidates: set.candidates.map((c, i) => ({ ...structuredClone(c), rank: i + 1 })),
        ...(set.textNorm ? { textNorm: { ...set.textNorm } } : {}),
      });
    }
  }

  /** See GraphStore.readListStandings. */
  readListStandings(
    type: CandidateType,
    lists: readonly { from: NodeRef; qualifier: string }[],
    member: NodeRef,
  ): Map<string, ListStanding> {
    const standings = new Map<string, ListStanding>();
    for (const { from, qualifier } of lists) {
      const key = candidateSetKey({ type, from, qualifier });
      const stored = this.candidates.get(key);
      if (!stored) continue;
      const last = stored.candidates[stored.candidates.length - 1];
      standings.set(key, {
        size: stored.candidates.length,
        last: last ? { id: last.to.id, score: last.score } : null,
        textNorm: stored.textNorm ? { ...stored.textNorm } : null,
        holds: stored.candidates.some((c) => c.to.kind === member.kind && c.to.id === member.id),
      });
    }
    return standings;
  }

  readCandidates(type: CandidateType, from: NodeRef, qualifier: string): StoredCandidates | null {
    const stored = this.candidates.get(candidateSetKey({ type, from, qualifier }));
    if (!stored) return null;
    const { fromKey: _fromKey, claimedAt: _claimedAt, textNorm: _textNorm, ...result } = stored;
    return structuredClone(result);
  }

  writeReports(run: ReportRun): void {
    for (const report of run.reports) {
      const key = `${report.kind}|${report.key}`;
      const current = this.reports.get(key);
      if (current && current.computedAt > run.computedAt) continue;
      this.reports.set(key, { ...structuredClone(report), runId: run.runId, computedAt: run.computedAt });
    }
  }

  readReport(kind: ReportKind, key: string): StoredReport | null {
    const stored = this.reports.get(`${kind}|${key}`);
    return stored ? structuredClone(stored) : null;
  }

  /** A deleted node takes its candidate lists with it, and leaves the lists it appears in. */
  dropNode(ref: NodeRef): void {
    const key = `${ref.kind}:${ref.id}`;
    for (const [setKey, stored] of this.candidates) {
      if (stored.fromKey === key) this.candidates.delete(setKey);
      else if (stored.candidates.some((c) => c.to.kind === ref.kind && c.to.id === ref.id)) {
        stored.candidates = stored.candidates
          .filter((c) => c.to.kind !== ref.kind || c.to.id !== ref.id)
          .map((c, i) => ({ ...c, rank: i + 1 }));
        stored.runId = revisedRunId(stored.runId);
        // no longer what the engine gave: the next edit around it recomputes it
        delete stored.textNorm;
      }
    }
  }

  export(): unknown {
    return { candidates: [...this.candidates], reports: [...this.reports] };
  }

  import(data: unknown): void {
    const parsed = (data ?? {}) as {
      candidates?: [string, StoredCandidates & { fromKey: string }][];
      reports?: [string, StoredReport][];
    };
    for (const [key, value] of parsed.candidates ?? []) {
      // a list saved before lists kept facts instead of sentences reads as not stored: recomputed when asked
      if (value.candidates.some((c) => 'reasons' in c)) continue;
      this.candidates.set(key, value);
    }
    for (const [key, value] of parsed.reports ?? []) this.reports.set(key, value);
  }
}
