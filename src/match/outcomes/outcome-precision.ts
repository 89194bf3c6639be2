import {
  OutcomeEngines,
  OutcomeResults,
  SUCCESSFUL_RESULTS,
  type NodeRef,
  type OutcomeEngine,
  type OutcomeResult,
} from '../../domain';
import type { EnginePrecision, PrecisionAtK } from '../../domain/answers/outcome-stats.schema';
import { closedWell, type ClosedDispatch } from './closed-dispatch';

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

/** One verdict on one candidate of one list: a recorded outcome, or a closed request's rating. */
interface Verdict {
  engine: OutcomeEngine;
  date: string;
  order: string;
  list: string;
  candidate: string;
  success: boolean;
  rank: number | undefined;
}

/**
 * Precision@k of past advice against the outcomes recorded in the field, per engine. A match is
 * one candidate in one list of one subject; several verdicts on it (contacted, then signed)
 * judge it once: it succeeded if any was a success, and it stood where it was ranked when its
 * first verdict came (later runs may rank it elsewhere, partly because of it). A dispatched
 * request closed with the enterprise's rating is a verdict on its responder too (closed-dispatch.ts:
 * a success from 4 of 5). An engine with no list judged has no precision or hit rate (null, not 0).
 */
export function outcomePrecision(
  outcomes: readonly RecordedOutcome[],
  ks: readonly number[] = PRECISION_KS,
  closedDispatches: readonly ClosedDispatch[] = [],
): EnginePrecision[] {
  const verdicts = [...outcomes.map(verdictOfOutcome), ...closedDispatches.map(verdictOfClosedRequest)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.order.localeCompare(b.order),
  );
  return OutcomeEngines.values.map((engine) => {
    const ofEngine = outcomes.filter((o) => o.engine === engine);
    const byResult = Object.fromEntries(
      OutcomeResults.values.map((r) => [r, ofEngine.filter((o) => o.result === r).length]),
    ) as Record<OutcomeResult, number>;
    const matches = new Map<string, { list: string; success: boolean; rank: number | undefined }>();
    for (const v of verdicts.filter((x) => x.engine === engine)) {
      const key = `${v.list}|${v.candidate}`;
      const seen = matches.get(key);
      if (!seen) matches.set(key, { list: v.list, success: v.success, rank: v.rank });
      else {
        seen.success ||= v.success;
        seen.rank ??= v.rank;
      }
    }
    const judged = [...matches.values()];
    const lists = new Set(judged.map((m) => m.list)).size;
    const successes = judged.filter((m) => m.success);
    return {
      engine,
      outcomes: ofEngine.length,
      requestsClosed: engine === 'dispatch' ? closedDispatches.length : 0,
      listsJudged: lists,
      matches: judged.length,
      successes: successes.length,
      successesNotProposed: successes.filter((m) => m.rank === undefined).length,
      byResult,
      atK: ks.map((k) => {
        const inTopK = successes.filter((m) => m.rank !== undefined && m.rank <= k).length;
        return {
          k,
          precision: lists === 0 ? null : round(inTopK / (k * lists)),
          successesInTopK: inTopK,
          hitRate: successes.length === 0 ? null : round(inTopK / successes.length),
        };
      }),
    };
  });
}

function verdictOfOutcome(o: RecordedOutcome): Verdict {
  // an outcome whose subject or candidate is gone still judges a match of its own
  const list = `${o.subject ? `${o.subject.kind}:${o.subject.id}` : `outcome:${o.id}`}|${o.qualifier}`;
  return {
    engine: o.engine,
    date: o.date,
    order: o.id,
    list,
    candidate: o.candidate ? `${o.candidate.kind}:${o.candidate.id}` : `outcome:${o.id}`,
    success: SUCCESSFUL_RESULTS.includes(o.result),
    rank: o.rank,
  };
}

/** The same list and candidate as a recorded dispatch outcome of that request and person: both judge one match. */
function verdictOfClosedRequest(c: ClosedDispatch): Verdict {
  return {
    engine: 'dispatch',
    date: c.date,
    order: c.requestId,
    list: `Request:${c.requestId}|`,
    candidate: `Person:${c.assigneeId}`,
    success: closedWell(c),
    rank: c.rank,
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
