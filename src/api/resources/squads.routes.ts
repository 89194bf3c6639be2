import { z } from 'zod';
import { SquadDetail, SquadList, SquadTallyAnswer, SquadVisitItem } from '../../domain/answers/squads.schema';
import { Id, IsoDate, Text } from '../../domain/common.schema';
import type { Role } from '../../domain/roles';
import { BundleInvestmentSquad, BundleSquadVisit } from '../../ingest/bundle.schema';
import { assignSquadLeads, createSquad, logSquadVisit } from '../../use-cases/squads/squad-records';
import { listSquads, squadDetail, squadTally } from '../../use-cases/squads/squads';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { useCaseContext } from './use-case-context';

/** Park investment staff and chain secretaries: who forms squads, gives them leads and logs visits. */
const SQUAD_STAFF: readonly Role[] = ['admin', 'secretary', 'investment'];
const ById = z.object({ id: Id });
const Scope = z.object({
  region: Id.optional().describe('Only squads of this region and below (a region-limited key: its own by default)'),
  chain: Id.optional().describe('Only squads working on this chain'),
});

export const squadRoutes = [
  route({
    method: 'get',
    path: '/squads',
    tag: 'squads',
    summary: 'Investment squads of a region and chain (党员招商小分队), with their leads and tallies',
    description:
      'Each squad with its chains, leads of the gap maps and what its visits came to: visits, enterprises met, signings. Members’ names only for roles that see party membership.',
    allow: EVERYONE,
    query: Scope,
    response: SquadList,
    handle: (input) => listSquads(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/squads/tally',
    tag: 'squads',
    summary: 'What a region’s squads came to, per chain, beside the totals articles state',
    description:
      'Counted from the visits logged, per chain (a squad on several chains counts in each), and the stated totals with their source (001: 30 squads, 165 trips, 200+ enterprises met).',
    allow: EVERYONE,
    query: Scope,
    response: SquadTallyAnswer,
    handle: (input) => squadTally(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/squads/:id',
    tag: 'squads',
    summary: 'An investment squad with its leads and every visit',
    allow: EVERYONE,
    params: ById,
    response: SquadDetail,
    handle: (input) => squadDetail(useCaseContext(input), input.params.id),
  }),

  createRoute({
    path: '/squads',
    tag: 'squads',
    summary: 'Form an investment squad (组建党员招商小分队)',
    description: 'Its region (the key’s own or below), chains, members and the member who leads it.',
    allow: SQUAD_STAFF,
    body: BundleInvestmentSquad,
    response: SquadDetail,
    create: createSquad,
  }),

  route({
    method: 'post',
    path: '/squads/:id/leads',
    tag: 'squads',
    summary: 'Give a squad leads of the gap maps (分派招商线索)',
    description:
      'Each lead an enterprise outside the squad’s region to attract for one of its chains, kept with its rank in that chain’s gap map of the region. Giving a lead again changes nothing.',
    allow: SQUAD_STAFF,
    params: ById,
    body: z.object({
      assignedOn: IsoDate.optional().describe('Default: today'),
      leads: z
        .array(z.object({ enterpriseId: Id, chainId: Id, note: Text.optional() }))
        .min(1)
        .max(100),
    }),
    response: SquadDetail,
    handle: (input) => assignSquadLeads(useCaseContext(input), input.params.id, input.body),
  }),

  route({
    method: 'post',
    path: '/squad-visits',
    tag: 'squads',
    status: 201,
    summary: 'Log a squad’s visit (外出招商): date, enterprise, who went, what came of it',
    description:
      'Who went must be members of the squad. A signing or landing is of a lead given to the squad and records one lead_attracted outcome for it, once however many visits sign or land it.',
    allow: SQUAD_STAFF,
    body: BundleSquadVisit.omit({ id: true, outcomeId: true }).extend({ id: Id.optional() }),
    response: SquadVisitItem,
    handle: (input) => logSquadVisit(useCaseContext(input), input.body),
  }),
];
