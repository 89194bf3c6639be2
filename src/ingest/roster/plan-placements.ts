import type { RelInput } from '../../domain';
import { classifyEnterprise, PLACEMENT_DEFAULTS } from '../../match/placement/classify-enterprise';
import type {
  EnterpriseText,
  Placement,
  PlacementSegment,
  SegmentCandidate,
} from '../../match/placement/placement-types';
import { SegmentIndex } from '../../match/placement/segment-index';
import { loadIndustryCodes } from '../../reference/industry-codes';
import type { GraphStore } from '../../store/graph-store';
import { pendingProps, PENDING_FIELDS } from '../../use-cases/placement/pending-placement';
import { readSegmentCatalogue } from '../../use-cases/placement/segment-catalogue';
import type { ImportCandidate } from '../import-references';
import type { PlacementLine, PlacementSummary } from '../import-report';
import { readFeedInputs, type FeedInputs } from './feed-inputs';
import { mainBusiness, scopeItems } from './licence-scope';

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
  bundle: { segments: readonly Rec[]; feeds: readonly Rec[] },
  { classify, now = new Date().toISOString() }: { classify: boolean; now?: string },
): Promise<PlacementPlan> {
  const plan: PlacementPlan = { props: new Map(), rels: [] };
  if (targets.length === 0) return plan;
  const ids = new Set(targets.map((t) => t.id));
  const held = await placementStates(store, ids);
  for (const t of targets) {
    const state = held.get(t.id);
    if (state) plan.props.set(t.id, keptState(t.candidate.record, state));
  }
  if (!classify) return plan;

  const segments = await segmentsOf(store, bundle.segments);
  const summary: PlacementSummary = {
    needsInferred: 0,
    threshold: PLACEMENT_DEFAULTS.threshold,
    placed: 0,
    queued: 0,
    kept: 0,
    enterprises: [],
  };
  plan.summary = summary;
  if (segments.size === 0) return plan;
  const placedAlready = await tiedTo(store, [...ids], 'IN_SEGMENT');
  const needing = await tiedTo(store, [...ids], 'NEEDS');
  const inputs = await readFeedInputs(store, bundle.feeds);
  const open = targets.filter((t) => {
    const r = t.candidate.record;
    const stated = Array.isArray(r['segments']) && r['segments'].length > 0;
    const decided = (r['placementState'] ?? held.get(t.id)?.['placementState']) === 'decided';
    if (stated || decided || placedAlready.has(t.id)) summary.kept++;
    return !stated && !decided && !placedAlready.has(t.id);
  });
  if (open.length === 0) return plan;
  const index = new SegmentIndex([...segments.values()], loadIndustryCodes());
  const run: ClassifyRun = { plan, summary, segments, held, needing, inputs, now };
  for (const t of open) classifyTarget(run, t, placeOnMainBusiness(index, t.candidate.record));
  return plan;
}

/** The placement fields an enterprise keeps through a re-import: those the file does not state. */
function keptState(record: Rec, state: Rec): Rec {
  const kept: Rec = {};
  for (const field of PLACEMENT_FIELDS)
    if (record[field] === undefined && state[field] !== undefined) kept[field] = state[field];
  return kept;
}

/** Every segment of the graph, and the bundle's own over them. */
async function segmentsOf(store: GraphStore, bundleSegments: readonly Rec[]): Promise<Map<string, PlacementSegment>> {
  const segments = new Map<string, PlacementSegment>((await readSegmentCatalogue(store)).map((s) => [s.id, s]));
  for (const s of bundleSegments)
    segments.set(String(s['id']), {
      id: String(s['id']),
      name: String(s['name']),
      keywords: (s['keywords'] as string[] | undefined) ?? [],
      description: String(s['description'] ?? ''),
      industryCodes: (s['industryCodes'] as string[] | undefined) ?? [],
    });
  return segments;
}

/** What classifying an import's enterprises reads and adds to. */
interface ClassifyRun {
  plan: PlacementPlan;
  summary: PlacementSummary;
  segments: Map<string, PlacementSegment>;
  /** The placement fields of the enterprises queued or decided before this import. */
  held: Map<string, Rec>;
  /** Enterprises that need segments already (NEEDS): none are proposed for them. */
  needing: Set<string>;
  inputs: FeedInputs;
  now: string;
}

/** One enterprise's 挂链: placed on its segments, or queued for review with its best candidates. */
function classifyTarget(run: ClassifyRun, t: PlacementTarget, placement: Placement): void {
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
    segmentName: run.segments.get(c.segmentId)?.name ?? c.segmentId,
    confidence: c.confidence,
    evidence: c.evidence,
  });
  const props = run.plan.props.get(t.id) ?? {};
  if (placement.decision === 'placed') {
    run.summary.placed++;
    const placed = placement.candidates.filter((c) => placement.segmentIds.includes(c.segmentId));
    line.segments = placed.map(shown);
    place(run, t, placement, placed, line);
    // placed now (the segments changed since it was queued): it leaves the queue
    for (const field of PENDING_FIELDS) delete props[field];
  } else {
    run.summary.queued++;
    const best = placement.candidates.slice(0, 3);
    line.segments = best.map(shown);
    Object.assign(props, queuedProps(best, run.held.get(t.id), run.now));
  }
  run.plan.props.set(t.id, props);
  run.summary.enterprises.push(line);
}

/** The IN_SEGMENT ties of an enterprise placed, and what it buys proposed from its segments' inputs. */
function place(
  run: ClassifyRun,
  t: PlacementTarget,
  placement: Placement,
  placed: SegmentCandidate[],
  line: PlacementLine,
): void {
  for (const c of placed)
    run.plan.rels.push({
      type: 'IN_SEGMENT',
      from: { kind: 'Enterprise', id: t.id },
      to: { kind: 'Segment', id: c.segmentId },
      props: { placedBy: 'classifier', confidence: c.confidence, evidence: c.evidence.slice(0, MAX_EVIDENCE) },
    });
  // what it buys, proposed from its segments' inputs unless the file or the graph says
  const stated = Array.isArray(t.candidate.record['needsSegments']) && t.candidate.record['needsSegments'].length > 0;
  if (stated || run.needing.has(t.id)) return;
  line.needs = run.inputs.of(placement.segmentIds);
  run.summary.needsInferred += line.needs.length;
  for (const segmentId of line.needs)
    run.plan.rels.push({
      type: 'NEEDS',
      from: { kind: 'Enterprise', id: t.id },
      to: { kind: 'Segment', id: segmentId },
      props: { inferred: true },
    });
}

/**
 * The pending placement of an enterprise queued. Queued again with the same candidates, it keeps
 * its place (and the write changes nothing).
 */
function queuedProps(best: SegmentCandidate[], previous: Rec | undefined, now: string): Rec {
  const queued = pendingProps(best, now);
  const same =
    previous?.['placementState'] === 'pending' && previous['placementCandidates'] === queued['placementCandidates'];
  if (same && typeof previous['placementQueuedAt'] === 'string')
    queued['placementQueuedAt'] = previous['placementQueuedAt'];
  return queued;
}

/**
 * Placed without review only on what says what the enterprise is: the licence's main business
 * (its first item), its products, its industry class, its name. A licence's later items, the side
 * lines nearly every licence lists (货物进出口, 普通货物仓储服务, 机械设备租赁), would place most
 * companies in warehousing and leasing: they only suggest candidates to a reviewer, when the main
 * business alone places nothing.
 */
function placeOnMainBusiness(index: SegmentIndex, record: Rec): Placement {
  const scope = typeof record['businessScope'] === 'string' ? record['businessScope'] : '';
  const main = classifyEnterprise(index, enterpriseText(record, mainBusiness(scope)));
  if (main.decision === 'placed' || scopeItems(scope).length <= 1) return main;
  const whole = classifyEnterprise(index, enterpriseText(record, scopeItems(scope).join('；')));
  return {
    decision: 'review',
    segmentIds: [],
    candidates: main.candidates.length > 0 ? main.candidates : whole.candidates,
  };
}

function enterpriseText(record: Rec, scope: string): EnterpriseText {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
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

/** Which of these enterprises already have a tie of this type (in a segment, or needing one). */
async function tiedTo(store: GraphStore, ids: string[], type: 'IN_SEGMENT' | 'NEEDS'): Promise<Set<string>> {
  const known = [...(await store.existingIds('Enterprise', ids))];
  const out = new Set<string>();
  for (let i = 0; i < known.length; i += FOLLOW_CHUNK) {
    const found = await store.follow({
      fromKind: 'Enterprise',
      ids: known.slice(i, i + FOLLOW_CHUNK),
      type,
      direction: 'out',
      toKind: 'Segment',
    });
    for (const edge of found.edges) out.add(edge.from.id);
  }
  return out;
}
