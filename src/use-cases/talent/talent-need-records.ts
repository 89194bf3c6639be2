import type { z } from 'zod';
import type { BundleTalentNeed } from '../../ingest/bundle.schema';
import { RecordPlaces } from '../../ingest/record-places';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { readRecord, type StoredRecord } from '../records/stored-record';
import { writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';

/** A talent need as answered: the record with the enterprise that posted it. */
export type TalentNeedRecord = StoredRecord<'TalentNeed'> & { enterpriseId: string | null; chainIds: string[] };

/** What a need is posted with: the record, without what a hire sets; posted today unless it says when. */
export type NewTalentNeed = Omit<z.input<typeof BundleTalentNeed>, 'status' | 'filledAt' | 'postedAt'> & {
  postedAt?: string | undefined;
};

type Reader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/** The need with its enterprise; 404 when there is none. */
export async function readTalentNeed(ctx: Pick<UseCaseContext, 'store'>, id: string): Promise<TalentNeedRecord> {
  const record = await readRecord(ctx.store, 'TalentNeed', id);
  const ends = (type: 'NEEDED_BY' | 'FOR_CHAIN', toKind: 'Enterprise' | 'Chain') =>
    ctx.store.follow({ fromKind: 'TalentNeed', ids: [id], type, direction: 'out', toKind });
  const [posted, chains] = await Promise.all([ends('NEEDED_BY', 'Enterprise'), ends('FOR_CHAIN', 'Chain')]);
  return { ...record, enterpriseId: posted.nodes[0]?.id ?? null, chainIds: chains.nodes.map((n) => n.id).sort() };
}

/** A need the caller may read: one of an enterprise in its region (403 otherwise, before saying whether it exists). */
export async function talentNeedInScope(ctx: Reader, id: string): Promise<TalentNeedRecord> {
  const regions = await new RecordPlaces(ctx.store, [], new Map()).now('TalentNeed', id);
  await ctx.scopes.check(ctx.caller, regions, `TalentNeed '${id}'`);
  return readTalentNeed(ctx, id);
}

/** Posts a talent need for an enterprise of the caller's region (人才需求发布). */
export function postTalentNeed(ctx: UseCaseContext, need: NewTalentNeed): Promise<TalentNeedRecord> {
  return createRecord(
    ctx,
    {
      kind: 'TalentNeed',
      section: 'talentNeeds',
      action: 'talent-need.post',
      prepare: (ctx, record) => ({
        ...record,
        status: 'open',
        postedAt: need.postedAt ?? ctx.now().toISOString().slice(0, 10),
      }),
      admit: async (ctx) => {
        const regions = await ctx.scopes.regionsOf('Enterprise', need.enterpriseId);
        await ctx.scopes.check(ctx.caller, regions, `Enterprise '${need.enterpriseId}'`);
      },
      read: readTalentNeed,
    },
    need,
  );
}

/**
 * Marks a need filled on the day of a hire and answers the days it took (人才到岗用时). A hire
 * dated before the need was posted is refused, naming body.date.
 */
export async function fillTalentNeed(ctx: UseCaseContext, id: string, date: string): Promise<number> {
  const need = await readTalentNeed(ctx, id);
  const days = Math.floor((Date.parse(date.slice(0, 10)) - Date.parse(need.postedAt.slice(0, 10))) / 86_400_000);
  if (days < 0) throw AppError.badInput('body.date', `must not be before the need was posted (${need.postedAt})`);
  const { createdAt: _c, updatedAt: _u, ...props } = need;
  if (!props.enterpriseId) throw AppError.badInput('body.subjectId', `TalentNeed '${id}' names no enterprise`);
  await writeRecord(ctx.store, 'talentNeeds', { ...props, status: 'filled', filledAt: date }, { creating: false });
  await ctx.audit('talent-need.fill', { kind: 'TalentNeed', id }, need, { ...need, status: 'filled', filledAt: date });
  return days;
}
