import { z } from 'zod';
import { IsoDate, Name, NodeBase, Text } from './common.schema';
import { labelled } from './labelled';

/**
 * What came of a squad's visit (外出招商): contacted is a first call, interested a follow-up
 * wanted; signed (签约) and landed (落地) attract the lead, each recording one lead_attracted
 * outcome for it; declined is a miss.
 */
export const SquadVisitOutcomes = labelled(
  ['contacted', 'interested', 'signed', 'landed', 'declined'],
  { contacted: '已接洽', interested: '有意向', signed: '已签约', landed: '已落地', declined: '未成' },
  { contacted: 'contacted', interested: 'interested', signed: 'signed', landed: 'landed', declined: 'declined' },
  { 接洽: 'contacted', 意向: 'interested', 签约: 'signed', 落地: 'landed', 拒绝: 'declined' },
);
export const SquadVisitOutcome = SquadVisitOutcomes.schema;
export type SquadVisitOutcome = z.infer<typeof SquadVisitOutcome>;

/** The visit outcomes that attract a lead (签约, 落地). */
export const ATTRACTING_VISITS: readonly SquadVisitOutcome[] = ['signed', 'landed'];

/**
 * 党员招商小分队 (001): party members sent out to attract investment for a region's chains. Lies in
 * its region (SQUAD_IN), works for chains (SQUAD_ON_CHAIN), members SQUAD_MEMBER of it, one of
 * them LEADS_SQUAD.
 */
export const InvestmentSquad = NodeBase.extend({
  name: Name,
  formedOn: IsoDate.optional(),
  note: Text.default(''),
});
export type InvestmentSquad = z.infer<typeof InvestmentSquad>;

/**
 * A lead (招商线索) of a gap map given to a squad: the enterprise to attract (LEAD_TARGET) for a
 * chain (LEAD_ON_CHAIN), assigned to the squad (ASSIGNED_TO_SQUAD) on a day; rank is where the
 * lead stood in the chain's gap map of the squad's region when assigned.
 */
export const SquadLead = NodeBase.extend({
  assignedOn: IsoDate,
  rank: z.number().int().min(1).optional(),
  note: Text.default(''),
});
export type SquadLead = z.infer<typeof SquadLead>;

/**
 * One trip (外出招商): the squad (VISIT_BY_SQUAD) met an enterprise (VISITED) on a day, who went
 * (VISITED_WITH), what came of it. outcomeId names the lead_attracted outcome a signing or landing
 * recorded (or found already recorded).
 */
export const SquadVisit = NodeBase.extend({
  date: IsoDate,
  outcome: SquadVisitOutcome,
  note: Text.default(''),
  outcomeId: z.string().max(200).optional(),
});
export type SquadVisit = z.infer<typeof SquadVisit>;

/**
 * A region's squad work as an article states it (001: 30 squads, 165 trips, 200+ enterprises
 * met): the figures as stated, kept with their source beside what the graph counts.
 */
export const SquadTally = NodeBase.extend({
  title: Name,
  /** The day the count starts (001: 2026年以来) and the day it stands at, where stated. */
  since: IsoDate.optional(),
  asOf: IsoDate.optional(),
  squads: z.number().int().min(0).max(100_000).optional(),
  trips: z.number().int().min(0).max(10_000_000).optional(),
  enterprisesMet: z.number().int().min(0).max(10_000_000).optional(),
  /** The article says "more than" (200+ 家): the figure is a lower bound. */
  enterprisesMetAtLeast: z.boolean().default(false),
  signed: z.number().int().min(0).max(1_000_000).optional(),
  note: Text.default(''),
});
export type SquadTally = z.infer<typeof SquadTally>;
