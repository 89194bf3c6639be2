import { SEES_PARTY_MEMBERSHIP } from '../../access/roles';
import type { MemberRecord, MobileMember } from '../../domain/answers';
import type { Role } from '../../domain/roles';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import { memberPaths } from './member-path';
import { MemberReader, type MemberFacts, type OrgFacts } from './member-reader';

type Ctx = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/**
 * A member as a role that may not see party membership reads them: no id, and the name's first
 * character and two stars (张**), whatever the name's length. Everyone on these lists is a party member, so the
 * name itself is what PIPL hides (the role still sees how many members move, and where).
 */
export function maskMember(
  personId: string,
  name: string,
  role: Role,
): { personId: string | null; name: string; masked?: string[] } {
  if (SEES_PARTY_MEMBERSHIP.has(role)) return { personId, name };
  // the id too: GET /people/:id would give the name back
  return { personId: null, name: `${[...name][0] ?? ''}**`, masked: ['personId', 'name'] };
}

/** The regions a list is drawn from: `region` (inside the caller's), else the caller's; null: everywhere. */
async function regionsSeen(ctx: Ctx, region: string | undefined): Promise<Set<string> | null> {
  if (region) {
    await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
    return ctx.scopes.within(region);
  }
  return ctx.scopes.of(ctx.caller);
}

const orgIn = (org: OrgFacts | null, regions: ReadonlySet<string>) =>
  !!org && org.regionIds.some((id) => regions.has(id));

/** Whether a member is seen from these regions: their membership or a managing organisation lies there. */
function seenFrom(member: MemberFacts, regions: ReadonlySet<string> | null): boolean {
  return regions === null || orgIn(member.membership, regions) || member.managing.some((org) => orgIn(org, regions));
}

const strip = ({ regionIds: _r, ...org }: OrgFacts) => org;

/**
 * A member as the role may read them. For a role that may not see membership the workplace and
 * the organisations co-managing them (the workplace's own, as a rule) are left out too: with the
 * name's first character, an enterprise's staff (GET /people, the graph explorer's WORKS_AT) give
 * the member back. Their region stays: how many members move, and where to.
 */
function shaped(member: MemberFacts, role: Role): Omit<MobileMember, 'lastMove'> {
  const person = maskMember(member.personId, member.name, role);
  const hidden = person.masked !== undefined;
  return {
    ...person,
    ...(hidden ? { masked: [...person.masked!, 'managing', 'workplace'] } : {}),
    membership: member.membership ? strip(member.membership) : null,
    managing: hidden ? [] : member.managing.map(({ since, ...org }) => ({ ...strip(org), since })),
    workplace: hidden ? null : member.workplace,
    workplaceRegion: member.workplaceRegion,
    ...(member.synthetic ? { synthetic: true } : {}),
  };
}

/**
 * 流动党员: every member co-managed by an organisation other than their membership organisation
 * (一方隶属、双重管理), with both organisations, the workplace and the latest move. A region-limited
 * key (or `region`) sees the members whose membership or managing organisation lies in it. Latest
 * move first.
 *
 * @example listMobileMembers(ctx, { region: 'region-xianning' })
 */
export async function listMobileMembers(
  ctx: Ctx,
  { region }: { region?: string | undefined } = {},
): Promise<{ items: MobileMember[]; total: number }> {
  const regions = await regionsSeen(ctx, region);
  // everyone co-managed by an organisation, read with their nodes in one step from those organisations
  const managed = await ctx.store.allRelationships('MANAGED_BY');
  const orgIds = [...new Set(managed.map((e) => e.to.id))];
  const people =
    orgIds.length === 0
      ? []
      : (
          await ctx.store.follow({
            fromKind: 'PartyOrg',
            ids: orgIds,
            type: 'MANAGED_BY',
            direction: 'in',
            toKind: 'Person',
          })
        ).nodes;
  const members = (await new MemberReader(ctx.store, ctx.scopes).members(people)).filter(
    (m) => m.managing.length > 0 && seenFrom(m, regions),
  );
  const items = members
    .map((m) => ({ ...shaped(m, ctx.caller.role), lastMove: m.moves.at(-1) ?? null }))
    .sort(
      (a, b) =>
        (b.lastMove?.date ?? '').localeCompare(a.lastMove?.date ?? '') ||
        (a.membership?.id ?? '').localeCompare(b.membership?.id ?? '') ||
        a.name.localeCompare(b.name),
    );
  return { items, total: items.length };
}

/**
 * A member's record (动态管理): both organisations with their paths to the root, the workplace and
 * every move. 404 for no such person; 403 when neither organisation lies in the key's region
 * (checkScope: false for the answer to a write already admitted, a transfer out of the region).
 */
export async function readMemberRecord(
  ctx: Ctx,
  personId: string,
  { checkScope = true }: { checkScope?: boolean } = {},
): Promise<MemberRecord> {
  const member = await new MemberReader(ctx.store, ctx.scopes).member(personId);
  if (!member) throw AppError.notFound(`Person '${personId}'`);
  const scope = await ctx.scopes.of(ctx.caller);
  if (checkScope && !seenFrom(member, scope)) {
    throw new AppError(
      'forbidden',
      `Person '${personId}': neither organisation lies in the key's region (${ctx.caller.regionId})`,
    );
  }
  return {
    ...shaped(member, ctx.caller.role),
    ...(await memberPaths(
      ctx.store,
      member.membership?.id ?? null,
      member.managing.map((m) => m.id),
    )),
    moves: member.moves,
  };
}
