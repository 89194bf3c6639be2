import { z } from 'zod';
import { Institution, PartyOrg, relationshipSpecs } from '../../domain';
import type { BundleInstitution, BundlePairing, BundlePartyOrg, BundleSection } from '../../ingest/bundle.schema';
import { refuseOtherRegion } from '../records/caller-region';
import { createRecord } from '../records/create-record';
import { readRecord, storedSchema } from '../records/stored-record';
import { refuseOutOfScope, writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';

export const InstitutionView = storedSchema(Institution);
export type InstitutionView = z.infer<typeof InstitutionView>;
export const PartyOrgView = storedSchema(PartyOrg);
export type PartyOrgView = z.infer<typeof PartyOrgView>;

/** A pairing (结对共建) of two party organisations, as the API takes it and answers it. */
export type Pairing = z.infer<typeof BundlePairing>;

/** A party organisation with the organisations it is paired with (结对共建), seen from its side. */
export const PartyOrgWithPairings = PartyOrgView.extend({
  pairings: z.array(
    z.object({ with: z.string().describe('The other organisation') }).extend(relationshipSpecs.PAIRED_WITH.props.shape),
  ),
});
export type PartyOrgWithPairings = z.infer<typeof PartyOrgWithPairings>;

/** The checks of an organisation a caller adds: its region (the route's) and the import's scope rule. */
function admitIn(section: BundleSection, regionId: string | undefined) {
  return async (ctx: UseCaseContext, record: Record<string, unknown>) => {
    await refuseOtherRegion(ctx, regionId, { required: false });
    await refuseOutOfScope(ctx.store, ctx.caller, section, record);
  };
}

/** Adds an institution (university, lab, institute): a region-limited key adds its own region's only. */
export function addInstitution(
  ctx: UseCaseContext,
  record: z.infer<typeof BundleInstitution>,
): Promise<InstitutionView> {
  return createRecord(
    ctx,
    {
      kind: 'Institution',
      section: 'institutions',
      action: 'institution.create',
      admit: admitIn('institutions', record.regionId),
      read: (ctx, id) => readRecord(ctx.store, 'Institution', id),
    },
    record,
  );
}

/** Adds a party organisation: a region-limited key adds its own region's only. */
export function addPartyOrg(ctx: UseCaseContext, record: z.infer<typeof BundlePartyOrg>): Promise<PartyOrgView> {
  return createRecord(
    ctx,
    {
      kind: 'PartyOrg',
      section: 'partyOrgs',
      action: 'party-org.create',
      admit: admitIn('partyOrgs', record.regionId),
      read: (ctx, id) => readRecord(ctx.store, 'PartyOrg', id),
    },
    record,
  );
}

/** A party organisation with its pairings; 404 when there is none. */
export async function readPartyOrg(ctx: Pick<UseCaseContext, 'store'>, id: string): Promise<PartyOrgWithPairings> {
  const partyOrg = await readRecord(ctx.store, 'PartyOrg', id);
  const paired = await ctx.store.follow({
    fromKind: 'PartyOrg',
    ids: [id],
    type: 'PAIRED_WITH',
    direction: 'out',
    toKind: 'PartyOrg',
  });
  return {
    ...partyOrg,
    pairings: paired.edges.map((e) => ({
      with: e.from.id === id ? e.to.id : e.from.id,
      ...(e.props as Omit<PartyOrgWithPairings['pairings'][number], 'with'>),
    })),
  };
}

/**
 * Pairs two party organisations, each of the caller's region (by its own region or, failing one,
 * its parent organisation's): a pairing across regions ranks the other region's enterprises too.
 */
export async function pairPartyOrgs(ctx: UseCaseContext, pairing: Pairing): Promise<Pairing> {
  for (const id of [pairing.a, pairing.b])
    await ctx.scopes.check(ctx.caller, await ctx.scopes.regionsOf('PartyOrg', id), `PartyOrg '${id}'`);
  await writeRecord(ctx.store, 'pairings', pairing, { creating: false });
  await ctx.audit('party-org.pair', { kind: 'PartyOrg', id: pairing.a }, null, pairing);
  return pairing;
}

/**
 * The regions party coverage is counted over: those of `region` (which must lie in the caller's),
 * else the caller's; null for everywhere.
 */
export async function coverageRegions(ctx: UseCaseContext, region: string | undefined): Promise<string[] | null> {
  const scope = await ctx.scopes.of(ctx.caller);
  if (region) await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
  const regions = region ? await ctx.scopes.of({ ...ctx.caller, regionId: region }) : scope;
  return regions ? [...regions] : null;
}
