/**
 * Recorded outcomes read from the store for the outcome figures (GET /stats/outcomes) and for
 * scoping outcome nodes to a key's region. The store is read here; the records and their
 * regions are made by the pure functions in match/outcomes/recorded-outcomes.ts.
 */
import type { NodeRef, RelType } from '../domain';
import type { RecordedOutcome } from '../match/outcomes/outcome-precision';
import { recordedOutcome, regionsByOutcome, type OutcomeEnds } from '../match/outcomes/recorded-outcomes';
import { eachNode } from '../store/all-nodes';
import type { GraphStore } from '../store/graph-store';

/** Every recorded outcome with its subject and candidate, read page by page (outcomes number in the thousands at most). */
export async function readRecordedOutcomes(store: GraphStore): Promise<RecordedOutcome[]> {
  const subjectOf = endsByOutcome(await store.allRelationships('OUTCOME_OF'));
  const candidateOf = endsByOutcome(await store.allRelationships('OUTCOME_WITH'));
  const outcomes: RecordedOutcome[] = [];
  for await (const node of eachNode(store, 'Outcome')) outcomes.push(recordedOutcome(node, subjectOf, candidateOf));
  return outcomes;
}

function endsByOutcome(edges: { from: NodeRef; to: NodeRef }[]): Map<string, NodeRef> {
  return new Map(edges.map((e) => [e.from.id, e.to]));
}

/**
 * The regions each outcome's advice belongs to (see regionsByOutcome): the places of the
 * subject enterprises, of the enterprises that raised the requests and of those who posted
 * the problems, read in a few follows.
 */
export async function regionsOfOutcomes(
  store: GraphStore,
  outcomes: readonly OutcomeEnds[],
): Promise<Map<string, string[]>> {
  const ids = (kind: NodeRef['kind']) => [
    ...new Set(outcomes.filter((o) => o.subject?.kind === kind).map((o) => o.subject!.id)),
  ];
  const located = async (kind: 'Enterprise' | 'Institution', of: string[]) =>
    edgesFrom(await store.follow({ fromKind: kind, ids: of, type: 'LOCATED_IN', direction: 'out', toKind: 'Region' }));
  const subjectRegions = await located('Enterprise', ids('Enterprise'));

  // the enterprise that asked: a request's raiser, a talent or financing need's enterprise
  const askedBy = async (fromKind: 'Request' | 'TalentNeed' | 'FinancingNeed', type: RelType) =>
    edgesFrom(await store.follow({ fromKind, ids: ids(fromKind), type, direction: 'out', toKind: 'Enterprise' }));
  const raisedBy = await askedBy('Request', 'RAISED_BY');
  const neededBy = await askedBy('TalentNeed', 'NEEDED_BY');
  const soughtBy = await askedBy('FinancingNeed', 'SOUGHT_BY');
  const posters = new Map<string, NodeRef[]>();
  for (const kind of ['Enterprise', 'Institution'] as const) {
    const posted = await store.follow({
      fromKind: 'Problem',
      ids: ids('Problem'),
      type: 'POSTED',
      direction: 'in',
      toKind: kind,
    });
    for (const edge of posted.edges) posters.set(edge.to.id, [...(posters.get(edge.to.id) ?? []), edge.from]);
  }
  const posterIds = (kind: 'Enterprise' | 'Institution') =>
    [...posters.values()]
      .flat()
      .filter((r) => r.kind === kind)
      .map((r) => r.id);
  const otherRegions = await located('Enterprise', [
    ...new Set([
      ...[...raisedBy.values()].flat(),
      ...[...neededBy.values()].flat(),
      ...[...soughtBy.values()].flat(),
      ...posterIds('Enterprise'),
    ]),
  ]);
  const institutionRegions = await located('Institution', [...new Set(posterIds('Institution'))]);
  // a subject enterprise's own regions first, as before: later entries of a Map's source win
  const enterpriseRegions = new Map([...otherRegions, ...subjectRegions]);
  return regionsByOutcome(outcomes, { enterpriseRegions, institutionRegions, raisedBy, posters, neededBy, soughtBy });
}

/** from id → the ids it leads to, over a follow's edges. */
function edgesFrom(found: { edges: { from: NodeRef; to: NodeRef }[] }): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of found.edges) map.set(e.from.id, [...(map.get(e.from.id) ?? []), e.to.id]);
  return map;
}
