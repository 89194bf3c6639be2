import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { SquadDetail, SquadVisitItem } from '../../domain/answers/squads.schema';
import { ATTRACTING_VISITS } from '../../domain/squad.schema';
import { attractedOutcomeId, squadLeadId } from './squad-keys';
import type { BundleInvestmentSquad, BundleSquadVisit } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { refuseTakenId } from '../records/refuse-taken-id';
import { refuseOutOfScope, writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { standing } from '../outcomes/outcome-standing';
import { readSquads } from './squad-catalogue';
import { squadDetail, squadInScope } from './squads';
import { visitItem } from './squad-views';

type NewVisit = Omit<z.infer<typeof BundleSquadVisit>, 'id' | 'outcomeId'> & { id?: string | undefined };

/** Forms a squad in the caller's region; its leader must be one of its members. */
export function createSquad(ctx: UseCaseContext, squad: z.infer<typeof BundleInvestmentSquad>): Promise<SquadDetail> {
  return createRecord(
    ctx,
    {
      kind: 'InvestmentSquad',
      section: 'investmentSquads',
      action: 'investment-squad.create',
      admit: async (ctx, record) => {
        await refuseOutOfScope(ctx.store, ctx.caller, 'investmentSquads', record);
        if (squad.leaderId && !squad.members.includes(squad.leaderId))
          throw AppError.badInput('body.leaderId', `'${squad.leaderId}' is not among the members`);
      },
      read: (ctx, id) => squadDetail(ctx, id),
    },
    squad,
  );
}

/**
 * Gives a squad leads of the gap maps (招商线索): each an enterprise outside the squad's region
 * to attract for one of its chains, kept with where it stood in that chain's gap map of the
 * region. Giving the same lead again changes nothing.
 */
export async function assignSquadLeads(
  ctx: UseCaseContext,
  squadId: string,
  body: {
    assignedOn?: string | undefined;
    leads: { enterpriseId: string; chainId: string; note?: string | undefined }[];
  },
): Promise<SquadDetail> {
  const squad = await squadInScope(ctx, squadId);
  const regionId = squad.region?.id;
  const assignedOn = body.assignedOn ?? ctx.now().toISOString().slice(0, 10);
  for (const [i, lead] of body.leads.entries()) {
    if (!squad.chains.some((c) => c.id === lead.chainId))
      throw AppError.badInput(
        `body.leads[${i}].chainId`,
        `squad '${squadId}' does not work on chain '${lead.chainId}'`,
      );
    if (!(await ctx.store.getNode('Enterprise', lead.enterpriseId)))
      throw AppError.badInput(`body.leads[${i}].enterpriseId`, `no Enterprise with id '${lead.enterpriseId}'`);
    const home = await ctx.scopes.regionsOf('Enterprise', lead.enterpriseId);
    const own = regionId ? await ctx.scopes.within(regionId) : new Set<string>();
    if (home.some((r) => own.has(r)))
      throw AppError.badInput(
        `body.leads[${i}].enterpriseId`,
        `'${lead.enterpriseId}' is in the squad's own region: a lead is attracted from outside`,
      );
  }
  for (const lead of body.leads) {
    const id = squadLeadId(squadId, lead.chainId, lead.enterpriseId);
    if (await ctx.store.getNode('SquadLead', id)) continue;
    const place = regionId
      ? await standing(ctx, { engine: 'leads', subjectId: lead.chainId, candidateId: lead.enterpriseId, regionId })
      : {};
    const record = {
      id,
      squadId,
      enterpriseId: lead.enterpriseId,
      chainId: lead.chainId,
      assignedOn,
      note: lead.note ?? '',
      ...('rank' in place && place.rank ? { rank: place.rank } : {}),
    };
    await writeRecord(ctx.store, 'squadLeads', record, { creating: true });
    await ctx.audit('squad-lead.assign', { kind: 'SquadLead', id }, null, record);
  }
  return squadDetail(ctx, squadId);
}

/**
 * Logs a squad's visit (外出招商). Who went must be members of the squad. A signing or landing
 * must be of a lead the squad was given, and records one lead_attracted outcome for that lead
 * (the chain's leads in the squad's region): the first such visit records it, later ones (a
 * signing then its landing) and outcomes recorded by other means are found and named, not doubled.
 */
export async function logSquadVisit(ctx: UseCaseContext, visit: NewVisit): Promise<SquadVisitItem> {
  const id = visit.id ?? `squad-visit-${randomUUID()}`;
  const record: Record<string, unknown> = { ...visit, id };
  await refuseOutOfScope(ctx.store, ctx.caller, 'squadVisits', record);
  const [squad] = await readSquads(ctx.store, visit.squadId);
  if (!squad) throw AppError.badInput('body.squadId', `no InvestmentSquad with id '${visit.squadId}'`);
  await refuseTakenId(ctx.store, 'SquadVisit', id);
  const today = ctx.now().toISOString().slice(0, 10);
  if (visit.date.slice(0, 10) > today) throw AppError.badInput('body.date', `is after today (${today})`);
  visit.visitors.forEach((p, i) => {
    if (!squad.members.some((m) => m.id === p))
      throw AppError.badInput(`body.visitors[${i}]`, `'${p}' is not a member of squad '${visit.squadId}'`);
  });
  let outcome: Record<string, unknown> | null = null;
  if (ATTRACTING_VISITS.includes(visit.outcome)) {
    const lead = squad.leads.find((l) => l.enterprise?.id === visit.enterpriseId);
    if (!lead?.chain || !squad.region)
      throw AppError.badInput(
        'body.outcome',
        `a signing or landing is of a lead given to the squad: '${visit.enterpriseId}' is not one (POST /squads/${visit.squadId}/leads)`,
      );
    const ends = { subjectId: lead.chain.id, candidateId: visit.enterpriseId, qualifier: squad.region.id };
    const [found] = (
      await ctx.store.listNodes('Outcome', { where: { engine: 'leads', result: 'lead_attracted', ...ends }, limit: 1 })
    ).items;
    if (found) record['outcomeId'] = found.id;
    else {
      const place = await standing(ctx, { engine: 'leads', ...ends, regionId: squad.region.id });
      outcome = {
        id: attractedOutcomeId(ends.subjectId, ends.qualifier, ends.candidateId),
        engine: 'leads',
        result: 'lead_attracted',
        date: visit.date,
        note: `${String(squad.props['name'] ?? squad.id)}: ${visit.note ?? ''}`.trim(),
        ...ends,
        ...place,
        recordedBy: ctx.caller.name,
      };
      record['outcomeId'] = outcome['id'];
    }
  }
  await writeRecord(ctx.store, 'squadVisits', record, { creating: true });
  await ctx.audit('squad-visit.log', { kind: 'SquadVisit', id }, null, record);
  if (outcome) {
    await writeRecord(ctx.store, 'outcomes', outcome, { creating: true });
    await ctx.audit('outcome.record', { kind: 'Outcome', id: String(outcome['id']) }, null, outcome);
  }
  const [after] = await readSquads(ctx.store, visit.squadId);
  return visitItem(
    after!,
    after!.visits.find((v) => v.id === id)!,
    ctx.caller.role,
  );
}
