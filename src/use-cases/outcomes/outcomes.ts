import { randomUUID } from 'node:crypto';
import { refuseTakenId } from '../records/refuse-taken-id';
import type { OutcomeEngine, OutcomeResult } from '../../domain/enums';
import { closedDispatchEnds, closedDispatchId } from '../../match/outcomes/closed-dispatch';
import { outcomePrecision, PRECISION_KS, type EnginePrecision } from '../../match/outcomes/outcome-precision';
import { readRecordedOutcomes, regionsOfOutcomes } from '../recorded-outcomes';
import { readRecord, type StoredRecord } from '../records/stored-record';
import { writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { readClosedDispatches } from './closed-dispatches';
import { outcomesInScope } from './outcomes-in-scope';
import { fillTalentNeed } from '../talent/talent-need-records';
import { standing, type OutcomeSubject, type TalentRank } from './outcome-standing';
import { signFinancingNeed } from '../finance/finance-records';

/** An outcome as reported: what it is about, what became of it, when, and a note. */
export interface OutcomeReport extends OutcomeSubject {
  /** The caller's id for it (a retry with the same id is refused); made here when absent. */
  id?: string | undefined;
  result: OutcomeResult;
  date: string;
  note: string;
  /** finance: the amount signed, in yuan. */
  amountYuan?: number | undefined;
}

/** A recorded outcome with the subject and candidate it judges. */
export type RecordedOutcomeView = StoredRecord<'Outcome'> & { subjectId: string; candidateId: string };

/**
 * Records what became of a proposed match, with the candidate's rank in the latest stored list
 * (absent when redchain had not proposed it) and who recorded it; the write is audited. A talent
 * hire also marks its need filled, keeping the days to fill; a financing signing marks its need
 * signed, keeping the days to sign. Either dated before its need was posted is refused. An id already recorded is a 409 and
 * nothing is written or marked: a client's retry of the same outcome is not counted twice.
 */
export async function recordOutcome(
  ctx: UseCaseContext,
  report: OutcomeReport,
  talentRank?: TalentRank,
): Promise<RecordedOutcomeView> {
  const { direction: _d, regionId: _r, id: asked, ...fields } = report;
  const id = asked ?? `outcome-${randomUUID()}`;
  // standing checks the caller's scope first: a key refused a region learns nothing of its outcomes
  const rankAndRun = await standing(ctx, report, talentRank);
  await refuseTakenId(ctx.store, 'Outcome', id);
  const record: Record<string, unknown> = { ...fields, id, ...rankAndRun, recordedBy: ctx.caller.name };
  // a hire fills the need: the days it took are kept with the outcome (人才到岗用时)
  if (report.engine === 'talent' && report.result === 'talent_hired')
    record['daysToFill'] = await fillTalentNeed(ctx, report.subjectId, report.date);
  // a signing closes its need (已签约), refused before anything is written when dated before it
  if (report.engine === 'finance' && report.result === 'financing_signed') {
    const days = await signFinancingNeed(ctx, report.subjectId, report.date);
    if (days !== undefined) record['daysToSign'] = days;
  }
  await writeRecord(ctx.store, 'outcomes', record, { creating: true });
  const created = {
    ...(await readRecord(ctx.store, 'Outcome', id)),
    subjectId: report.subjectId,
    candidateId: report.candidateId,
  };
  await ctx.audit('outcome.record', { kind: 'Outcome', id }, null, created);
  return created;
}

/** A page of recorded outcomes of an engine or result, those of other regions left out for a region-scoped key. */
export async function listOutcomes(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  query: {
    limit: number;
    cursor?: string | undefined;
    engine?: OutcomeEngine | undefined;
    result?: OutcomeResult | undefined;
  },
): Promise<{ items: StoredRecord<'Outcome'>[]; nextCursor: string | null }> {
  const where: Record<string, string> = {};
  if (query.engine) where['engine'] = query.engine;
  if (query.result) where['result'] = query.result;
  const page = await ctx.store.listNodes('Outcome', {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
    where,
  });
  const items = await outcomesInScope(ctx, page.items);
  return { items: items.map((node) => node.props as StoredRecord<'Outcome'>), nextCursor: page.nextCursor };
}

/**
 * Precision@k per engine over the recorded outcomes and the dispatched requests closed with a
 * rating; with a region (a region-limited key's own by default), only advice given there and
 * below counts.
 */
export async function outcomeStats(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  regionAsked: string | undefined,
): Promise<{ region: string | null; engines: EnginePrecision[] }> {
  const region = regionAsked ?? ctx.caller.regionId;
  if (region) await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
  let outcomes = await readRecordedOutcomes(ctx.store);
  let closed = await readClosedDispatches(ctx.store);
  if (region) {
    const within = await ctx.scopes.within(region);
    const regions = await regionsOfOutcomes(ctx.store, [...outcomes, ...closed.map(closedDispatchEnds)]);
    const inRegion = (id: string) => (regions.get(id) ?? []).some((r) => within.has(r));
    outcomes = outcomes.filter((o) => inRegion(o.id));
    closed = closed.filter((c) => inRegion(closedDispatchId(c)));
  }
  return { region: region ?? null, engines: outcomePrecision(outcomes, PRECISION_KS, closed) };
}
