import type { UseCaseContext } from '../use-case-context';
import { decidePlacements, type PlacementDecision } from './placement-review';

/** Audit entries written at once for a bulk decision. */
const AUDIT_BATCH = 20;

/** What a reviewer's bulk decision did. */
export interface DecisionsOutcome {
  decided: number;
  /** Of those, enterprises placed in at least one segment (not none fit). */
  placed: number;
  /** Ids of decisions not written: enterprises or segments not in the graph, enterprises not the key's. */
  unknown: string[];
}

/**
 * A reviewer's decisions on the 挂链 review queue, as far as their key reaches: those on
 * enterprises outside a region-limited key's region are not written, and are answered alike with
 * those naming no such enterprise (unknown), so the answer never tells whether another region's
 * enterprise exists. Each written decision leaves an entry in the enterprise's audit trail.
 */
export async function decidePlacementsInScope(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller' | 'audit'>,
  decisions: PlacementDecision[],
): Promise<DecisionsOutcome> {
  const { allowed, refused } = await decisionsInScope(ctx, decisions);
  const result =
    allowed.length > 0
      ? await decidePlacements(ctx.store, allowed, { keyId: ctx.caller.keyId })
      : { decided: 0, placed: 0, unknown: [] };
  const unknown = [...new Set([...refused, ...result.unknown])];
  const notWritten = new Set(unknown);
  const written = allowed.filter(
    (d) => !notWritten.has(d.enterpriseId) && !d.segmentIds.some((id) => notWritten.has(id)),
  );
  // an entry per enterprise, so its audit trail (GET /audit?target=) says who placed it where
  for (let at = 0; at < written.length; at += AUDIT_BATCH)
    await Promise.all(
      written
        .slice(at, at + AUDIT_BATCH)
        .map((d) =>
          ctx.audit('placement.decide', { kind: 'Enterprise', id: d.enterpriseId }, null, { segmentIds: d.segmentIds }),
        ),
    );
  return { decided: result.decided, placed: result.placed, unknown };
}

/**
 * The decisions a caller may write: an unscoped key all of them; a region-limited key those on
 * enterprises located in its region. The others — out of scope, or no such enterprise — are
 * refused alike.
 */
async function decisionsInScope(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  decisions: PlacementDecision[],
): Promise<{ allowed: PlacementDecision[]; refused: string[] }> {
  const scope = await ctx.scopes.of(ctx.caller);
  if (scope === null) return { allowed: decisions, refused: [] };
  const located = await ctx.store.follow({
    fromKind: 'Enterprise',
    ids: decisions.map((d) => d.enterpriseId),
    type: 'LOCATED_IN',
    direction: 'out',
    toKind: 'Region',
  });
  const inScope = new Set(located.edges.filter((e) => scope.has(e.to.id)).map((e) => e.from.id));
  return {
    allowed: decisions.filter((d) => inScope.has(d.enterpriseId)),
    refused: decisions.filter((d) => !inScope.has(d.enterpriseId)).map((d) => d.enterpriseId),
  };
}
