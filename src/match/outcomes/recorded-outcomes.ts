import { OUTCOME_ENDS, type NodeKind, type NodeRef, type OutcomeEngine, type OutcomeResult } from '../../domain';
import type { GraphStore } from '../../store/graph-store';
import type { RecordedOutcome } from './outcome-precision';

/** Every recorded outcome with its subject and candidate, read page by page (outcomes number in the thousands at most). */
export async function readRecordedOutcomes(store: GraphStore): Promise<RecordedOutcome[]> {
  const subjectOf = endsByOutcome(await store.allRelationships('OUTCOME_OF'));
  const candidateOf = endsByOutcome(await store.allRelationships('OUTCOME_WITH'));
  const outcomes: RecordedOutcome[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listNodes('Outcome', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const { id, props } of page.items) {
      const engine = props['engine'] as OutcomeEngine;
      outcomes.push({
        id,
        engine,
        result: props['result'] as OutcomeResult,
        date: String(props['date']),
        qualifier: String(props['qualifier'] ?? ''),
        rank: typeof props['rank'] === 'number' ? props['rank'] : undefined,
        subject: subjectOf.get(id) ?? recorded(props['subjectId'], OUTCOME_ENDS[engine]?.subject),
        candidate: candidateOf.get(id) ?? recorded(props['candidateId'], OUTCOME_ENDS[engine]?.candidate),
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return outcomes;
}

/**
 * The subject or candidate as recorded on the outcome, once its tie is gone with the node it led
 * to: its kind is known where the engine allows one only (an expert or an institution proposed
 * for a problem cannot be told apart from an id alone).
 */
function recorded(id: unknown, kinds: readonly NodeKind[] | undefined): NodeRef | null {
  return typeof id === 'string' && kinds?.length === 1 ? { kind: kinds[0]!, id } : null;
}

function endsByOutcome(edges: { from: NodeRef; to: NodeRef }[]): Map<string, NodeRef> {
  return new Map(edges.map((e) => [e.from.id, e.to]));
}

/**
 * The regions each outcome's advice belongs to, for a park's own figures: where the subject
 * enterprise is; the region of a chain's leads (the list's qualifier); where the enterprise that
 * raised the request, or the enterprise or institution that posted the problem, is.
 */
export async function regionsOfOutcomes(
  store: GraphStore,
  outcomes: readonly RecordedOutcome[],
): Promise<Map<string, string[]>> {
  const ids = (kind: NodeRef['kind']) => [
    ...new Set(outcomes.filter((o) => o.subject?.kind === kind).map((o) => o.subject!.id)),
  ];
  const located = async (kind: 'Enterprise' | 'Institution', of: string[]) =>
    edgesFrom(await store.follow({ fromKind: kind, ids: of, type: 'LOCATED_IN', direction: 'out', toKind: 'Region' }));
  const enterpriseRegions = await located('Enterprise', ids('Enterprise'));

  const raisedBy = edgesFrom(
    await store.follow({
      fromKind: 'Request',
      ids: ids('Request'),
      type: 'RAISED_BY',
      direction: 'out',
      toKind: 'Enterprise',
    }),
  );
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
  const posterEnterprises = [...posters.values()]
    .flat()
    .filter((r) => r.kind === 'Enterprise')
    .map((r) => r.id);
  const posterInstitutions = [...posters.values()]
    .flat()
    .filter((r) => r.kind === 'Institution')
    .map((r) => r.id);
  const moreEnterpriseRegions = await located('Enterprise', [
    ...new Set([...[...raisedBy.values()].flat(), ...posterEnterprises]),
  ]);
  const institutionRegions = await located('Institution', [...new Set(posterInstitutions)]);
  const regionsOfEnterprise = (id: string) => enterpriseRegions.get(id) ?? moreEnterpriseRegions.get(id) ?? [];

  const regions = new Map<string, string[]>();
  for (const o of outcomes) {
    const s = o.subject;
    if (!s) regions.set(o.id, []);
    else if (s.kind === 'Enterprise') regions.set(o.id, regionsOfEnterprise(s.id));
    else if (s.kind === 'Chain') regions.set(o.id, o.qualifier ? [o.qualifier] : []);
    else if (s.kind === 'Request') regions.set(o.id, (raisedBy.get(s.id) ?? []).flatMap(regionsOfEnterprise));
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

/** from id → the ids it leads to, over a follow's edges. */
function edgesFrom(found: { edges: { from: NodeRef; to: NodeRef }[] }): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of found.edges) map.set(e.from.id, [...(map.get(e.from.id) ?? []), e.to.id]);
  return map;
}
