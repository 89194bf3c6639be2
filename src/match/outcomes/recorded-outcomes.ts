import { OUTCOME_ENDS, type NodeKind, type NodeRef, type OutcomeEngine, type OutcomeResult } from '../../domain';
import type { RecordedOutcome } from './outcome-precision';

/**
 * An Outcome node as the figures read it: its ends are the OUTCOME_OF and OUTCOME_WITH ties
 * while those stand (`subjectOf` / `candidateOf`: outcome id → the node it leads to), else the
 * ids it recorded. Reading the nodes and ties is the use case's (use-cases/recorded-outcomes.ts).
 */
export function recordedOutcome(
  { id, props }: { id: string; props: Record<string, unknown> },
  subjectOf: ReadonlyMap<string, NodeRef>,
  candidateOf: ReadonlyMap<string, NodeRef>,
): RecordedOutcome {
  const engine = props['engine'] as OutcomeEngine;
  return {
    id,
    engine,
    result: props['result'] as OutcomeResult,
    date: String(props['date']),
    qualifier: String(props['qualifier'] ?? ''),
    rank: typeof props['rank'] === 'number' ? props['rank'] : undefined,
    subject: subjectOf.get(id) ?? recorded(props['subjectId'], OUTCOME_ENDS[engine]?.subject),
    candidate: candidateOf.get(id) ?? recorded(props['candidateId'], OUTCOME_ENDS[engine]?.candidate),
  };
}

/**
 * The subject or candidate as recorded on the outcome, once its tie is gone with the node it led
 * to: its kind is known where the engine allows one only (an expert or an institution proposed
 * for a problem cannot be told apart from an id alone).
 */
function recorded(id: unknown, kinds: readonly NodeKind[] | undefined): NodeRef | null {
  return typeof id === 'string' && kinds?.length === 1 ? { kind: kinds[0]!, id } : null;
}

/** What places an outcome (or a closed request judging a dispatch): its id, its subject and its list. */
export type OutcomeEnds = Pick<RecordedOutcome, 'id' | 'subject' | 'qualifier'>;

/** Where the parties of the outcomes' advice are, as read from the graph (id → ids). */
export interface OutcomePlaces {
  /** Enterprise → its regions. */
  enterpriseRegions: ReadonlyMap<string, string[]>;
  /** Institution → its regions. */
  institutionRegions: ReadonlyMap<string, string[]>;
  /** Request → the enterprises that raised it. */
  raisedBy: ReadonlyMap<string, string[]>;
  /** Problem → the enterprises and institutions that posted it. */
  posters: ReadonlyMap<string, NodeRef[]>;
  /** TalentNeed → the enterprises that posted it. */
  neededBy?: ReadonlyMap<string, string[]>;
  /** FinancingNeed → the enterprise seeking it. */
  soughtBy?: ReadonlyMap<string, string[]>;
}

/**
 * The regions each outcome's advice belongs to, for a park's own figures: where the subject
 * enterprise is; the region of a chain's leads (the list's qualifier); where the enterprise that
 * raised the request (or posted the talent need), or the enterprise or institution that posted the
 * problem, is.
 */
export function regionsByOutcome(
  outcomes: readonly OutcomeEnds[],
  { enterpriseRegions, institutionRegions, raisedBy, posters, neededBy = new Map(), soughtBy }: OutcomePlaces,
): Map<string, string[]> {
  const regionsOfEnterprise = (id: string) => enterpriseRegions.get(id) ?? [];
  const regions = new Map<string, string[]>();
  for (const o of outcomes) {
    const s = o.subject;
    if (!s) regions.set(o.id, []);
    else if (s.kind === 'Enterprise') regions.set(o.id, regionsOfEnterprise(s.id));
    else if (s.kind === 'Chain') regions.set(o.id, o.qualifier ? [o.qualifier] : []);
    else if (s.kind === 'Request') regions.set(o.id, (raisedBy.get(s.id) ?? []).flatMap(regionsOfEnterprise));
    else if (s.kind === 'TalentNeed') regions.set(o.id, (neededBy.get(s.id) ?? []).flatMap(regionsOfEnterprise));
    else if (s.kind === 'FinancingNeed') regions.set(o.id, (soughtBy?.get(s.id) ?? []).flatMap(regionsOfEnterprise));
    else
      regions.set(
        o.id,
        (posters.get(s.id) ?? []).flatMap((p) =>
          p.kind === 'Enterprise' ? regionsOfEnterprise(p.id) : (institutionRegions.get(p.id) ?? []),
        ),
      );
  }
  return regions;
}
