import { z } from 'zod';
import { Region } from './region.schema';
import { Chain, Segment } from './chain.schema';
import { Enterprise } from './enterprise.schema';
import { Institution } from './institution.schema';
import { PartyOrg } from './party-org.schema';
import { Person, Work } from './person.schema';
import { Problem, Team } from './problem.schema';
import { Request } from './request.schema';
import { Outcome } from './outcome.schema';
import { Department } from './department.schema';
import { TalentNeed } from './talent-need.schema';
import { FinancialProduct, FinancingMeeting, FinancingNeed } from './finance.schema';
import { ActionProject, ServiceResource } from './lists.schema';
import { InvestmentSquad, SquadLead, SquadTally, SquadVisit } from './squad.schema';
import { MemberMove } from './member-move.schema';
import { JointMeeting, MeetingDecision, Pledge } from './chief.schema';

/**
 * Every node label of the graph with its schema. The label doubles as the allow-list for the only
 * identifiers ever interpolated into Cypher (docs/architecture.md, Design rules that hold across
 * the layers).
 */
export const nodeSchemas = {
  Region,
  Chain,
  Segment,
  Enterprise,
  Institution,
  PartyOrg,
  Person,
  Work,
  Team,
  Problem,
  Request,
  Outcome,
  Department,
  TalentNeed,
  FinancingNeed,
  FinancialProduct,
  FinancingMeeting,
  ServiceResource,
  ActionProject,
  InvestmentSquad,
  SquadLead,
  SquadVisit,
  SquadTally,
  MemberMove,
  JointMeeting,
  MeetingDecision,
  Pledge,
} as const;

export type NodeKind = keyof typeof nodeSchemas;
export const NODE_KINDS = Object.keys(nodeSchemas) as NodeKind[];
export const NodeKindSchema = z.enum(NODE_KINDS as [NodeKind, ...NodeKind[]]);

/** The validated record of a kind, before the store stamps it. */
export type NodeOf<K extends NodeKind> = z.infer<(typeof nodeSchemas)[K]>;
/** The record as written by a caller (defaults not yet applied). */
export type NodeInput<K extends NodeKind> = z.input<(typeof nodeSchemas)[K]>;

/**
 * Properties holding an instant. The Neo4j store writes them as DateTime so that Cypher can
 * compare them (overdue requests), and converts them back to ISO strings when reading.
 */
export const dateTimeFields: Partial<Record<NodeKind, readonly string[]>> = {
  Request: ['raisedAt', 'dueAt'],
};

export function isNodeKind(value: string): value is NodeKind {
  return Object.prototype.hasOwnProperty.call(nodeSchemas, value);
}

/** The human name of a node for lists and reasons: name, else title, else id. */
export function displayName(props: Record<string, unknown>): string {
  const name = props['name'] ?? props['title'] ?? props['id'];
  return typeof name === 'string' ? name : String(name);
}

/**
 * A record parsed by its kind's schema (defaults applied); throws a ZodError naming the fields.
 * @example parseNode('Region', { id: 'r1', name: '白银高新区', level: 'park' })
 */
export function parseNode(kind: NodeKind, input: unknown): Record<string, unknown> {
  return nodeSchemas[kind].parse(input) as Record<string, unknown>;
}
