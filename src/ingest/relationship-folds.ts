import type { RelType } from '../domain';

type Rec = Record<string, unknown>;

/** The bundle's sections that hold relationships as rows of their own rather than as fields. */
export interface RelationshipRows {
  feeds: Rec[];
  supplies: Rec[];
  pairings: Rec[];
}

/** One relationship as the export meets it: the records of its two ends, its properties. */
export interface FoldedRelationship {
  from: Rec;
  to: Rec;
  /** The kind of the `from` end (PART_OF ties a region to its parent and a segment to its chain). */
  fromKind: string;
  props: Rec;
  rows: RelationshipRows;
}

/** Adds a value to a list field of a record, starting the list. */
function push(record: Rec, field: string, value: unknown): void {
  const list = (record[field] as unknown[] | undefined) ?? [];
  list.push(value);
  record[field] = list;
}

/**
 * How the export folds each relationship type back into the bundle, the inverse of the import's
 * references (bundle-sections.ts): a reference field on one end, an entry of a list field, or a
 * row of a relationship section.
 */
export const RELATIONSHIP_FOLDS: Record<RelType, (rel: FoldedRelationship) => void> = {
  PART_OF: ({ from, to, fromKind }) => {
    if (fromKind === 'Region') from['parentId'] = to['id'];
    else from['chainId'] = to['id'];
  },
  FEEDS: ({ from, to, props, rows }) => rows.feeds.push({ from: from['id'], to: to['id'], ...props }),
  SUPPLIES: ({ from, to, props, rows }) => rows.supplies.push({ from: from['id'], to: to['id'], ...props }),
  PAIRED_WITH: ({ from, to, props, rows }) => rows.pairings.push({ a: from['id'], b: to['id'], ...props }),
  LOCATED_IN: ({ from, to }) => (from['regionId'] = to['id']),
  IN_REGION: ({ from, to }) => (from['regionId'] = to['id']),
  IN_SEGMENT: ({ from, to }) => push(from, 'segments', to['id']),
  NEEDS: ({ from, to }) => push(from, 'needsSegments', to['id']),
  CHAIN_MASTER_OF: ({ from, to, props }) =>
    push(from, 'chainMasterOf', { chainId: to['id'], regionId: props['regionId'] }),
  CHIEF_OF: ({ from, to, props }) => push(from, 'chiefOf', { chainId: to['id'], regionId: props['regionId'] }),
  POSTED: ({ from, to }) => (to['postedBy'] = from['id']),
  UNDER: ({ from, to }) => (from['parentId'] = to['id']),
  COVERS: ({ from, to }) => push(from, 'covers', to['id']),
  ON_CHAIN: ({ from, to }) => push(from, 'chainIds', to['id']),
  WORKS_AT: ({ from, to, props }) => push(from, 'worksAt', { orgId: to['id'], ...props }),
  MEMBER_OF: ({ from, to }) => push(from, 'memberOf', to['id']),
  INSTRUCTS: ({ from, to }) => push(from, 'instructs', to['id']),
  SECRETARY_OF: ({ from, to }) => push(from, 'secretaryOf', to['id']),
  CALLS: ({ from, to, props }) => push(from, 'departments', { departmentId: to['id'], ...props }),
  AUTHORED: ({ from, to }) => push(to, 'authorIds', from['id']),
  IN_TEAM: ({ from, to, props }) => push(to, 'members', { personId: from['id'], ...props }),
  TACKLES: ({ from, to }) => push(from, 'problemIds', to['id']),
  ABOUT: ({ from, to }) => push(from, 'segments', to['id']),
  RAISED_BY: ({ from, to }) => (from['raisedBy'] = to['id']),
  ASSIGNED_TO: ({ from, to }) => (from['assignedTo'] = to['id']),
  NEEDED_BY: ({ from, to }) => (from['enterpriseId'] = to['id']),
  FOR_CHAIN: ({ from, to }) => push(from, 'chainIds', to['id']),
  SOUGHT_BY: ({ from, to }) => (from['enterpriseId'] = to['id']),
  OFFERED_BY: ({ from, to }) => (from['providerId'] = to['id']),
  SERVES: ({ from, to }) => push(from, 'regionIds', to['id']),
  HELD_IN: ({ from, to }) => (from['regionId'] = to['id']),
  ATTENDED_BY: ({ from, to }) => push(from, 'attendees', to['id']),
  PROVIDED_BY: ({ from, to }) => (from['departmentId'] = to['id']),
  LED_BY: ({ from, to }) => (from['departmentId'] = to['id']),
  OWNED_BY: ({ from, to }) => (from['ownerId'] = to['id']),
  SQUAD_IN: ({ from, to }) => (from['regionId'] = to['id']),
  // a lead names one chain; a squad or a tally a list of them
  SQUAD_ON_CHAIN: ({ from, to, fromKind }) =>
    fromKind === 'SquadLead' ? (from['chainId'] = to['id']) : push(from, 'chainIds', to['id']),
  SQUAD_MEMBER: ({ from, to }) => push(to, 'members', from['id']),
  LEADS_SQUAD: ({ from, to }) => (to['leaderId'] = from['id']),
  ASSIGNED_TO_SQUAD: ({ from, to }) => (from['squadId'] = to['id']),
  LEAD_TARGET: ({ from, to }) => (from['enterpriseId'] = to['id']),
  VISIT_BY_SQUAD: ({ from, to }) => (from['squadId'] = to['id']),
  VISITED: ({ from, to }) => (from['enterpriseId'] = to['id']),
  VISITED_WITH: ({ from, to }) => push(from, 'visitors', to['id']),
  MANAGED_BY: ({ from, to, props }) => push(from, 'managedBy', { orgId: to['id'], ...props }),
  MOVE_OF: ({ from, to }) => (from['personId'] = to['id']),
  MOVED_FROM: ({ from, to }) => (from['fromId'] = to['id']),
  MOVED_TO: ({ from, to }) => (from['toId'] = to['id']),
  CONVENED_FOR: ({ from, to }) => (from['chainId'] = to['id']),
  CONVENED_IN: ({ from, to }) => (from['regionId'] = to['id']),
  CHAIRED_BY: ({ from, to }) => (from['chiefId'] = to['id']),
  ATTENDED: ({ from, to }) => push(to, 'attendees', from['id']),
  ON_AGENDA: ({ from, to, props }) => push(from, 'agenda', { sourceId: to['id'], ...props }),
  DECIDED_AT: ({ from, to }) => (from['meetingId'] = to['id']),
  PLEDGED_FOR: ({ from, to }) => (from['chainId'] = to['id']),
  PLEDGED_IN: ({ from, to }) => (from['regionId'] = to['id']),
  OUTCOME_OF: ({ from, to }) => (from['subjectId'] = to['id']),
  OUTCOME_WITH: ({ from, to }) => (from['candidateId'] = to['id']),
};
