import { z } from 'zod';
import { Consortium } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { Problem, ProblemStepTo } from '../../domain/problem.schema';
import { ProblemStatus } from '../../domain/enums';
import { BundleProblem } from '../../ingest/bundle.schema';
import { decodeCursor } from '../../shared/cursor';
import { moveProblem, postProblem, problemHistory, readProblem } from '../../use-cases/problems/problems';
import { storedSchema } from '../../use-cases/records/stored-record';
import { JsonText } from '../routing/json-text';
import { EVERYONE, route } from '../routing/route';
import { ListAnswer, storedLists } from './match-answers';
import { createRoute } from './create-route';
import { PageQuery, pageOf } from './pagination';
import { ProblemItem } from './problem-list';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
const ProblemOut = storedSchema(Problem);

/** One step of a problem's history: who took it, as what role, when, and the note they left. */
const ProblemEventOut = z.object({
  at: z.string(),
  by: z.string().describe('The key that took it'),
  role: z.string(),
  action: z.string().describe('problem.create, problem.published, problem.claimed…'),
  note: z.string().nullable(),
});

export const problemRoutes = [
  route({
    method: 'get',
    path: '/problems',
    tag: 'problems',
    summary: 'List problems of the tackling list',
    description:
      'Each with the segments and chains it is about and the enterprise or institution that posted it, with its region. The tackling list is an open call (揭榜挂帅): every key sees every problem, as GET /problems/:id does; region= narrows it to problems posted from a region and the regions below it.',
    allow: EVERYONE,
    query: PageQuery.extend({
      status: ProblemStatus.optional(),
      chain: Id.optional().describe('Only problems about a segment of this chain'),
      region: Id.optional().describe('Only problems posted by an enterprise or institution in this region or below it'),
    }),
    response: pageOf(ProblemItem),
    handle: async ({ query, app }) => {
      const regionIds = query.region ? await app.scopes.within(query.region) : undefined;
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      return app.graph.ask('problemList', {
        ...(query.status ? { status: query.status } : {}),
        ...(query.chain ? { chainId: query.chain } : {}),
        ...(regionIds ? { regionIds: [...regionIds] } : {}),
        ...(after ? { after } : {}),
        limit: query.limit,
      });
    },
  }),

  route({
    method: 'get',
    path: '/problems/:id',
    tag: 'problems',
    summary: 'Read a problem',
    allow: EVERYONE,
    params: ById,
    response: ProblemOut,
    handle: async ({ params, app }) => readProblem(app, params.id),
  }),

  createRoute({
    path: '/problems',
    tag: 'problems',
    summary: 'Post a problem (发榜)',
    description: 'Its candidate experts and institutions, and the global assignment, are recomputed in the background.',
    allow: ['admin', 'secretary', 'university'],
    body: BundleProblem,
    response: ProblemOut,
    create: postProblem,
  }),

  route({
    method: 'post',
    path: '/problems/:id/transitions',
    tag: 'problems',
    summary: 'Move a problem along the tackling workflow',
    description:
      'draft → published → claimed (with the claiming team) → in_progress → accepted → closed. A step from the wrong status is a 409 naming the allowed ones.',
    allow: EVERYONE,
    params: ById,
    body: z.object({
      to: ProblemStepTo,
      teamId: Id.optional().describe('The team that claims it (揭榜); required for claimed'),
      note: z.string().max(2000).optional(),
    }),
    response: ProblemOut,
    handle: async (input) => moveProblem(useCaseContext(input), input.params.id, input.body),
  }),

  route({
    method: 'get',
    path: '/problems/:id/history',
    tag: 'problems',
    summary: 'Who did what to a problem, and when',
    allow: EVERYONE,
    params: ById,
    query: PageQuery,
    response: pageOf(ProblemEventOut),
    handle: async ({ params, query, app }) => problemHistory(app, params.id, query),
  }),

  route({
    method: 'get',
    path: '/problems/:id/candidates',
    tag: 'problems',
    summary: 'Candidate experts and institutions for a problem',
    description: 'The latest stored run of each list; party membership is masked for roles that may not see it.',
    allow: EVERYONE,
    params: ById,
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
    response: z.object({ experts: ListAnswer, institutions: ListAnswer }),
    handle: async ({ params, query, app, caller, res }) => {
      const { json } = await storedLists(
        app,
        caller,
        {
          type: 'TACKLE_CANDIDATE',
          from: { kind: 'Problem', id: params.id },
          qualifiers: ['experts', 'institutions'],
          limit: query.limit,
          compute: { name: 'tackling.problem', payload: { problemId: params.id } },
          scoped: false,
        },
        res,
      );
      return new JsonText<{ experts: ListAnswer; institutions: ListAnswer }>(
        `{"experts":${json.experts},"institutions":${json.institutions}}`,
      );
    },
  }),

  route({
    method: 'get',
    path: '/problems/:id/consortium',
    tag: 'problems',
    summary: 'A proposed consortium (攻关联合体) covering the problem’s skills',
    description: 'Computed on the current graph: the members, the skills each covers, and what no candidate covers.',
    allow: EVERYONE,
    params: ById,
    response: Consortium,
    handle: async ({ params, app }) => {
      await readProblem(app, params.id);
      return app.graph.ask('consortium', { problemId: params.id });
    },
  }),
];
