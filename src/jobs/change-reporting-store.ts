import type { NodeKind, RelInput, RelType } from '../domain';
import { isAnnotation } from '../domain';
import type { GraphStore, RelWriteCount, WriteCount } from '../store/graph-store';
import type { GraphChange } from './change-feed';

/** An enterprise's ties to the segments it is in and buys from. */
const MEMBERSHIP_TIES: RelType[] = ['IN_SEGMENT', 'NEEDS'];

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

  // the reads and the computed results pass through unreported
  getNode(...args: Parameters<GraphStore['getNode']>) {
    return this.inner.getNode(...args);
  }
  listNodes(...args: Parameters<GraphStore['listNodes']>) {
    return this.inner.listNodes(...args);
  }
  countNodes(...args: Parameters<GraphStore['countNodes']>) {
    return this.inner.countNodes(...args);
  }
  existingIds(...args: Parameters<GraphStore['existingIds']>) {
    return this.inner.existingIds(...args);
  }
  neighbourhood(...args: Parameters<GraphStore['neighbourhood']>) {
    return this.inner.neighbourhood(...args);
  }
  follow(...args: Parameters<GraphStore['follow']>) {
    return this.inner.follow(...args);
  }
  allRelationships(...args: Parameters<GraphStore['allRelationships']>) {
    return this.inner.allRelationships(...args);
  }
  writeCandidateRun(...args: Parameters<GraphStore['writeCandidateRun']>) {
    return this.inner.writeCandidateRun(...args);
  }
  readCandidates(...args: Parameters<GraphStore['readCandidates']>) {
    return this.inner.readCandidates(...args);
  }

  readListStandings(...args: Parameters<GraphStore['readListStandings']>) {
    return this.inner.readListStandings(...args);
  }
  readCandidateLists(...args: Parameters<GraphStore['readCandidateLists']>) {
    return this.inner.readCandidateLists(...args);
  }
  writeReports(...args: Parameters<GraphStore['writeReports']>) {
    return this.inner.writeReports(...args);
  }
  readReport(...args: Parameters<GraphStore['readReport']>) {
    return this.inner.readReport(...args);
  }
  ping(...args: Parameters<GraphStore['ping']>) {
    return this.inner.ping(...args);
  }
  close(...args: Parameters<GraphStore['close']>) {
    return this.inner.close(...args);
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
