import type { z } from 'zod';
import { displayName, type NodeKind } from '../../domain';
import type { AgendaItem, ChiefView, DecisionItem, JointMeetingItem } from '../../domain/answers';
import type { UndertakingStatus } from '../../domain/chief.schema';
import type { BundleJointMeeting, BundleMeetingDecision } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import type { GraphNode } from '../../store/graph-store';
import { createRecord } from '../records/create-record';
import type { UseCaseContext } from '../use-case-context';
import { draftAgenda } from './agenda-draft';
import { step } from './chain-reach';

const ATTENDEE_KINDS = ['Department', 'Person', 'PartyOrg', 'Enterprise', 'Institution'] as const;
const SOURCE_KINDS = ['Segment', 'Enterprise', 'Request', 'Problem'] as const;

/** A draft of a chain's joint meeting: the view it was drawn from and the agenda, nothing written. */
export interface MeetingDraft {
  chain: ChiefView['chain'];
  regionId: string | null;
  chiefId: string | null;
  agenda: AgendaItem[];
}

/** The agenda a chief's view gives (regions as the view has them); the chief of the first region named. */
export function draftMeeting(view: ChiefView, regionId: string | null): MeetingDraft {
  const first = view.regions.find((r) => r.region.id === regionId) ?? view.regions[0];
  return {
    chain: view.chain,
    regionId: regionId ?? first?.region.id ?? null,
    chiefId: first?.chiefs[0]?.id ?? null,
    agenda: draftAgenda(view),
  };
}

/** The input of a new meeting: as a bundle states it, its agenda drafted when it names none. */
export type NewJointMeeting = Omit<z.infer<typeof BundleJointMeeting>, 'agenda'> & {
  agenda?: AgendaItem[] | undefined;
};

/** Holds a joint meeting (its region in the caller's), audited; answers it as listed. */
export async function holdJointMeeting(ctx: UseCaseContext, meeting: NewJointMeeting): Promise<JointMeetingItem> {
  const agenda = (meeting.agenda ?? []).map(({ sourceKind: _k, regionId, ...item }) => ({
    ...item,
    ...(regionId ? { regionId } : {}),
  }));
  return createRecord(
    ctx,
    {
      kind: 'JointMeeting',
      section: 'jointMeetings',
      action: 'joint-meeting.create',
      read: async (ctx, id) => (await meetingItems(ctx, [(await ctx.store.getNode('JointMeeting', id))!]))[0]!,
    },
    { ...meeting, agenda },
  );
}

/** Records a decision of a meeting (the meeting's region in the caller's). */
export async function recordDecision(
  ctx: UseCaseContext,
  decision: z.infer<typeof BundleMeetingDecision>,
): Promise<DecisionItem> {
  if (!(await ctx.store.getNode('JointMeeting', decision.meetingId)))
    throw AppError.notFound(`JointMeeting '${decision.meetingId}'`);
  return createRecord(
    ctx,
    {
      kind: 'MeetingDecision',
      section: 'meetingDecisions',
      action: 'meeting-decision.create',
      read: async (ctx, id) => decisionItem((await ctx.store.getNode('MeetingDecision', id))!, ctx.now()),
    },
    decision,
  );
}

/** Moves a decision (推进中, 已办结…); done stamps when. 404 unknown, 403 when its meeting lies elsewhere. */
export async function moveDecision(ctx: UseCaseContext, id: string, status: UndertakingStatus): Promise<DecisionItem> {
  const node = await ctx.store.getNode('MeetingDecision', id);
  if (!node) throw AppError.notFound(`MeetingDecision '${id}'`);
  const meeting = (await step(ctx.store, 'MeetingDecision', [id], 'DECIDED_AT', 'out', 'JointMeeting')).nodes[0];
  const regions = meeting
    ? (await step(ctx.store, 'JointMeeting', [meeting.id], 'CONVENED_IN', 'out', 'Region')).nodes.map((r) => r.id)
    : [];
  await ctx.scopes.check(ctx.caller, regions, `decision '${id}'`);
  const after = await setStatus(ctx, node, status, 'meeting-decision.status');
  return decisionItem(after, ctx.now());
}

/** A decision's or pledge's new status (and when it was done), written and audited. */
export async function setStatus(
  ctx: UseCaseContext,
  node: GraphNode,
  status: UndertakingStatus,
  action: string,
  more: Record<string, unknown> = {},
): Promise<GraphNode> {
  const { createdAt: _c, updatedAt: _u, doneAt: _d, ...props } = node.props;
  const doneAt = status === 'done' ? (node.props['doneAt'] ?? ctx.now().toISOString().slice(0, 10)) : undefined;
  const next = { ...props, ...more, status, ...(doneAt ? { doneAt } : {}) };
  await ctx.store.upsertNodes(node.kind, [next]);
  await ctx.audit(action, { kind: node.kind, id: node.id }, node.props, next);
  return (await ctx.store.getNode(node.kind, node.id))!;
}

/** The joint meetings of a chain and region (within the caller's), latest first. */
export async function listJointMeetings(
  ctx: UseCaseContext,
  { chain, region }: { chain?: string | undefined; region?: string | undefined },
): Promise<{ items: JointMeetingItem[] }> {
  if (region) await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
  const page = await ctx.store.listNodes('JointMeeting', {
    limit: 1000,
    ...(chain ? { related: { type: 'CONVENED_FOR', direction: 'out', node: { kind: 'Chain', id: chain } } } : {}),
  });
  const scope = await ctx.scopes.of(ctx.caller);
  const within = region ? await ctx.scopes.within(region) : null;
  const items = (await meetingItems(ctx, page.items)).filter(
    (m) =>
      (scope === null || (m.region && scope.has(m.region.id))) && (!within || (m.region && within.has(m.region.id))),
  );
  return { items: items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)) };
}

function decisionItem(node: GraphNode, now: Date): DecisionItem {
  const p = node.props as Record<string, string | undefined>;
  const status = p['status'] as UndertakingStatus;
  return {
    id: node.id,
    text: p['text']!,
    owner: p['owner']!,
    dueDate: p['dueDate']!,
    status,
    doneAt: p['doneAt'] ?? null,
    overdue: status !== 'done' && status !== 'dropped' && Date.parse(p['dueDate']!) < now.getTime() - 86_400_000,
  };
}

const named = (n: GraphNode | undefined) => (n ? { id: n.id, name: displayName(n.props) } : null);

/** Meetings with their ends, read in one follow per tie for all of them. */
async function meetingItems(
  ctx: Pick<UseCaseContext, 'store' | 'now'>,
  meetings: GraphNode[],
): Promise<JointMeetingItem[]> {
  const ids = meetings.map((m) => m.id);
  const endOf = async (type: 'CONVENED_FOR' | 'CONVENED_IN' | 'CHAIRED_BY', kind: NodeKind) => {
    const found = await step(ctx.store, 'JointMeeting', ids, type, 'out', kind);
    const nodes = new Map(found.nodes.map((n) => [n.id, n]));
    return new Map(found.edges.map((e) => [e.from.id, nodes.get(e.to.id)!]));
  };
  const [chains, regions, chiefs] = await Promise.all([
    endOf('CONVENED_FOR', 'Chain'),
    endOf('CONVENED_IN', 'Region'),
    endOf('CHAIRED_BY', 'Person'),
  ]);
  const attendees = new Map<string, JointMeetingItem['attendees']>();
  for (const kind of ATTENDEE_KINDS) {
    const found = await step(ctx.store, 'JointMeeting', ids, 'ATTENDED', 'in', kind);
    const nodes = new Map(found.nodes.map((n) => [n.id, n]));
    for (const e of found.edges)
      attendees.set(e.to.id, [
        ...(attendees.get(e.to.id) ?? []),
        { kind, id: e.from.id, name: displayName(nodes.get(e.from.id)!.props) },
      ]);
  }
  const agenda = new Map<string, AgendaItem[]>();
  for (const kind of SOURCE_KINDS) {
    for (const e of (await step(ctx.store, 'JointMeeting', ids, 'ON_AGENDA', 'out', kind)).edges) {
      const p = e.props as { rank: number; topic: AgendaItem['topic']; title: string; regionId?: string };
      const item = { ...p, regionId: p.regionId ?? null, sourceKind: kind, sourceId: e.to.id };
      agenda.set(e.from.id, [...(agenda.get(e.from.id) ?? []), item]);
    }
  }
  const decided = await step(ctx.store, 'JointMeeting', ids, 'DECIDED_AT', 'in', 'MeetingDecision');
  const decisionNodes = new Map(decided.nodes.map((n) => [n.id, n]));
  const decisions = new Map<string, DecisionItem[]>();
  const now = ctx.now();
  for (const e of decided.edges)
    decisions.set(e.to.id, [...(decisions.get(e.to.id) ?? []), decisionItem(decisionNodes.get(e.from.id)!, now)]);
  return meetings.map((m) => {
    const p = m.props as Record<string, unknown>;
    return {
      id: m.id,
      title: String(p['title']),
      date: String(p['date']),
      note: String(p['note'] ?? ''),
      synthetic: p['synthetic'] === true,
      source: (p['source'] as string | undefined) ?? null,
      chain: named(chains.get(m.id)),
      region: named(regions.get(m.id)),
      chief: named(chiefs.get(m.id)),
      attendees: (attendees.get(m.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
      agenda: (agenda.get(m.id) ?? []).sort((a, b) => a.rank - b.rank),
      decisions: (decisions.get(m.id) ?? []).sort(
        (a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id),
      ),
    };
  });
}
