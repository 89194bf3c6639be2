import { z } from 'zod';
import { Assignment, ProblemFit } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { rankingPage } from '../../match/tackling/ranking-page';
import { BundlePerson } from '../../ingest/bundle.schema';
import { addPerson } from '../../use-cases/people/add-person';
import { listPeople, PersonView, readPerson } from '../../use-cases/people/people';
import { readRecord } from '../../use-cases/records/stored-record';
import { reportOrJob } from '../../use-cases/stored-report';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { reportAnswer, shapeReport } from './report-answer';
import { PageQuery, pageOf } from './pagination';

const ById = z.object({ id: Id });

/** People (experts, instructors) and the work the engines find for them: open problems, the global assignment. */
export const peopleRoutes = [
  route({
    method: 'get',
    path: '/assignment',
    tag: 'problems',
    summary: 'The global assignment of experts to open problems',
    description: 'No expert above their load; the latest stored run (recomputed when problems change).',
    allow: EVERYONE,
    response: reportAnswer(Assignment),
    handle: async ({ app, res }) =>
      shapeReport(await reportOrJob<Assignment>(app, 'assignment', 'open', { name: 'assignment', payload: {} }), res),
  }),

  route({
    method: 'get',
    path: '/people/:id',
    tag: 'people',
    summary: 'Read a person (expert, instructor)',
    description: 'Party membership, phone and e-mail are masked for roles that may not see them (PIPL).',
    allow: EVERYONE,
    params: ById,
    response: PersonView,
    handle: async ({ params, app, caller }) => readPerson({ store: app.store, caller }, params.id),
  }),

  route({
    method: 'get',
    path: '/people',
    tag: 'people',
    summary: 'List people',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(PersonView),
    handle: async ({ query, app, caller }) => listPeople({ store: app.store, caller }, query),
  }),

  createRoute({
    path: '/people',
    tag: 'people',
    summary: 'Add a person (expert, instructor)',
    description:
      'Where they work (worksAt → WORKS_AT, an enterprise or an institution) places them: a region-scoped key names one of its region’s (400 naming body.worksAt when none, 403 naming the one outside). The answer is masked for the caller’s role like every read.',
    allow: ['admin', 'secretary', 'university'],
    body: BundlePerson,
    response: PersonView,
    create: addPerson,
  }),

  route({
    method: 'get',
    path: '/people/:id/problems',
    tag: 'people',
    summary: 'Problems that fit an expert',
    description:
      'Open problems of the tackling list whose skills and text fit the person, best first, with reasons; nextCursor pages through the whole ranking.',
    allow: EVERYONE,
    params: ById,
    query: PageQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
    response: pageOf(ProblemFit),
    handle: async ({ params, query, app }) => {
      await readRecord(app.store, 'Person', params.id);
      const fits = await app.graph.ask('problemsForPerson', { personId: params.id, limit: Number.MAX_SAFE_INTEGER });
      return rankingPage(fits, (fit) => fit.problemId, query);
    },
  }),
];
