import { NODE_KINDS, type NodeKind } from '../domain';
import { projectScope } from '../projection/project-scope';
import type { GraphStore } from '../store/graph-store';
import { BUNDLE_FORMAT, type BundleSection } from './bundle.schema';
import { RELATIONSHIP_FOLDS, type RelationshipRows } from './relationship-folds';

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
  Department: 'departments',
  TalentNeed: 'talentNeeds',
  FinancingNeed: 'financingNeeds',
  FinancialProduct: 'financialProducts',
  FinancingMeeting: 'financingMeetings',
  ServiceResource: 'serviceResources',
  ActionProject: 'actionProjects',
  InvestmentSquad: 'investmentSquads',
  SquadLead: 'squadLeads',
  SquadVisit: 'squadVisits',
  SquadTally: 'squadTallies',
  MemberMove: 'memberMoves',
  JointMeeting: 'jointMeetings',
  MeetingDecision: 'meetingDecisions',
  Pledge: 'pledges',
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
  const rows: RelationshipRows = { feeds: [], supplies: [], pairings: [] };
  Object.assign(sections, rows);
  graph.forEachNode((key, node) => {
    const { createdAt: _c, updatedAt: _u, ...props } = node.props;
    records.set(key, props);
    (sections[SECTION_OF[node.kind]] as Rec[]).push(props);
  });
  graph.forEachEdge((_edge, { type, props }, source, target) =>
    RELATIONSHIP_FOLDS[type]({
      from: records.get(source) as Rec,
      to: records.get(target) as Rec,
      fromKind: source.slice(0, source.indexOf(':')),
      props,
      rows,
    }),
  );
  return { ...sections, format: BUNDLE_FORMAT };
}
