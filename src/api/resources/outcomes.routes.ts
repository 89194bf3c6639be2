import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { Id, IsoDate, Text } from '../../domain/common.schema';
import { EnginePrecision } from '../../domain/answers';
import { OutcomeEngine, OutcomeResult } from '../../domain/enums';
import { Outcome } from '../../domain/outcome.schema';
import { Yuan } from '../../domain/finance.schema';
import { PRECISION_KS } from '../../match/outcomes/outcome-precision';
import { listOutcomes, outcomeStats, recordOutcome } from '../../use-cases/outcomes/outcomes';
import { locationOf } from '../routing/location';
import { EVERYONE, route } from '../routing/route';
import { PageQuery, pageOf, storedForm } from './pagination';
import { useCaseContext } from './use-case-context';

const OutcomeOut = storedForm(Outcome).meta({ id: 'Outcome' });
/** Who follows up proposed matches in the field: everyone but read-only viewers. */
const RECORDERS: readonly Role[] = ['admin', 'secretary', 'university', 'investment'];
/** How far down a talent need's candidates a hire's rank is looked for (past it: not proposed). */
const RANKED_TALENT = 50;

const OutcomeIn = z
  .object({
    id: Id.optional().describe(
      'Your id for this outcome, so that a retry is safe: a second POST with the same id records nothing and is refused (409). Without one, redchain makes one and every POST records a new outcome',
    ),
    engine: OutcomeEngine.describe(
      'Whose advice: partners (an enterprise’s partner list), tackling (a problem’s candidates), leads (a chain’s leads in a region), dispatch (a request’s responders), talent (a talent need’s candidates), finance (a financing need’s products), lists (a need’s resources in the three lists)',
    ),
    subjectId: Id.describe('The enterprise, problem, chain, request, talent need or financing need the advice was for'),
    candidateId: Id.describe(
      'The partner, expert or institution, lead, responder, person or financial product it is about',
    ),
    direction: z.enum(['upstream', 'downstream']).optional().describe('partners: which list; required'),
    regionId: Id.optional().describe('leads: the region whose gap map proposed it; required'),
    result: OutcomeResult,
    date: IsoDate.describe('When it happened'),
    note: Text.default(''),
    amountYuan: Yuan.optional().describe('finance: the amount signed, in yuan'),
  })
  .superRefine((o, ctx) => {
    if (o.engine === 'partners' && !o.direction)
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'is required for a partners outcome' });
    if (o.engine === 'leads' && !o.regionId)
      ctx.addIssue({ code: 'custom', path: ['regionId'], message: 'is required for a leads outcome' });
    if (o.result === 'financing_signed' && o.engine !== 'finance')
      ctx.addIssue({ code: 'custom', path: ['result'], message: 'financing_signed is a finance outcome' });
    if (o.result === 'resource_matched' && o.engine !== 'lists')
      ctx.addIssue({ code: 'custom', path: ['result'], message: 'resource_matched is a lists outcome' });
    if (o.amountYuan !== undefined && o.engine !== 'finance')
      ctx.addIssue({ code: 'custom', path: ['amountYuan'], message: 'is for a finance outcome only' });
  });

export const outcomeRoutes = [
  route({
    method: 'post',
    path: '/outcomes',
    tag: 'outcomes',
    summary: 'Record what became of a proposed match (成效)',
    description:
      'contacted, declined, contract_signed, problem_solved, lead_attracted, talent_hired or financing_signed (with amountYuan), with its date and a note. A client that may retry (after a timeout, say) sends its own id: the retry is then refused with 409 instead of counting the outcome twice. The candidate’s rank in the latest stored list (a talent need’s or a financing need’s: the list computed now) is kept with it (absent when redchain had not proposed it), for precision@k. A talent hire marks its need filled and keeps the days it took (daysToFill); a financing signing marks its need signed and keeps the days from its posting (daysToSign). Either dated before its need was posted is a 400 naming body.date.',
    allow: RECORDERS,
    body: OutcomeIn,
    status: 201,
    response: OutcomeOut,
    handle: async (input) => {
      const { app } = input;
      const talentRank = async (needId: string, personId: string) => {
        const list = await app.graph.ask('talentCandidates', {
          needId,
          asOf: new Date().toISOString().slice(0, 10),
          limit: RANKED_TALENT,
          membership: true,
        });
        return list.candidates.find((c) => c.person.id === personId)?.rank;
      };
      const created = await recordOutcome(useCaseContext(input), input.body, talentRank);
      const location = locationOf('/outcomes', created.id);
      if (location !== undefined) input.res.location(location);
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
    handle: ({ query, app, caller }) => listOutcomes({ store: app.store, scopes: app.scopes, caller }, query),
  }),

  route({
    method: 'get',
    path: '/stats/outcomes',
    tag: 'outcomes',
    summary: 'Precision@k of past recommendations against recorded outcomes, per engine',
    description: `For k in ${PRECISION_KS.join(', ')}: precision (successes ranked within the top k over k × lists judged) and hit rate (the share of successes redchain had ranked within its top k). Successes are contract_signed, problem_solved, lead_attracted, talent_hired, financing_signed and resource_matched, and a dispatched request closed with a rating of 4 or 5. With a region (a key limited to a region: its own by default), only advice given there counts.`,
    allow: EVERYONE,
    query: z.object({
      region: Id.optional().describe(
        'Only advice for enterprises, chains, requests and problems of this region and below',
      ),
    }),
    response: z.object({ region: z.string().nullable(), engines: z.array(EnginePrecision) }),
    handle: ({ query, app, caller }) => outcomeStats({ store: app.store, scopes: app.scopes, caller }, query.region),
  }),
];
