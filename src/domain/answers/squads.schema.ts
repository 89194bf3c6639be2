import { z } from 'zod';
import { SquadVisitOutcome } from '../squad.schema';
import { NamedRef } from './reasons.schema';

/** What a squad's (or a chain's, or a region's) visits came to, counted from the visits logged. */
export const SquadCounts = z
  .object({
    squads: z.number().describe('Squads counted'),
    visits: z.number().describe('Visits logged (外出招商次数)'),
    enterprisesMet: z.number().describe('Distinct enterprises visited (对接企业)'),
    interested: z.number().describe('Distinct enterprises whose latest visit found interest'),
    signed: z.number().describe('Distinct enterprises a visit signed or landed'),
    landed: z.number().describe('Distinct enterprises a visit landed'),
    leads: z.number().describe('Leads of the gap maps assigned'),
    leadsAttracted: z.number().describe('Assigned leads that signed or landed'),
  })
  .meta({ id: 'SquadCounts' });
export type SquadCounts = z.infer<typeof SquadCounts>;

/**
 * People on a squad: names only for roles that may see party membership (a squad's members are
 * party members); for the others the list is empty and `masked` says so.
 */
const People = z.array(NamedRef);

/** A gap map's lead given to a squad, with what its visits came to. */
export const SquadLeadItem = z
  .object({
    id: z.string(),
    enterprise: NamedRef,
    chain: NamedRef,
    assignedOn: z.string(),
    rank: z.number().nullable().describe('Where it stood in the gap map of the squad’s region when assigned'),
    note: z.string(),
    visits: z.number(),
    lastOutcome: SquadVisitOutcome.nullable().describe('What its latest visit came to; null: not visited yet'),
    outcomeId: z.string().nullable().describe('The lead_attracted outcome recorded when it signed or landed'),
  })
  .meta({ id: 'SquadLeadItem' });
export type SquadLeadItem = z.infer<typeof SquadLeadItem>;

export const SquadVisitItem = z
  .object({
    id: z.string(),
    squad: NamedRef,
    date: z.string(),
    enterprise: NamedRef,
    outcome: SquadVisitOutcome,
    note: z.string(),
    visitors: People,
    visitorCount: z.number(),
    leadId: z
      .string()
      .nullable()
      .describe('The squad’s lead this visit pursued; null: an enterprise met that is no lead'),
    outcomeId: z.string().nullable(),
    source: z.string().nullable(),
    synthetic: z.boolean(),
    masked: z.array(z.string()).optional(),
  })
  .meta({ id: 'SquadVisitItem' });
export type SquadVisitItem = z.infer<typeof SquadVisitItem>;

export const SquadItem = z
  .object({
    id: z.string(),
    name: z.string(),
    formedOn: z.string().nullable(),
    note: z.string(),
    source: z.string().nullable(),
    synthetic: z.boolean(),
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
    leader: NamedRef.nullable(),
    members: People,
    memberCount: z.number(),
    masked: z.array(z.string()).optional(),
    leads: z.array(SquadLeadItem),
    counts: SquadCounts,
  })
  .meta({ id: 'SquadItem' });
export type SquadItem = z.infer<typeof SquadItem>;

export const SquadDetail = SquadItem.extend({ visits: z.array(SquadVisitItem).describe('Newest first') }).meta({
  id: 'SquadDetail',
});
export type SquadDetail = z.infer<typeof SquadDetail>;

export const SquadList = z
  .object({ items: z.array(SquadItem), counts: SquadCounts.describe('All the squads listed together') })
  .meta({ id: 'SquadList' });
export type SquadList = z.infer<typeof SquadList>;

/** An article's stated totals, as stated. */
export const SquadTallyStated = z
  .object({
    id: z.string(),
    title: z.string(),
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
    since: z.string().nullable(),
    asOf: z.string().nullable(),
    squads: z.number().nullable(),
    trips: z.number().nullable(),
    enterprisesMet: z.number().nullable(),
    enterprisesMetAtLeast: z.boolean().describe('Stated as "more than" (200余家)'),
    signed: z.number().nullable(),
    note: z.string(),
    source: z.string().nullable(),
  })
  .meta({ id: 'SquadTallyStated' });

export const SquadTallyAnswer = z
  .object({
    region: NamedRef.nullable(),
    chain: NamedRef.nullable(),
    counted: SquadCounts.describe('From the squads and visits in the graph'),
    perChain: z
      .array(z.object({ chain: NamedRef, counts: SquadCounts }))
      .describe('A squad on several chains counts in each'),
    stated: z.array(SquadTallyStated).describe('Totals as articles and reports state them, with their source'),
  })
  .meta({ id: 'SquadTallyAnswer' });
export type SquadTallyAnswer = z.infer<typeof SquadTallyAnswer>;
