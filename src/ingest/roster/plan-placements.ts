import type { RelInput } from '../../domain';
import { classifyEnterprise, PLACEMENT_DEFAULTS } from '../../match/placement/classify-enterprise';
import type { EnterpriseText, PlacementSegment, SegmentCandidate } from '../../match/placement/placement-types';
import { SegmentIndex } from '../../match/placement/segment-index';
import { loadIndustryCodes } from '../../reference/industry-codes';
import type { GraphStore } from '../../store/graph-store';
import { pendingProps, PENDING_FIELDS } from '../../use-cases/placement/pending-placement';
import { readSegmentCatalogue } from '../../use-cases/placement/segment-catalogue';
import type { ImportCandidate } from '../import-references';
import type { PlacementLine, PlacementSummary } from '../import-report';

type Rec = Record<string, unknown>;

/** The placement fields a reviewer's decision leaves on an enterprise. */
const DECIDED_FIELDS = ['placementState', 'placementDecidedAt', 'placementDecidedBy'] as const;
const PLACEMENT_FIELDS = [...new Set<string>([...PENDING_FIELDS, ...DECIDED_FIELDS])];
/** IN_SEGMENT evidence bounds (domain/relationships.ts). */
const MAX_EVIDENCE = 20;
const FOLLOW_CHUNK = 1000;

export interface PlacementPlan {
  /** Properties to write with each enterprise (by id): its placement state kept or newly queued. */
  props: Map<string, Rec>;
  /** IN_SEGMENT ties of the enterprises placed. */
  rels: RelInput[];
  /** What 挂链 did, when asked to classify. */
  summary?: PlacementSummary;
}

export interface PlacementTarget {
  candidate: ImportCandidate;
  /** The id it is written as. */
  id: string;
  line?: number;
}

/**
 * 挂链 during an import. The placement state an enterprise already has (waiting in the review
 * queue, or decided by a reviewer) is owned by the review workflow, not by the file: it is kept
 * through a re-import unless the file states it (an export re-imported). With `classify`, the
 * enterprises that the file gives no segments, that no reviewer has decided and that are in no
 * segment yet are classified against every segment of the graph and of the bundle: placed above
 * the threshold (IN_SEGMENT placedBy classifier, with the confidence and the evidence), else queued
 * for review with their best candidates.
 */
export async function planPlacements(
  store: GraphStore,
  targets: readonly PlacementTarget[],
  bundleSegments: readonly Rec[],
  { classify, now = new Date().toISOString() }: { classify: boolean; now?: string },
): Promise<PlacementPlan> {
  const plan: PlacementPlan = { props: new Map(), rels: [] };
  if (targets.length === 0) return plan;
  const ids = new Set(targets.map((t) => t.id));
  const held = await placementStates(store, ids);
  for (const t of targets) {
    const state = held.get(t.id);
    if (!state) continue;
    const kept: Rec = {};
    for (const field of PLACEMENT_FIELDS)
      if (t.candidate.record[field] === undefined && state[field] !== undefined) kept[field] = state[field];
    plan.props.set(t.id, kept);
  }
  if (!classify) return plan;

  const segments = new Map<string, PlacementSegment>((await readSegmentCatalogue(store)).map((s) => [s.id, s]));
  for (const s of bundleSegments)
    segments.set(String(s['id']), {
      id: String(s['id']),
      name: String(s['name']),
      keywords: (s['keywords'] as string[] | undefined) ?? [],
      description: String(s['description'] ?? ''),
      industryCodes: (s['industryCodes'] as string[] | undefined) ?? [],
    });
  const summary: PlacementSummary = {
    threshold: PLACEMENT_DEFAULTS.threshold,
    placed: 0,
    queued: 0,
    kept: 0,
    enterprises: [],
  };
  plan.summary = summary;
  if (segments.size === 0) return plan;
  const placedAlready = await inSomeSegment(store, [...ids]);
  const open = targets.filter((t) => {
    const r = t.candidate.record;
    const stated = Array.isArray(r['segments']) && r['segments'].length > 0;
    const decided = (r['placementState'] ?? held.get(t.id)?.['placementState']) === 'decided';
    if (stated || decided || placedAlready.has(t.id)) summary.kept++;
    return !stated && !decided && !placedAlready.has(t.id);
  });
  if (open.length === 0) return plan;
  const index = new SegmentIndex([...segments.values()], loadIndustryCodes());
  for (const t of open) {
    const placement = classifyEnterprise(index, enterpriseText(t.candidate.record));
    const line: PlacementLine = {
      position: `enterprises[${t.candidate.index}]`,
      ...(t.line ? { line: t.line } : {}),
      id: t.id,
      name: String(t.candidate.record['name']),
      decision: placement.decision,
      segments: [],
    };
    const shown = (c: SegmentCandidate) => ({
      segmentId: c.segmentId,
      segmentName: segments.get(c.segmentId)?.name ?? c.segmentId,
      confidence: c.confidence,
      evidence: c.evidence,
    });
    const props = plan.props.get(t.id) ?? {};
    if (placement.decision === 'placed') {
      summary.placed++;
      const placed = placement.candidates.filter((c) => placement.segmentIds.includes(c.segmentId));
      line.segments = placed.map(shown);
      for (const c of placed)
        plan.rels.push({
          type: 'IN_SEGMENT',
          from: { kind: 'Enterprise', id: t.id },
          to: { kind: 'Segment', id: c.segmentId },
          props: { placedBy: 'classifier', confidence: c.confidence, evidence: c.evidence.slice(0, MAX_EVIDENCE) },
        });
      // placed now (the segments changed since it was queued): it leaves the queue
      for (const field of PENDING_FIELDS) delete props[field];
    } else {
      summary.queued++;
      const best = placement.candidates.slice(0, 3);
      line.segments = best.map(shown);
      const previous = held.get(t.id);
      // queued again with the same candidates: it keeps its place (and the write changes nothing)
      const queued = pendingProps(best, now);
      const same =
        previous?.['placementState'] === 'pending' && previous['placementCandidates'] === queued['placementCandidates'];
      if (same && typeof previous['placementQueuedAt'] === 'string')
        queued['placementQueuedAt'] = previous['placementQueuedAt'];
      Object.assign(props, queued);
    }
    plan.props.set(t.id, props);
    summary.enterprises.push(line);
  }
  return plan;
}

function enterpriseText(record: Rec): EnterpriseText {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const scope = text('businessScope');
  const description = text('description');
  const industry = text('industry');
  return {
    name: String(record['name']),
    ...(scope ? { scope } : {}),
    ...(description ? { description } : {}),
    ...(industry ? { industry } : {}),
    products: Array.isArray(record['products']) ? (record['products'] as string[]) : [],
  };
}

/** The placement fields of the enterprises among `ids` that are queued or decided (few: listed by state). */
async function placementStates(store: GraphStore, ids: Set<string>): Promise<Map<string, Rec>> {
  const out = new Map<string, Rec>();
  for (const state of ['pending', 'decided']) {
    let cursor: string | undefined;
    do {
      const page = await store.listNodes('Enterprise', {
        where: { placementState: state },
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      for (const node of page.items) if (ids.has(node.id)) out.set(node.id, node.props);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return out;
}

/** Which of these enterprises are already in a segment (stated earlier, placed, or decided). */
async function inSomeSegment(store: GraphStore, ids: string[]): Promise<Set<string>> {
  const known = [...(await store.existingIds('Enterprise', ids))];
  const out = new Set<string>();
  for (let i = 0; i < known.length; i += FOLLOW_CHUNK) {
    const found = await store.follow({
      fromKind: 'Enterprise',
      ids: known.slice(i, i + FOLLOW_CHUNK),
      type: 'IN_SEGMENT',
      direction: 'out',
      toKind: 'Segment',
    });
    for (const edge of found.edges) out.add(edge.from.id);
  }
  return out;
}
