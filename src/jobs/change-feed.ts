import type {
  CandidateRun,
  CandidateType,
  NodeKind,
  NodeRef,
  RelInput,
  RelType,
  ReportKind,
  ReportRun,
} from '../domain';
import { isAnnotation } from '../domain';
import type {
  FollowStep,
  GraphStore,
  ListQuery,
  NeighbourhoodQuery,
  RelWriteCount,
  WriteCount,
} from '../store/graph-store';

/** An enterprise's ties to the segments it is in and buys from. */
const MEMBERSHIP_TIES: RelType[] = ['IN_SEGMENT', 'NEEDS'];

/** What changed in the graph: nodes written or deleted, by kind and id. */
export interface GraphChange {
  kind: NodeKind;
  ids: string[];
  /** The nodes were deleted (their relationships with them). */
  deleted?: true;
  /**
   * The nodes themselves were not written: relationships of these types to or from them were —
   * a segment that gained or lost a producer is not a segment that changed (the planner tells
   * them apart: the first touches the lists around one enterprise, the second every list).
   */
  ties?: RelType[];
  /** With ties: those relationships were deleted (the lists they fed are not in the graph any more). */
  untied?: true;
}

/**
 * A GraphStore that reports every write of the graph (nodes and relationships, from the API or an
 * import) to `onChange` once it has succeeded, so the matches it affects can be recomputed.
 * Computed results (candidate runs, reports) are not changes of the graph and are not reported:
 * a recompute never triggers another.
 */
export class ChangeReportingStore implements GraphStore {
  constructor(
    private readonly inner: GraphStore,
    private readonly onChange: (changes: GraphChange[]) => Promise<void> | void,
  ) {}

  get kind(): GraphStore['kind'] {
    return this.inner.kind;
  }

  async upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount> {
    const count = await this.inner.upsertNodes(kind, records);
    if (count.created + count.updated > 0) await this.onChange([{ kind, ids: records.map((r) => String(r['id'])) }]);
    return count;
  }

  async upsertRelationships(rels: RelInput[]): Promise<RelWriteCount> {
    const count = await this.inner.upsertRelationships(rels);
    if (count.created + count.updated > 0) await this.onChange(endsOf(rels, false));
    return count;
  }

  async deleteNode(kind: NodeKind, id: string): Promise<boolean> {
    // what an enterprise's deletion takes with it, read first: the segments it was in and needed
    // say which lists it sat in; its problems and requests lose their poster and raiser
    const around = kind === 'Enterprise' ? await this.aroundEnterprise(id) : [];
    const deleted = await this.inner.deleteNode(kind, id);
    if (deleted) await this.onChange([{ kind, ids: [id], deleted: true }, ...around]);
    return deleted;
  }

  private async aroundEnterprise(enterpriseId: string): Promise<GraphChange[]> {
    const ids = async (type: RelType, direction: 'in' | 'out', toKind: NodeKind) =>
      (await this.inner.follow({ fromKind: 'Enterprise', ids: [enterpriseId], type, direction, toKind })).nodes.map(
        (n) => n.id,
      );
    const segments = [
      ...new Set([...(await ids('IN_SEGMENT', 'out', 'Segment')), ...(await ids('NEEDS', 'out', 'Segment'))]),
    ].sort();
    const problems = await ids('POSTED', 'out', 'Problem');
    const requests = await ids('RAISED_BY', 'in', 'Request');
    const around: GraphChange[] = [];
    if (segments.length > 0) around.push({ kind: 'Segment', ids: segments, ties: MEMBERSHIP_TIES, untied: true });
    if (problems.length > 0) around.push({ kind: 'Problem', ids: problems, ties: ['POSTED'], untied: true });
    if (requests.length > 0) around.push({ kind: 'Request', ids: requests, ties: ['RAISED_BY'], untied: true });
    return around;
  }

  async deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    const deleted = await this.inner.deleteRelationships(rels);
    if (deleted > 0) await this.onChange(endsOf(rels, true));
    return deleted;
  }

  getNode(kind: NodeKind, id: string) {
    return this.inner.getNode(kind, id);
  }
  listNodes(kind: NodeKind, query?: ListQuery) {
    return this.inner.listNodes(kind, query);
  }
  countNodes(kind: NodeKind) {
    return this.inner.countNodes(kind);
  }
  existingIds(kind: NodeKind, ids: string[]) {
    return this.inner.existingIds(kind, ids);
  }
  neighbourhood(centre: NodeRef, query?: NeighbourhoodQuery) {
    return this.inner.neighbourhood(centre, query);
  }
  follow(step: FollowStep) {
    return this.inner.follow(step);
  }
  allRelationships(type: RelType) {
    return this.inner.allRelationships(type);
  }
  writeCandidateRun(run: CandidateRun) {
    return this.inner.writeCandidateRun(run);
  }
  readCandidates(type: CandidateType, from: NodeRef, qualifier: string) {
    return this.inner.readCandidates(type, from, qualifier);
  }
  readCandidateLists(type: CandidateType, from: NodeRef, qualifiers: readonly string[], limit: number) {
    return this.inner.readCandidateLists(type, from, qualifiers, limit);
  }
  writeReports(run: ReportRun) {
    return this.inner.writeReports(run);
  }
  readReport(kind: ReportKind, key: string) {
    return this.inner.readReport(kind, key);
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}

/**
 * The nodes a relationship write changed, grouped by kind and the types of their relationships
 * written: both ends, except the target of an annotation (an outcome recorded about an
 * enterprise changes the outcome, not the enterprise's matches).
 */
function endsOf(rels: Pick<RelInput, 'type' | 'from' | 'to'>[], deleted: boolean): GraphChange[] {
  const byKind = new Map<NodeKind, { ids: Set<string>; ties: Set<RelType> }>();
  for (const rel of rels) {
    for (const end of isAnnotation(rel.type) ? [rel.from] : [rel.from, rel.to]) {
      const entry = byKind.get(end.kind) ?? { ids: new Set<string>(), ties: new Set<RelType>() };
      entry.ids.add(end.id);
      entry.ties.add(rel.type);
      byKind.set(end.kind, entry);
    }
  }
  return [...byKind].map(([kind, { ids, ties }]) => ({
    kind,
    ids: [...ids],
    ties: [...ties].sort(),
    ...(deleted ? { untied: true as const } : {}),
  }));
}
