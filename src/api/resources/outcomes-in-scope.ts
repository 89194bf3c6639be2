import type { Caller } from '../../access/caller';
import { OUTCOME_ENDS, type OutcomeEngine, type OutcomeResult } from '../../domain';
import { regionsOfOutcomes } from '../../use-cases/recorded-outcomes';
import type { GraphNode } from '../../store/graph-store';
import type { ApiContext } from '../api-context';

/**
 * The outcomes of a page a caller may read: a region-scoped key sees those whose advice was for
 * its region (the subject enterprise, the leads' region, the request's or the problem's
 * enterprise, as GET /stats/outcomes counts them); an outcome placed nowhere is for keys without
 * a region. Notes say who was called and what was said: they are another region's business.
 */
export async function outcomesInScope(app: ApiContext, caller: Caller, nodes: GraphNode[]): Promise<GraphNode[]> {
  const scope = await app.scopes.of(caller);
  if (scope === null || nodes.length === 0) return nodes;
  const outcomes = nodes.map(({ id, props }) => {
    const engine = props['engine'] as OutcomeEngine;
    const subjectKind = OUTCOME_ENDS[engine]?.subject[0];
    const subjectId = props['subjectId'];
    return {
      id,
      engine,
      result: props['result'] as OutcomeResult,
      date: String(props['date']),
      qualifier: String(props['qualifier'] ?? ''),
      subject: subjectKind && typeof subjectId === 'string' ? { kind: subjectKind, id: subjectId } : null,
      candidate: null,
    };
  });
  const regions = await regionsOfOutcomes(app.store, outcomes);
  return nodes.filter((node) => (regions.get(node.id) ?? []).some((region) => scope.has(region)));
}
