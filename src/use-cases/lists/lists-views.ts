import type { ActionProjectItem, ListNeedItem, ServiceResourceItem } from '../../domain/answers/lists.schema';
import type { ProjectStatus } from '../../domain';
import type { ListNeed, ListResource } from '../../match/lists';
import type { GraphNode } from '../../store/graph-store';
import { needKey, type ListsCatalogue } from './lists-catalogue';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function named(c: ListsCatalogue, kind: 'Region' | 'Chain' | 'Department' | 'Person', id: string) {
  return { id, name: c.names.get(`${kind}:${id}`) ?? id };
}

export function needItem(c: ListsCatalogue, need: ListNeed): ListNeedItem {
  const key = needKey(need.source, need.id);
  const props = c.needProps.get(key) ?? {};
  const home = c.homeRegion.get(need.enterprise.id);
  return {
    id: need.id,
    source: need.source,
    category: need.category,
    title: need.title,
    description: need.text,
    status: str(props['status']) ?? (need.source === 'Request' ? 'raised' : 'open'),
    open: need.open,
    enterprise: { id: need.enterprise.id, name: need.enterprise.name },
    region: home ? named(c, 'Region', home) : null,
    chains: need.enterprise.chainIds.map((id) => named(c, 'Chain', id)),
    matched: c.matchedNeeds.get(key) ?? 0,
  };
}

export function resourceItem(c: ListsCatalogue, resource: ListResource): ServiceResourceItem {
  const props = c.resourceProps.get(resource.id) ?? {};
  return {
    id: resource.id,
    name: resource.name,
    kind: resource.kind,
    description: resource.description,
    keywords: [...resource.keywords],
    capacity: orNull(num(props['capacity'])),
    validFrom: orNull(str(props['validFrom'])),
    validUntil: orNull(resource.validUntil),
    source: orNull(str(props['source'])),
    department: resource.department,
    region: resource.regionId ? named(c, 'Region', resource.regionId) : null,
    chains: resource.chainIds.map((id) => named(c, 'Chain', id)),
    matched: c.matchedResources.get(resource.id) ?? 0,
  };
}

export function projectItem(c: ListsCatalogue, project: GraphNode, today: string): ActionProjectItem {
  const p = project.props;
  const ends = c.projectEnds.get(project.id) ?? { chainIds: [] };
  const status = (str(p['status']) ?? 'planned') as ProjectStatus;
  const dueDate = str(p['dueDate']);
  const milestones = Array.isArray(p['milestones']) ? p['milestones'].map(String) : [];
  const reached = num(p['milestonesDone']) ?? 0;
  return {
    id: project.id,
    name: String(p['name'] ?? project.id),
    description: str(p['description']) ?? '',
    dueDate: orNull(dueDate),
    progress: num(p['progress']) ?? 0,
    status,
    overdue: status !== 'done' && dueDate !== undefined && dueDate.slice(0, 10) < today,
    investmentYuan: orNull(num(p['investmentYuan'])),
    milestones: milestones.map((title, i) => ({ title, done: i < reached })),
    source: orNull(str(p['source'])),
    region: ends.regionId ? named(c, 'Region', ends.regionId) : null,
    chains: ends.chainIds.map((id) => named(c, 'Chain', id)),
    department: ends.departmentId ? named(c, 'Department', ends.departmentId) : null,
    owner: ends.ownerId ? named(c, 'Person', ends.ownerId) : null,
  };
}
