import { z } from 'zod';
import { IsoDate } from './common.schema';
import { PairingKind } from './enums';
import type { NodeKind } from './node-kinds';
import { CallProps } from './department.schema';
import { ManagedByProps } from './member-move.schema';
import { AgendaTopic } from './chief.schema';

const none = z.object({}).strict();

/** Who put an enterprise in a segment: the file stated it, the classifier placed it, a reviewer decided. */
export const PlacedBy = z.enum(['stated', 'classifier', 'reviewer']);
export type PlacedBy = z.infer<typeof PlacedBy>;

/**
 * Every domain relationship of DESIGN.md §3: which labels it joins and its property schema.
 * `undirected` types are stored once and matched in either direction (PAIRED_WITH).
 * Computed result relationships (PARTNER_CANDIDATE, TACKLE_CANDIDATE) are not here: only the
 * result-run API of the store writes them.
 */
export const relationshipSpecs = {
  PART_OF: { from: ['Region', 'Segment'], to: ['Region', 'Chain'], props: none },
  FEEDS: {
    from: ['Segment'],
    to: ['Segment'],
    props: z.object({ weight: z.number().min(0).max(1).default(1), source: z.string().max(200).optional() }).strict(),
  },
  LOCATED_IN: { from: ['Enterprise', 'Institution'], to: ['Region'], props: none },
  // how the enterprise came to be in the segment (挂链); every prop optional so that older ties,
  // and ties a bundle states, stay valid: no placedBy means stated
  IN_SEGMENT: {
    from: ['Enterprise'],
    to: ['Segment'],
    props: z
      .object({
        placedBy: PlacedBy.optional(),
        confidence: z.number().min(0).max(1).optional(),
        evidence: z.array(z.string().max(500)).max(20).optional(),
      })
      .strict(),
  },
  // inferred: proposed from the enterprise's products' inputs (the templates' FEEDS), not yet confirmed
  NEEDS: { from: ['Enterprise'], to: ['Segment'], props: z.object({ inferred: z.boolean().optional() }).strict() },
  SUPPLIES: {
    from: ['Enterprise'],
    to: ['Enterprise'],
    props: z.object({ since: IsoDate.optional(), source: z.string().max(200).optional() }).strict(),
  },
  CHAIN_MASTER_OF: {
    from: ['Enterprise'],
    to: ['Chain'],
    props: z.object({ regionId: z.string().min(1) }).strict(),
  },
  POSTED: { from: ['Enterprise', 'Institution'], to: ['Problem'], props: none },
  UNDER: { from: ['PartyOrg'], to: ['PartyOrg'], props: none },
  COVERS: { from: ['PartyOrg'], to: ['Enterprise', 'Institution'], props: none },
  ON_CHAIN: { from: ['PartyOrg'], to: ['Chain'], props: none },
  // a request IN_REGION is a park-wide action no one enterprise raised (001's joint inspection)
  IN_REGION: {
    from: ['PartyOrg', 'Department', 'Request', 'ServiceResource', 'ActionProject'],
    to: ['Region'],
    props: none,
  },
  PAIRED_WITH: {
    from: ['PartyOrg'],
    to: ['PartyOrg'],
    props: z
      .object({
        kind: PairingKind.default('co_building'),
        since: IsoDate.optional(),
        source: z.string().max(200).optional(),
      })
      .strict(),
    undirected: true,
  },
  WORKS_AT: {
    from: ['Person'],
    to: ['Enterprise', 'Institution', 'Department'],
    props: z.object({ position: z.string().max(100).optional() }).strict(),
  },
  MEMBER_OF: { from: ['Person'], to: ['PartyOrg'], props: none },
  INSTRUCTS: { from: ['Person'], to: ['Enterprise'], props: none },
  // 企业秘书 (002): an official serving named enterprises, their first responder
  SECRETARY_OF: { from: ['Person'], to: ['Enterprise'], props: none },
  CHIEF_OF: {
    from: ['Person'],
    to: ['Chain'],
    props: z.object({ regionId: z.string().min(1) }).strict(),
  },
  AUTHORED: { from: ['Person'], to: ['Work'], props: none },
  IN_TEAM: {
    from: ['Person'],
    to: ['Team'],
    props: z.object({ role: z.string().max(100).optional() }).strict(),
  },
  TACKLES: { from: ['Team'], to: ['Problem'], props: none },
  ABOUT: { from: ['Problem'], to: ['Segment'], props: none },
  RAISED_BY: { from: ['Request'], to: ['Enterprise'], props: none },
  ASSIGNED_TO: { from: ['Request'], to: ['Person'], props: none },
  // 派单到部门 / 吹哨: a department called to a request, with its part (接单 → 报到 → 销号)
  CALLS: { from: ['Request'], to: ['Department'], props: CallProps },
  NEEDED_BY: { from: ['TalentNeed'], to: ['Enterprise'], props: none },
  // 银企对接: a need and the enterprise seeking it; a product, its provider, chains and regions; a
  // meeting held and who attended. Finance lists are computed on request, never stored: these ties
  // annotate their targets (writing one queues no recompute of partners, tackling or gaps)
  SOUGHT_BY: { from: ['FinancingNeed'], to: ['Enterprise'], props: none, annotates: true },
  OFFERED_BY: { from: ['FinancialProduct'], to: ['Enterprise', 'Institution'], props: none, annotates: true },
  // a product's chains; and a talent need's chain, listing it in the chain's catalogue beside its
  // enterprise's own chains (an enterprise on no segment yet). Both lists are computed on request
  FOR_CHAIN: {
    from: ['TalentNeed', 'FinancialProduct', 'ServiceResource', 'ActionProject'],
    to: ['Chain'],
    props: none,
    annotates: true,
  },
  SERVES: { from: ['FinancialProduct'], to: ['Region'], props: none, annotates: true },
  HELD_IN: { from: ['FinancingMeeting'], to: ['Region'], props: none, annotates: true },
  ATTENDED_BY: { from: ['FinancingMeeting'], to: ['Enterprise', 'Institution'], props: none, annotates: true },
  // 3张清单 (004): a resource and the department offering it; a project, its department and owner.
  // The lists are computed on request: these ties annotate their targets
  // a party organisation keeps one too (白银's 产业链联合党委资源共享清单, 004)
  PROVIDED_BY: { from: ['ServiceResource'], to: ['Department', 'PartyOrg'], props: none, annotates: true },
  LED_BY: { from: ['ActionProject'], to: ['Department'], props: none, annotates: true },
  OWNED_BY: { from: ['ActionProject'], to: ['Person'], props: none, annotates: true },
  // 党员招商小分队: a squad's region, chains, members and leader; the leads of the gap maps it is
  // given; its visits and who went; an article's tally. Squad lists are computed on request: these
  // ties annotate their targets (writing one queues no recompute of partners, tackling or gaps)
  SQUAD_IN: { from: ['InvestmentSquad', 'SquadTally'], to: ['Region'], props: none, annotates: true },
  SQUAD_ON_CHAIN: { from: ['InvestmentSquad', 'SquadTally', 'SquadLead'], to: ['Chain'], props: none, annotates: true },
  SQUAD_MEMBER: { from: ['Person'], to: ['InvestmentSquad'], props: none, annotates: true },
  LEADS_SQUAD: { from: ['Person'], to: ['InvestmentSquad'], props: none, annotates: true },
  ASSIGNED_TO_SQUAD: { from: ['SquadLead'], to: ['InvestmentSquad'], props: none, annotates: true },
  LEAD_TARGET: { from: ['SquadLead'], to: ['Enterprise'], props: none, annotates: true },
  VISIT_BY_SQUAD: { from: ['SquadVisit'], to: ['InvestmentSquad'], props: none, annotates: true },
  VISITED: { from: ['SquadVisit'], to: ['Enterprise'], props: none, annotates: true },
  VISITED_WITH: { from: ['SquadVisit'], to: ['Person'], props: none, annotates: true },
  // 一方隶属、双重管理 (000): the workplace's organisation co-managing a member whose membership
  // (MEMBER_OF) is elsewhere; and a member's moves (流动记录). Counted on request, never matched on
  MANAGED_BY: { from: ['Person'], to: ['PartyOrg'], props: ManagedByProps, annotates: true },
  MOVE_OF: { from: ['MemberMove'], to: ['Person'], props: none, annotates: true },
  MOVED_FROM: { from: ['MemberMove'], to: ['PartyOrg', 'Region'], props: none, annotates: true },
  MOVED_TO: { from: ['MemberMove'], to: ['PartyOrg', 'Region'], props: none, annotates: true },
  // 链长制: a chain's joint meeting (its chain, region, chief, attendees, agenda items each linked to
  // the node it is about), the meeting's decisions, and a committee's pledged items (十件实事).
  // Records of work, not facts the engines read: they annotate their targets
  CONVENED_FOR: { from: ['JointMeeting'], to: ['Chain'], props: none, annotates: true },
  CONVENED_IN: { from: ['JointMeeting'], to: ['Region'], props: none, annotates: true },
  CHAIRED_BY: { from: ['JointMeeting'], to: ['Person'], props: none, annotates: true },
  ATTENDED: {
    from: ['Department', 'Person', 'PartyOrg', 'Enterprise', 'Institution'],
    to: ['JointMeeting'],
    props: none,
    annotates: true,
  },
  ON_AGENDA: {
    from: ['JointMeeting'],
    to: ['Segment', 'Enterprise', 'Request', 'Problem'],
    props: z
      .object({
        rank: z.number().int().min(1).max(100),
        topic: AgendaTopic,
        title: z.string().trim().min(1).max(200),
        regionId: z.string().min(1).optional(),
      })
      .strict(),
    annotates: true,
  },
  DECIDED_AT: { from: ['MeetingDecision'], to: ['JointMeeting'], props: none, annotates: true },
  PLEDGED_FOR: { from: ['Pledge'], to: ['Chain'], props: none, annotates: true },
  PLEDGED_IN: { from: ['Pledge'], to: ['Region'], props: none, annotates: true },
  // a recorded outcome annotates its ends: writing one changes no match, so no recompute
  OUTCOME_OF: {
    from: ['Outcome'],
    to: ['Enterprise', 'Problem', 'Chain', 'Request', 'TalentNeed', 'FinancingNeed'],
    props: none,
    annotates: true,
  },
  OUTCOME_WITH: {
    from: ['Outcome'],
    to: ['Enterprise', 'Person', 'Institution', 'FinancialProduct', 'ServiceResource'],
    props: none,
    annotates: true,
  },
} as const satisfies Record<
  string,
  { from: readonly NodeKind[]; to: readonly NodeKind[]; props: z.ZodType; undirected?: boolean; annotates?: boolean }
>;

export type RelType = keyof typeof relationshipSpecs;
export const REL_TYPES = Object.keys(relationshipSpecs) as RelType[];
export const RelTypeSchema = z.enum(REL_TYPES as [RelType, ...RelType[]]);

export function isUndirected(type: RelType): boolean {
  return 'undirected' in relationshipSpecs[type];
}

/** A record about its target (an outcome about an enterprise), not a fact the engines read. */
export function isAnnotation(type: RelType): boolean {
  return 'annotates' in relationshipSpecs[type];
}

/** One end of a relationship: ids are unique per label, so both are needed. */
export const NodeRef = z.object({ kind: z.string(), id: z.string().min(1) });
export type NodeRef = { kind: NodeKind; id: string };

/** A relationship as callers write it; props are validated against the type's schema. */
export interface RelInput {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  props?: Record<string, unknown>;
}

/**
 * Why a relationship is not allowed, or null: the endpoints' labels must be ones the type
 * joins, and the props must fit its schema.
 */
export function relationshipProblem(rel: RelInput): string | null {
  const spec = relationshipSpecs[rel.type] as {
    from: readonly NodeKind[];
    to: readonly NodeKind[];
    props: z.ZodType;
  };
  if (!spec) return `unknown relationship type '${String(rel.type)}'`;
  if (!spec.from.includes(rel.from.kind))
    return `${rel.type} cannot start at a ${rel.from.kind} (allowed: ${spec.from.join(', ')})`;
  if (!spec.to.includes(rel.to.kind))
    return `${rel.type} cannot end at a ${rel.to.kind} (allowed: ${spec.to.join(', ')})`;
  const parsed = spec.props.safeParse(rel.props ?? {});
  if (!parsed.success)
    return `${rel.type} props: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
  return null;
}

/** The props after defaults, for a relationship already checked by relationshipProblem. */
export function relationshipProps(rel: RelInput): Record<string, unknown> {
  const spec = relationshipSpecs[rel.type] as { props: z.ZodType };
  return spec.props.parse(rel.props ?? {}) as Record<string, unknown>;
}

/**
 * The relationship that places a node of this kind in a region: LOCATED_IN for enterprises and
 * institutions, IN_REGION for party organisations; null for kinds placed only through others.
 */
export function regionRelationOf(kind: NodeKind): 'LOCATED_IN' | 'IN_REGION' | null {
  if (relationshipSpecs.LOCATED_IN.from.includes(kind as never)) return 'LOCATED_IN';
  if (relationshipSpecs.IN_REGION.from.includes(kind as never)) return 'IN_REGION';
  return null;
}
