/**
 * The 挂链 review queue (数据导入 → 挂链审核): enterprises the classifier could not place with
 * confidence wait here with their best candidates and the evidence for each; a reviewer accepts
 * or corrects in bulk, and the decision is remembered on the enterprise so that a re-import of
 * the same enterprise neither asks again nor overrides it.
 */
import type { RelInput } from '../../domain';
import type { GraphStore } from '../../store/graph-store';
import { storedCandidates, withoutPending } from './pending-placement';
import { readSegmentCatalogue, type CatalogueSegment } from './segment-catalogue';

export interface PlacementCandidate {
  segmentId: string;
  segmentName: string;
  chainId: string;
  chainName: string;
  confidence: number;
  evidence: string[];
}

export interface PlacementReviewItem {
  enterpriseId: string;
  enterpriseName: string;
  regionId?: string;
  candidates: PlacementCandidate[];
  importedAt: string;
}

export interface PlacementReviewQuery {
  /** The caller's region scope: only enterprises located in one of these; undefined = all. */
  regionIds?: readonly string[];
  /** Only enterprises with a candidate in this chain. */
  chainId?: string;
  cursor?: string;
  limit: number;
}

/** Page size bounds of the store's lists. */
const MAX_LIMIT = 1000;

export async function listPlacementReview(
  store: GraphStore,
  q: PlacementReviewQuery,
): Promise<{ items: PlacementReviewItem[]; nextCursor?: string }> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(q.limit)));
  const scope = q.regionIds === undefined ? null : new Set(q.regionIds);
  const segments = new Map((await readSegmentCatalogue(store)).map((s) => [s.id, s]));
  const items: PlacementReviewItem[] = [];
  let cursor = q.cursor;
  // each page asks for no more than the items still wanted, so the store's cursor after a page is
  // exactly where the next call continues, however many the filters drop
  while (items.length < limit) {
    const page = await store.listNodes('Enterprise', {
      where: { placementState: 'pending' },
      limit: limit - items.length,
      ...(cursor ? { cursor } : {}),
    });
    const regions = await regionsOf(
      store,
      page.items.map((n) => n.id),
    );
    for (const node of page.items) {
      const located = regions.get(node.id) ?? [];
      if (scope && !located.some((r) => scope.has(r))) continue;
      const candidates = storedCandidates(node.props).map((c) => candidateOf(c, segments.get(c.segmentId)));
      if (q.chainId !== undefined && !candidates.some((c) => c.chainId === q.chainId)) continue;
      const regionId = located.find((r) => !scope || scope.has(r));
      items.push({
        enterpriseId: node.id,
        enterpriseName: String(node.props['name'] ?? node.id),
        ...(regionId ? { regionId } : {}),
        candidates,
        importedAt: String(node.props['placementQueuedAt'] ?? node.props['updatedAt'] ?? ''),
      });
    }
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { items, ...(cursor ? { nextCursor: cursor } : {}) };
}

export interface PlacementDecision {
  enterpriseId: string;
  /** The segments accepted or corrected; [] = none of the chains' segments fit. */
  segmentIds: string[];
}

/**
 * Applies reviewers' decisions: each enterprise's segments become exactly those decided
 * (IN_SEGMENT placedBy 'reviewer', with the classifier's confidence and evidence when the segment
 * was one of its candidates), it leaves the queue, and the decision is stamped on it. A decision
 * naming an enterprise or a segment that does not exist is not applied; those ids are returned.
 */
export async function decidePlacements(
  store: GraphStore,
  decisions: PlacementDecision[],
  by: { keyId: string },
): Promise<{ decided: number; placed: number; unknown: string[] }> {
  const enterpriseIds = [...new Set(decisions.map((d) => d.enterpriseId))];
  const segmentIds = [...new Set(decisions.flatMap((d) => d.segmentIds))];
  const knownEnterprises = await store.existingIds('Enterprise', enterpriseIds);
  const knownSegments = await store.existingIds('Segment', segmentIds);
  const unknown = new Set<string>();
  const now = new Date().toISOString();
  let decided = 0;
  let placed = 0;
  for (const decision of decisions) {
    const missing = [
      ...(knownEnterprises.has(decision.enterpriseId) ? [] : [decision.enterpriseId]),
      ...decision.segmentIds.filter((id) => !knownSegments.has(id)),
    ];
    if (missing.length > 0) {
      for (const id of missing) unknown.add(id);
      continue;
    }
    const node = await store.getNode('Enterprise', decision.enterpriseId);
    if (!node) {
      unknown.add(decision.enterpriseId);
      continue;
    }
    await applyDecision(store, decision, node.props, { keyId: by.keyId, at: now });
    decided++;
    if (decision.segmentIds.length > 0) placed++;
  }
  return { decided, placed, unknown: [...unknown] };
}

/** One enterprise's segments made exactly those decided, and the decision stamped on it. */
async function applyDecision(
  store: GraphStore,
  decision: PlacementDecision,
  props: Record<string, unknown>,
  stamp: { keyId: string; at: string },
): Promise<void> {
  const chosen = new Set(decision.segmentIds);
  const from = { kind: 'Enterprise' as const, id: decision.enterpriseId };
  const current = await store.follow({
    fromKind: 'Enterprise',
    ids: [decision.enterpriseId],
    type: 'IN_SEGMENT',
    direction: 'out',
    toKind: 'Segment',
  });
  const dropped = current.edges.filter((e) => !chosen.has(e.to.id));
  if (dropped.length > 0)
    await store.deleteRelationships(dropped.map((e) => ({ type: 'IN_SEGMENT' as const, from, to: e.to })));
  const candidates = new Map(storedCandidates(props).map((c) => [c.segmentId, c]));
  const rels: RelInput[] = [...chosen].map((segmentId) => {
    const candidate = candidates.get(segmentId);
    return {
      type: 'IN_SEGMENT',
      from,
      to: { kind: 'Segment', id: segmentId },
      props: {
        placedBy: 'reviewer',
        ...(candidate ? { confidence: candidate.confidence } : {}),
        evidence: [...(candidate?.evidence ?? []), '审核确认'].slice(0, 20),
      },
    };
  });
  if (rels.length > 0) await store.upsertRelationships(rels);
  await store.upsertNodes('Enterprise', [
    {
      ...withoutPending(props),
      placementState: 'decided',
      placementDecidedAt: stamp.at,
      placementDecidedBy: stamp.keyId,
    },
  ]);
}

function candidateOf(
  c: { segmentId: string; confidence: number; evidence: string[] },
  segment: CatalogueSegment | undefined,
): PlacementCandidate {
  return {
    segmentId: c.segmentId,
    segmentName: segment?.name ?? c.segmentId,
    chainId: segment?.chainId ?? '',
    chainName: segment?.chainName ?? '',
    confidence: c.confidence,
    evidence: c.evidence,
  };
}

/** The regions each enterprise is located in. */
async function regionsOf(store: GraphStore, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const found = await store.follow({
    fromKind: 'Enterprise',
    ids,
    type: 'LOCATED_IN',
    direction: 'out',
    toKind: 'Region',
  });
  for (const edge of found.edges) out.set(edge.from.id, [...(out.get(edge.from.id) ?? []), edge.to.id]);
  return out;
}
