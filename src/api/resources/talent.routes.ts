import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { Id, IsoDate } from '../../domain/common.schema';
import { JobFairPlan, TalentCandidates, TalentCatalogue } from '../../domain/answers/talent.schema';
import { TalentNeed } from '../../domain/talent-need.schema';
import { BundleTalentNeed } from '../../ingest/bundle.schema';
import { chainJobFair, chainTalentCatalogue, talentCandidatesFor } from '../../use-cases/talent/talent-answers';
import { postTalentNeed, talentNeedInScope } from '../../use-cases/talent/talent-need-records';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { storedForm } from './pagination';
import { useCaseContext } from './use-case-context';

/** Park staff and chain secretaries post their enterprises' talent needs. */
const POSTERS: readonly Role[] = ['admin', 'secretary'];
const ById = z.object({ id: Id });
const InRegion = z.object({
  region: Id.optional().describe('Only enterprises of this region and below (a region-scoped key: its own by default)'),
});
const TalentNeedOut = storedForm(TalentNeed)
  .extend({
    enterpriseId: z.string().nullable().describe('The enterprise that wants it filled'),
    chainIds: z.array(z.string()).describe('Chains whose catalogue lists it besides the enterprise’s own'),
  })
  .meta({ id: 'TalentNeed' });

export const talentRoutes = [
  createRoute({
    path: '/talent-needs',
    tag: 'talent',
    summary: 'Post an enterprise’s talent need (人才需求)',
    description:
      'The role, skills, level and how many people; posted today unless postedAt says when. It joins its chain’s scarce-talent catalogue while open; a hire is recorded through POST /outcomes (engine talent, result talent_hired).',
    allow: POSTERS,
    body: BundleTalentNeed.omit({ status: true, filledAt: true }).extend({ postedAt: IsoDate.optional() }),
    response: TalentNeedOut,
    create: postTalentNeed,
  }),

  route({
    method: 'get',
    path: '/talent-needs/:id',
    tag: 'talent',
    summary: 'Read a talent need',
    allow: EVERYONE,
    params: ById,
    response: TalentNeedOut,
    handle: (input) => talentNeedInScope(useCaseContext(input), input.params.id),
  }),

  route({
    method: 'get',
    path: '/talent-needs/:id/candidates',
    tag: 'talent',
    summary: 'People the graph knows who could fill a talent need, with reasons (人才推荐)',
    description:
      'Scored by skills covered, works and profile, where they work and the party organisation that can recommend them (组织推荐), each part given; nobody already working at the enterprise. Computed on the current graph. Party membership is used and said only for roles that may see it.',
    allow: EVERYONE,
    params: ById,
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
    response: TalentCandidates,
    handle: (input) =>
      talentCandidatesFor(useCaseContext(input), input.params.id, (how) =>
        input.app.graph.ask('talentCandidates', { needId: input.params.id, limit: input.query.limit, ...how }),
      ),
  }),

  route({
    method: 'get',
    path: '/chains/:id/talent',
    tag: 'talent',
    summary: 'A chain’s scarce-talent catalogue (急需紧缺人才目录)',
    description:
      'The open talent needs of the chain’s enterprises grouped by role, most people wanted first, with skills, enterprises, regions and how long open; the filled needs’ median days to fill; every need listed. Computed on the current graph.',
    allow: EVERYONE,
    params: ById,
    query: InRegion,
    response: TalentCatalogue,
    handle: (input) =>
      chainTalentCatalogue(useCaseContext(input), input.params.id, input.query.region, (regionId, how) =>
        input.app.graph.ask('talentCatalogue', { chainId: input.params.id, regionId, asOf: how.asOf }),
      ),
  }),

  route({
    method: 'get',
    path: '/chains/:id/job-fair',
    tag: 'talent',
    summary: 'A job fair plan for a chain (链上专场招聘会)',
    description:
      'Which enterprises with which open needs meet which candidates: the interviews that maximise the total candidate score, each need seating a few per position and each person in a bounded number of interviews.',
    allow: EVERYONE,
    params: ById,
    query: InRegion.extend({
      perPerson: z.coerce.number().int().min(1).max(10).default(2).describe('Interviews per candidate'),
      perPosition: z.coerce.number().int().min(1).max(10).default(3).describe('Interviews per position wanted'),
    }),
    response: JobFairPlan,
    handle: (input) => {
      const { params, query, app } = input;
      return chainJobFair(useCaseContext(input), params.id, query.region, (regionId, how) =>
        app.graph.ask('jobFair', {
          chainId: params.id,
          regionId,
          interviewsPerPerson: query.perPerson,
          interviewsPerPosition: query.perPosition,
          ...how,
        }),
      );
    },
  }),
];
