import { z } from 'zod';
import { IsoDate, Name, NodeBase, Text } from './common.schema';
import { labelled } from './labelled';

/*
 * 链长制 (003, 004): a chain chief (CHIEF_OF) convenes the chain's joint meeting (联席会议), whose
 * agenda is drawn from the chief's view of the chain and whose decisions are tracked to done; and
 * a chain committee's year of pledged items (十件实事, 003), each with an owner and a due date.
 */

/** Where a decision or a pledged item stands: 未开始 → 推进中 → 已办结 (or 已撤销). */
export const UndertakingStatuses = labelled(
  ['open', 'in_progress', 'done', 'dropped'],
  { open: '待推进', in_progress: '推进中', done: '已办结', dropped: '已撤销' },
  { open: 'open', in_progress: 'in progress', done: 'done', dropped: 'dropped' },
  { 待办: 'open', 进行中: 'in_progress', 办结: 'done', 完成: 'done', 已完成: 'done', 撤销: 'dropped' },
);
export const UndertakingStatus = UndertakingStatuses.schema;
export type UndertakingStatus = z.infer<typeof UndertakingStatus>;

/** What an agenda item is about, and so which node it links to (ON_AGENDA). */
export const AgendaTopics = labelled(
  ['gap', 'lead', 'overdue_request', 'stalled_problem'],
  { gap: '补链缺口', lead: '招商线索', overdue_request: '超期诉求', stalled_problem: '久攻未决难题' },
  { gap: 'chain gap', lead: 'lead', overdue_request: 'overdue request', stalled_problem: 'stalled problem' },
);
export const AgendaTopic = AgendaTopics.schema;
export type AgendaTopic = z.infer<typeof AgendaTopic>;

/** The node kind an agenda item of a topic links to. */
export const AGENDA_SOURCE_KIND = {
  gap: 'Segment',
  lead: 'Enterprise',
  overdue_request: 'Request',
  stalled_problem: 'Problem',
} as const satisfies Record<AgendaTopic, string>;

/** Who answers for a decision or a pledged item: a department, a party organisation, a person, by name. */
const Owner = Name.describe('Who answers for it (a department, a party organisation or a person), by name');

/** 联席会议: a chain's joint meeting in a region, convened by its chief. */
export const JointMeeting = NodeBase.extend({
  title: Name,
  date: IsoDate,
  note: Text.default(''),
});
export type JointMeeting = z.infer<typeof JointMeeting>;

/** A decision of a joint meeting (DECIDED_AT), tracked to done. */
export const MeetingDecision = NodeBase.extend({
  text: Name.describe('What was decided'),
  owner: Owner,
  dueDate: IsoDate,
  status: UndertakingStatus.default('open'),
  /** When it was marked done. */
  doneAt: IsoDate.optional(),
});
export type MeetingDecision = z.infer<typeof MeetingDecision>;

/** 十件实事: one item a chain committee pledged for the year, in a region (and for a chain). */
export const Pledge = NodeBase.extend({
  title: Name,
  year: z.number().int().min(2000).max(2100),
  owner: Owner,
  dueDate: IsoDate.optional(),
  status: UndertakingStatus.default('open'),
  /** The figure pledged as the source states it (年度新增贷款投放500亿元以上). */
  target: z.string().trim().max(200).optional(),
  /** The figure in yuan, when it is an amount of money. */
  targetYuan: z.number().int().min(1).max(100_000_000_000_000).optional(),
  progress: Text.default(''),
  doneAt: IsoDate.optional(),
});
export type Pledge = z.infer<typeof Pledge>;
