import { z } from 'zod';
import { AgendaItem, ChiefView, DecisionItem, JointMeetingItem, PledgeItem } from '../../domain/answers';
import { UndertakingStatus } from '../../domain/chief.schema';
import { Id } from '../../domain/common.schema';
import type { Role } from '../../domain/roles';
import { BundleAgendaItem, BundleJointMeeting, BundleMeetingDecision, BundlePledge } from '../../ingest/bundle.schema';
import { chiefView } from '../../use-cases/chiefs/chief-view';
import {
  draftMeeting,
  holdJointMeeting,
  listJointMeetings,
  moveDecision,
  recordDecision,
} from '../../use-cases/chiefs/joint-meetings';
import { listPledges, movePledge, pledge } from '../../use-cases/chiefs/pledges';
import { EVERYONE, route, type RouteInput } from '../routing/route';
import { useCaseContext } from './use-case-context';

/** Chain chiefs' offices and chain secretaries: who holds meetings and tracks decisions and pledges. */
const CHIEF_STAFF: readonly Role[] = ['admin', 'secretary', 'investment'];
const ById = z.object({ id: Id });
const InRegion = z.object({
  region: Id.optional().describe(
    'Only this region (and below); else every region the chain has a chief or chain master in',
  ),
});

/** The chief's view as the API computes it: stored gap maps (their jobs queued when missing), coverage asked of the graph. */
function viewOf(input: RouteInput<unknown, unknown, unknown>, chainId: string, region: string | undefined) {
  const { app } = input;
  return chiefView(
    useCaseContext(input),
    { jobs: app.jobs, coverage: (regionIds) => app.graph.ask('partyCoverage', { regionIds }) },
    chainId,
    { regionId: region },
  );
}

export const chiefRoutes = [
  route({
    method: 'get',
    path: '/chains/:id/chief-view',
    tag: 'chain chiefs',
    summary: 'A chain chief’s view of the chain across regions (链长视图)',
    description:
      'Per region: its chiefs (CHIEF_OF), the stored gap map in short (missing and weak segments, best leads; `computing` while the first run is made), open problems (stalled first) and open requests (overdue first) of the chain’s enterprises, and party coverage. A region-limited key sees its regions only.',
    allow: EVERYONE,
    params: ById,
    query: InRegion,
    response: ChiefView,
    handle: (input) => viewOf(input, input.params.id, input.query.region),
  }),

  route({
    method: 'post',
    path: '/chains/:id/joint-meetings/draft',
    tag: 'chain chiefs',
    summary: 'Draft a joint meeting’s agenda from the chief’s view (联席会议议程)',
    description:
      'Top gaps and leads, overdue requests and stalled problems of each region, each item linked to its node. Nothing is written.',
    allow: CHIEF_STAFF,
    params: ById,
    body: InRegion,
    response: z
      .object({
        chain: z.object({ id: z.string(), name: z.string() }),
        regionId: z.string().nullable(),
        chiefId: z.string().nullable(),
        agenda: z.array(AgendaItem),
      })
      .meta({ id: 'MeetingDraft' }),
    handle: async (input) =>
      draftMeeting(await viewOf(input, input.params.id, input.body.region), input.body.region ?? null),
  }),

  route({
    method: 'post',
    path: '/joint-meetings',
    tag: 'chain chiefs',
    summary: 'Record a joint meeting (联席会议) with its attendees and agenda',
    description:
      'The agenda as drafted (or edited); when none is given it is drafted from the chief’s view of the meeting’s region. The region must be in the key’s.',
    allow: CHIEF_STAFF,
    status: 201,
    body: BundleJointMeeting.extend({
      agenda: z
        .array(BundleAgendaItem.extend({ sourceKind: z.string().optional() }))
        .max(100)
        .optional(),
    }),
    response: JointMeetingItem,
    handle: async (input) => {
      const { body } = input;
      const agenda =
        body.agenda ?? (await draftMeeting(await viewOf(input, body.chainId, body.regionId), body.regionId)).agenda;
      const created = await holdJointMeeting(useCaseContext(input), { ...body, agenda: agenda as AgendaItem[] });
      input.res.location(`/api/v1/joint-meetings?chain=${encodeURIComponent(body.chainId)}`);
      return created;
    },
  }),

  route({
    method: 'get',
    path: '/joint-meetings',
    tag: 'chain chiefs',
    summary: 'Joint meetings of a chain and region, latest first, with agenda and decisions',
    allow: EVERYONE,
    query: z.object({ chain: Id.optional(), region: Id.optional() }),
    response: z.object({ items: z.array(JointMeetingItem) }),
    handle: (input) => listJointMeetings(useCaseContext(input), input.query),
  }),

  route({
    method: 'post',
    path: '/joint-meetings/:id/decisions',
    tag: 'chain chiefs',
    summary: 'Record a joint meeting’s decision (议定事项): what, who answers for it, by when',
    allow: CHIEF_STAFF,
    status: 201,
    params: ById,
    body: BundleMeetingDecision.omit({ meetingId: true }),
    response: DecisionItem,
    handle: (input) => recordDecision(useCaseContext(input), { ...input.body, meetingId: input.params.id }),
  }),

  route({
    method: 'patch',
    path: '/meeting-decisions/:id',
    tag: 'chain chiefs',
    summary: 'Move a decision (推进中, 已办结); done records when',
    allow: CHIEF_STAFF,
    params: ById,
    body: z.object({ status: UndertakingStatus }),
    response: DecisionItem,
    handle: (input) => moveDecision(useCaseContext(input), input.params.id, input.body.status),
  }),

  route({
    method: 'get',
    path: '/pledges',
    tag: 'chain chiefs',
    summary: 'The year’s pledged items (十件实事) of a chain and region, with how many are done',
    allow: EVERYONE,
    query: z.object({
      chain: Id.optional(),
      region: Id.optional(),
      year: z.coerce.number().int().min(2000).max(2100).optional(),
    }),
    response: z.object({ items: z.array(PledgeItem), done: z.number().int() }),
    handle: (input) => listPledges(useCaseContext(input), input.query),
  }),

  route({
    method: 'post',
    path: '/pledges',
    tag: 'chain chiefs',
    summary: 'Pledge an item for the year (十件实事) in a region, for a chain',
    allow: CHIEF_STAFF,
    status: 201,
    body: BundlePledge,
    response: PledgeItem,
    handle: (input) => pledge(useCaseContext(input), input.body),
  }),

  route({
    method: 'patch',
    path: '/pledges/:id',
    tag: 'chain chiefs',
    summary: 'Move a pledged item and say how far it got',
    allow: CHIEF_STAFF,
    params: ById,
    body: z.object({ status: UndertakingStatus, progress: z.string().max(20_000).optional() }),
    response: PledgeItem,
    handle: (input) => movePledge(useCaseContext(input), input.params.id, input.body),
  }),
];
