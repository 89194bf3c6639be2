import {
  OutcomeEngines,
  OutcomeResults,
  SUCCESSFUL_RESULTS,
  type NodeRef,
  type OutcomeEngine,
  type OutcomeResult,
} from '../../domain';
import type { EnginePrecision, PrecisionAtK } from '../../domain/answers/outcome-stats.schema';

/** One recorded outcome with its ends (null when the node it was about has since been deleted). */
export interface RecordedOutcome {
  id: string;
  engine: OutcomeEngine;
  result: OutcomeResult;
  date: string;
  qualifier: string;
  rank?: number | undefined;
  subject: NodeRef | null;
  candidate: NodeRef | null;
}

export type { EnginePrecision, PrecisionAtK };

export const PRECISION_KS = [1, 3, 5, 10] as const;

/**
 * Precision@k of past advice against the outcomes recorded in the field, per engine. A match is
 * one candidate in one list of one subject; several outcomes of it (contacted, then signed)
 * judge it once: it succeeded if any outcome was a success, and it stood where it was ranked when
 * its first outcome was recorded (later runs may rank it elsewhere, partly because of it).
 */
export function outcomePrecision(
  outcomes: readonly RecordedOutcome[],
  ks: readonly number[] = PRECISION_KS,
): EnginePrecision[] {
  return OutcomeEngines.values.map((engine) => {
    const ofEngine = outcomes.filter((o) => o.engine === engine);
    const byResult = Object.fromEntries(
      OutcomeResults.values.map((r) => [r, ofEngine.filter((o) => o.result === r).length]),
    ) as Record<OutcomeResult, number>;
    const matches = new Map<string, { list: string; success: boolean; rank: number | undefined }>();
    for (const o of [...ofEngine].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
      // an outcome whose subject or candidate is gone still judges a match of its own
      const list = `${o.subject ? `${o.subject.kind}:${o.subject.id}` : `outcome:${o.id}`}|${o.qualifier}`;
      const key = `${list}|${o.candidate ? `${o.candidate.kind}:${o.candidate.id}` : `outcome:${o.id}`}`;
      const success = SUCCESSFUL_RESULTS.includes(o.result);
      const seen = matches.get(key);
      if (!seen) matches.set(key, { list, success, rank: o.rank });
      else {
        seen.success ||= success;
        seen.rank ??= o.rank;
      }
    }
    const judged = [...matches.values()];
    const lists = new Set(judged.map((m) => m.list)).size;
    const successes = judged.filter((m) => m.success);
    return {
      engine,
      outcomes: ofEngine.length,
      listsJudged: lists,
      matches: judged.length,
      successes: successes.length,
      successesNotProposed: successes.filter((m) => m.rank === undefined).length,
      byResult,
      atK: ks.map((k) => {
        const inTopK = successes.filter((m) => m.rank !== undefined && m.rank <= k).length;
        return {
          k,
          precision: lists === 0 ? 0 : round(inTopK / (k * lists)),
          successesInTopK: inTopK,
          hitRate: successes.length === 0 ? 0 : round(inTopK / successes.length),
        };
      }),
    };
  });
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
