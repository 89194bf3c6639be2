import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { Id, IsoDate, Text } from '../../domain/common.schema';
import { EnginePrecision } from '../../domain/answers';
import { OutcomeEngine, OutcomeResult } from '../../domain/enums';
import { Outcome } from '../../domain/outcome.schema';
import type { NodeKind } from '../../domain';
import { gapKey } from '../../domain/result-keys';
import { outcomePrecision, PRECISION_KS } from '../../match/outcomes/outcome-precision';
import { readRecordedOutcomes, regionsOfOutcomes } from '../../use-cases/recorded-outcomes';
import { RecordPlaces } from '../../ingest/record-places';
import { AppError } from '../../shared/app-error';
import { EVERYONE, route, type RouteInput } from '../routing/route';
import { audit } from './audit';
import { outcomesInScope } from './outcomes-in-scope';
import { PageQuery, pageOf, propsAs, storedForm } from './pagination';
import { writeRecord } from '../../use-cases/records/write-record';

const OutcomeOut = storedForm(Outcome).meta({ id: 'Outcome' });
/** Who follows up proposed matches in the field: everyone but read-only viewers. */
const RECORDERS: readonly Role[] = ['admin', 'secretary', 'university', 'investment'];

const OutcomeIn = z
  .object({
    engine: OutcomeEngine.describe(
      'Whose advice: partners (an enterprise’s partner list), tackling (a problem’s candidates), leads (a chain’s leads in a region), dispatch (a request’s responders)',
    ),
    subjectId: Id.describe('The enterprise, problem, chain or request the advice was for'),
    candidateId: Id.describe('The partner, expert or institution, lead, or responder it is about'),
    direction: z.enum(['upstream', 'downstream']).optional().describe('partners: which list; required'),
    regionId: Id.optional().describe('leads: the region whose gap map proposed it; required'),
    result: OutcomeResult,
    date: IsoDate.describe('When it happened'),
    note: Text.default(''),
  })
  .superRefine((o, ctx) => {
    if (o.engine === 'partners' && !o.direction)
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'is required for a partners outcome' });
    if (o.engine === 'leads' && !o.regionId)
      ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'is required for a leads outcome' });
  });
type OutcomeIn = z.infer<typeof OutcomeIn>;

/** Where the advice stood: the list it came from, and the candidate's rank in its latest stored run. */
interface Standing {
  qualifier: string;
  rank?: number;
  runId?: string;
}

/**
 * The list the outcome judges and where the candidate stood in it. The caller's region scope is
 * checked on the subject (an enterprise, a problem's poster, a region's leads, a request's
 * enterprise).
 */
async function standing(input: RouteInput<unknown, unknown, OutcomeIn>): Promise<Standing> {
  const { body, app, caller } = input;
  const candidateIs = (kind: NodeKind) => (c: { to: { kind: string; id: string } }) =>
    c.to.kind === kind && c.to.id === body.candidateId;
  switch (body.engine) {
    case 'partners': {
      const regions = await app.scopes.regionsOf('Enterprise', body.subjectId);
      await app.scopes.check(caller, regions, `Enterprise '${body.subjectId}'`);
      const stored = await app.store.readCandidates(
        'PARTNER_CANDIDATE',
        { kind: 'Enterprise', id: body.subjectId },
        body.direction!,
      );
      const hit = stored?.candidates.find(candidateIs('Enterprise'));
      return { qualifier: body.direction!, ...(hit ? { rank: hit.rank, runId: stored!.runId } : {}) };
    }
    case 'tackling': {
      const posted = await new RecordPlaces(app.store, [], new Map()).now('Problem', body.subjectId);
      await app.scopes.check(caller, posted, `Problem '${body.subjectId}'`);
      const kind = (await app.store.getNode('Person', body.candidateId)) ? 'Person' : 'Institution';
      const qualifier = kind === 'Person' ? 'experts' : 'institutions';
      const stored = await app.store.readCandidates(
        'TACKLE_CANDIDATE',
        { kind: 'Problem', id: body.subjectId },
        qualifier,
      );
      const hit = stored?.candidates.find(candidateIs(kind));
      return { qualifier, ...(hit ? { rank: hit.rank, runId: stored!.runId } : {}) };
    }
    case 'leads': {
      await app.scopes.check(caller, [body.regionId!], `region '${body.regionId!}'`);
      if (!(await app.store.getNode('Region', body.regionId!)))
        throw new AppError('bad_input', `body.regionId no Region with id '${body.regionId!}'`, [
          { field: 'body.regionId', reason: `no Region with id '${body.regionId!}'` },
        ]);
      const stored = await app.store.readReport('gap_map', gapKey(body.subjectId, body.regionId!));
      const leads = ((stored?.payload as { leads?: { enterpriseId: string }[] } | undefined)?.leads ?? []).map(
        (l) => l.enterpriseId,
      );
      const at = leads.indexOf(body.candidateId);
      return { qualifier: body.regionId!, ...(at >= 0 ? { rank: at + 1, runId: stored!.runId } : {}) };
    }
    case 'dispatch': {
      const raisedBy = await app.store.follow({
        fromKind: 'Request',
        ids: [body.subjectId],
        type: 'RAISED_BY',
        direction: 'out',
        toKind: 'Enterprise',
      });
      const enterprise = raisedBy.nodes[0]?.id;
      const regions = enterprise ? await app.scopes.regionsOf('Enterprise', enterprise) : [];
      await app.scopes.check(caller, regions, `Request '${body.subjectId}'`);
      const stored = await app.store.readReport('responders', body.subjectId);
      const responders = (
        (stored?.payload as { responders?: { personId: string }[] } | undefined)?.responders ?? []
      ).map((r) => r.personId);
      const at = responders.indexOf(body.candidateId);
      return { qualifier: '', ...(at >= 0 ? { rank: at + 1, runId: stored!.runId } : {}) };
    }
  }
}

export const outcomeRoutes = [
  route({
    method: 'post',
    path: '/outcomes',
    tag: 'outcomes',
    summary: 'Record what became of a proposed match (成效)',
    description:
      'contacted, declined, contract_signed, problem_solved or lead_attracted, with its date and a note. The candidate’s rank in the latest stored list is kept with it (absent when redchain had not proposed it), for precision@k.',
    allow: RECORDERS,
    body: OutcomeIn,
    status: 201,
    response: OutcomeOut,
    handle: async (input) => {
      const { body, app, caller } = input;
      const { direction: _d, regionId: _r, ...fields } = body;
      const id = `outcome-${randomUUID()}`;
      const record = { ...fields, id, ...(await standing(input)), recordedBy: caller.name };
      await writeRecord(app.store, 'outcomes', record, { creating: true });
      const created = {
        ...propsAs(OutcomeOut)((await app.store.getNode('Outcome', id))!),
        subjectId: body.subjectId,
        candidateId: body.candidateId,
      };
      await audit(app, input, 'outcome.record', { kind: 'Outcome', id }, null, created);
      input.res.location(`/api/v1/outcomes/${encodeURIComponent(id)}`);
      return created;
    },
  }),

  route({
    method: 'get',
    path: '/outcomes',
    tag: 'outcomes',
    summary: 'List recorded outcomes',
    description:
      'A region-scoped key sees the outcomes of advice for its region (a page may then hold fewer than limit: follow nextCursor).',
    allow: EVERYONE,
    query: PageQuery.extend({ engine: OutcomeEngine.optional(), result: OutcomeResult.optional() }),
    response: pageOf(OutcomeOut),
    handle: async ({ query, app, caller }) => {
      const where: Record<string, string> = {};
      if (query.engine) where['engine'] = query.engine;
      if (query.result) where['result'] = query.result;
      const page = await app.store.listNodes('Outcome', {
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        where,
      });
      const items = await outcomesInScope(app, caller, page.items);
      return { items: items.map(propsAs(OutcomeOut)), nextCursor: page.nextCursor };
    },
  }),

  route({
    method: 'get',
    path: '/stats/outcomes',
    tag: 'outcomes',
    summary: 'Precision@k of past recommendations against recorded outcomes, per engine',
    description: `For k in ${PRECISION_KS.join(', ')}: precision (successes ranked within the top k over k × lists judged) and hit rate (the share of successes redchain had ranked within its top k). Successes are contract_signed, problem_solved and lead_attracted. With a region (a key limited to a region: its own by default), only advice given there counts.`,
    allow: EVERYONE,
    query: z.object({
      region: Id.optional().describe(
        'Only advice for enterprises, chains, requests and problems of this region and below',
      ),
    }),
    response: z.object({ region: z.string().nullable(), engines: z.array(EnginePrecision) }),
    handle: async ({ query, app, caller }) => {
      const region = query.region ?? caller.regionId;
      if (region) await app.scopes.check(caller, [region], `region '${region}'`);
      let outcomes = await readRecordedOutcomes(app.store);
      if (region) {
        const within = await app.scopes.within(region);
        const regions = await regionsOfOutcomes(app.store, outcomes);
        outcomes = outcomes.filter((o) => (regions.get(o.id) ?? []).some((r) => within.has(r)));
      }
      return { region: region ?? null, engines: outcomePrecision(outcomes) };
    },
  }),
];
