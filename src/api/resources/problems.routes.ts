import { z } from 'zod';
import { maskPerson } from '../../access/masking';
import type { Role } from '../../domain/roles';
import { Id } from '../../domain/common.schema';
import { ProblemStatus } from '../../domain/enums';
import { BundleProblem } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import { decodeCursor } from '../../shared/cursor';
import type { ApiContext } from '../api-context';
import { EVERYONE, route } from '../routing/route';
import { audit } from './audit';
import { rankingPage } from '../../match/tackling/ranking-page';
import { ListAnswer, storedLists } from './match-answers';
import { PageQuery, pageOf } from './pagination';
import { ProblemItem } from './problem-list';
import { createRecord } from './write-record';

const Node = z.record(z.string(), z.unknown());
const ById = z.object({ id: Id });

/**
 * The tackling-list workflow (红链技术攻坚榜): draft → published → claimed (揭榜, by a team) →
 * in_progress → accepted → closed, each step by the roles that take it. Who did what and when is
 * the audit log (GET /problems/:id/history).
 */
export const PROBLEM_STEPS: Record<string, { from: readonly string[]; by: readonly Role[] }> = {
  published: { from: ['draft'], by: ['admin', 'secretary', 'university'] },
  claimed: { from: ['published'], by: ['admin', 'university'] },
  in_progress: { from: ['claimed'], by: ['admin', 'university'] },
  accepted: { from: ['in_progress'], by: ['admin', 'secretary'] },
  closed: { from: ['accepted', 'published', 'draft'], by: ['admin', 'secretary'] },
};

/** The workflow steps taken on the poster's side (发榜单位), held to the key's region. */
const POSTER_STEPS = new Set(['published', 'accepted', 'closed']);

/** Where an enterprise or institution (a problem's poster) is located; none when it is neither. */
async function regionsOfOrg(app: ApiContext, id: string): Promise<string[]> {
  const [enterprise, institution] = await Promise.all([
    app.scopes.regionsOf('Enterprise', id),
    app.scopes.regionsOf('Institution', id),
  ]);
  return [...enterprise, ...institution];
}

async function problem(app: ApiContext, id: string): Promise<Record<string, unknown>> {
  const node = await app.store.getNode('Problem', id);
  if (!node) throw AppError.notFound(`Problem '${id}'`);
  return node.props;
}

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
    response: Node,
    handle: async ({ params, app }) => problem(app, params.id),
  }),

  route({
    method: 'post',
    path: '/problems',
    tag: 'problems',
    summary: 'Post a problem (发榜)',
    description: 'Its candidate experts and institutions, and the global assignment, are recomputed in the background.',
    allow: ['admin', 'secretary', 'university'],
    body: BundleProblem,
    status: 201,
    response: Node,
    handle: async (input) => {
      const { body, app, caller } = input;
      // a region-limited key posts for the enterprises and institutions of its own region
      if (body.postedBy)
        await app.scopes.check(caller, await regionsOfOrg(app, body.postedBy), `poster '${body.postedBy}'`);
      return createRecord(input, { kind: 'Problem', section: 'problems', action: 'problem.create', path: 'problems' });
    },
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
      to: z.enum(['published', 'claimed', 'in_progress', 'accepted', 'closed']),
      teamId: Id.optional().describe('The team that claims it (揭榜); required for claimed'),
      note: z.string().max(2000).optional(),
    }),
    response: Node,
    handle: async (input) => {
      const { params, body, app, caller } = input;
      const before = await problem(app, params.id);
      const step = PROBLEM_STEPS[body.to]!;
      if (!step.by.includes(caller.role))
        throw new AppError('forbidden', `the ${caller.role} role may not move a problem to ${body.to}`);
      // publishing, accepting and closing are the poster's side: a region-limited key takes them for
      // its own region's problems only; claiming is open to teams from anywhere (揭榜挂帅)
      if (POSTER_STEPS.has(body.to)) {
        const posters = await Promise.all(
          (['Enterprise', 'Institution'] as const).map((toKind) =>
            app.store.follow({ fromKind: 'Problem', ids: [params.id], type: 'POSTED', direction: 'in', toKind }),
          ),
        );
        const posterId = posters.flatMap((found) => found.nodes)[0]?.id;
        // a problem with no poster lies in no region: its side is taken by keys without a region
        const regions = posterId ? await regionsOfOrg(app, posterId) : [];
        await app.scopes.check(caller, regions, `Problem '${params.id}'`);
      }
      const status = String(before['status']);
      if (!step.from.includes(status))
        throw new AppError(
          'conflict',
          `a ${status} problem cannot become ${body.to} (only from ${step.from.join(', ')})`,
          [{ field: 'body.to', reason: `not allowed from ${status}` }],
        );
      if (body.to === 'claimed') {
        if (!body.teamId) throw AppError.badInput('body.teamId', 'is required to claim a problem');
        if (!(await app.store.getNode('Team', body.teamId)))
          throw AppError.badInput('body.teamId', `no team '${body.teamId}'`);
        await app.store.upsertRelationships([
          { type: 'TACKLES', from: { kind: 'Team', id: body.teamId }, to: { kind: 'Problem', id: params.id } },
        ]);
      }
      const { createdAt: _c, updatedAt: _u, ...props } = before;
      await app.store.upsertNodes('Problem', [{ ...props, status: body.to }]);
      const after = await problem(app, params.id);
      await audit(app, input, `problem.${body.to}`, { kind: 'Problem', id: params.id }, before, {
        ...after,
        ...(body.teamId ? { teamId: body.teamId } : {}),
        ...(body.note ? { note: body.note } : {}),
      });
      return after;
    },
  }),

  route({
    method: 'get',
    path: '/problems/:id/history',
    tag: 'problems',
    summary: 'Who did what to a problem, and when',
    allow: EVERYONE,
    params: ById,
    query: PageQuery,
    response: pageOf(Node),
    handle: async ({ params, query, app }) => {
      await problem(app, params.id);
      const page = await app.access.listAudit({
        limit: query.limit,
        targetId: params.id,
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return {
        items: page.items.map(({ at, keyId, role, action, after }) => ({
          at,
          by: keyId,
          role,
          action,
          note: (after as { note?: string } | null)?.note ?? null,
        })),
        nextCursor: page.nextCursor,
      };
    },
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
      return storedLists(
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
    response: Node,
    handle: async ({ params, app }) => {
      await problem(app, params.id);
      const consortium = await app.graph.ask('consortium', { problemId: params.id });
      return consortium as unknown as Record<string, unknown>;
    },
  }),

  route({
    method: 'get',
    path: '/assignment',
    tag: 'problems',
    summary: 'The global assignment of experts to open problems',
    description: 'No expert above their load; the latest stored run (recomputed when problems change).',
    allow: EVERYONE,
    response: Node,
    handle: async ({ app, res }) => {
      const stored = await app.store.readReport('assignment', 'open');
      if (!stored) {
        const [jobId] = await app.jobs.add([{ name: 'assignment', payload: {} }]);
        res.status(202);
        return { status: 'computing', jobId };
      }
      return { status: 'ready', computedAt: stored.computedAt, runId: stored.runId, ...(stored.payload as object) };
    },
  }),

  route({
    method: 'get',
    path: '/people/:id',
    tag: 'people',
    summary: 'Read a person (expert, instructor)',
    description: 'Party membership, phone and e-mail are masked for roles that may not see them (PIPL).',
    allow: EVERYONE,
    params: ById,
    response: Node,
    handle: async ({ params, app, caller }) => {
      const node = await app.store.getNode('Person', params.id);
      if (!node) throw AppError.notFound(`Person '${params.id}'`);
      return maskPerson(node.props, caller.role);
    },
  }),

  route({
    method: 'get',
    path: '/people',
    tag: 'people',
    summary: 'List people',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(Node),
    handle: async ({ query, app, caller }) => {
      const page = await app.store.listNodes('Person', {
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return { items: page.items.map((n) => maskPerson(n.props, caller.role)), nextCursor: page.nextCursor };
    },
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
    response: pageOf(Node),
    handle: async ({ params, query, app }) => {
      if (!(await app.store.getNode('Person', params.id))) throw AppError.notFound(`Person '${params.id}'`);
      const fits = await app.graph.ask('problemsForPerson', { personId: params.id, limit: Number.MAX_SAFE_INTEGER });
      const page = rankingPage(fits, (fit) => fit.problemId, query);
      return { items: page.items as unknown as Record<string, unknown>[], nextCursor: page.nextCursor };
    },
  }),
];
