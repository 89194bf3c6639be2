import { NODE_KINDS, type NodeKind } from '../domain';
import { projectScope } from '../projection/project-scope';
import type { GraphStore } from '../store/graph-store';
import { BUNDLE_FORMAT, type BundleSection } from './bundle.schema';

type Rec = Record<string, unknown>;

const SECTION_OF: Record<NodeKind, BundleSection> = {
  Region: 'regions',
  Chain: 'chains',
  Segment: 'segments',
  Enterprise: 'enterprises',
  Institution: 'institutions',
  PartyOrg: 'partyOrgs',
  Person: 'people',
  Work: 'works',
  Team: 'teams',
  Problem: 'problems',
  Request: 'requests',
  Outcome: 'outcomes',
};

/**
 * The whole graph as a redchain-bundle/1 document (the inverse of importBundle): nodes without
 * the store's timestamps, relationships folded back into reference fields. Importing the export
 * into an empty store gives the same graph.
 */
export async function exportBundle(store: GraphStore): Promise<Rec> {
  const graph = await projectScope(store, {});
  const records = new Map<string, Rec>();
  const sections: Record<string, Rec[]> = { format: BUNDLE_FORMAT as unknown as Rec[] };
  for (const kind of NODE_KINDS) sections[SECTION_OF[kind]] = [];
  for (const section of ['feeds', 'supplies', 'pairings']) sections[section] = [];
  graph.forEachNode((key, node) => {
    const { createdAt: _c, updatedAt: _u, ...props } = node.props;
    records.set(key, props);
    (sections[SECTION_OF[node.kind]] as Rec[]).push(props);
  });
  const push = (record: Rec, field: string, value: unknown) => {
    const list = (record[field] as unknown[] | undefined) ?? [];
    list.push(value);
    record[field] = list;
  };
  graph.forEachEdge((_edge, { type, props }, source, target) => {
    const from = records.get(source) as Rec;
    const to = records.get(target) as Rec;
    const kindOf = (key: string) => key.slice(0, key.indexOf(':'));
    switch (type) {
      case 'PART_OF':
        if (kindOf(source) === 'Region') from['parentId'] = to['id'];
        else from['chainId'] = to['id'];
        break;
      case 'FEEDS':
        (sections['feeds'] as Rec[]).push({ from: from['id'], to: to['id'], ...props });
        break;
      case 'SUPPLIES':
        (sections['supplies'] as Rec[]).push({ from: from['id'], to: to['id'], ...props });
        break;
      case 'PAIRED_WITH':
        (sections['pairings'] as Rec[]).push({ a: from['id'], b: to['id'], ...props });
        break;
      case 'LOCATED_IN':
      case 'IN_REGION':
        from['regionId'] = to['id'];
        break;
      case 'IN_SEGMENT':
        push(from, 'segments', to['id']);
        break;
      case 'NEEDS':
        push(from, 'needsSegments', to['id']);
        break;
      case 'CHAIN_MASTER_OF':
        push(from, 'chainMasterOf', { chainId: to['id'], regionId: props['regionId'] });
        break;
      case 'CHIEF_OF':
        push(from, 'chiefOf', { chainId: to['id'], regionId: props['regionId'] });
        break;
      case 'POSTED':
        to['postedBy'] = from['id'];
        break;
      case 'UNDER':
        from['parentId'] = to['id'];
        break;
      case 'COVERS':
        push(from, 'covers', to['id']);
        break;
      case 'ON_CHAIN':
        push(from, 'chainIds', to['id']);
        break;
      case 'WORKS_AT':
        push(from, 'worksAt', { orgId: to['id'], ...props });
        break;
      case 'MEMBER_OF':
        push(from, 'memberOf', to['id']);
        break;
      case 'INSTRUCTS':
        push(from, 'instructs', to['id']);
        break;
      case 'AUTHORED':
        push(to, 'authorIds', from['id']);
        break;
      case 'IN_TEAM':
        push(to, 'members', { personId: from['id'], ...props });
        break;
      case 'TACKLES':
        push(from, 'problemIds', to['id']);
        break;
      case 'ABOUT':
        push(from, 'segments', to['id']);
        break;
      case 'RAISED_BY':
        from['raisedBy'] = to['id'];
        break;
      case 'ASSIGNED_TO':
        from['assignedTo'] = to['id'];
        break;
      case 'OUTCOME_OF':
        from['subjectId'] = to['id'];
        break;
      case 'OUTCOME_WITH':
        from['candidateId'] = to['id'];
        break;
    }
  });
  return { ...sections, format: BUNDLE_FORMAT };
}
