import { RegionScopes } from '../access/region-scope';
import type { MobileMember } from '../domain/answers';
import { MemberMoveKinds } from '../domain/member-move.schema';
import { listMobileMembers } from '../use-cases/members/mobile-members';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';

export interface MembersOptions {
  mobile: boolean;
  region?: string;
  json: boolean;
}

/** `咸宁市委组织部（咸宁市）`: a name with its region, when it has one. */
const withRegion = (org: { name: string; region: { name: string } | null }) =>
  org.region ? `${org.name}（${org.region.name}）` : org.name;

function lines(member: MobileMember, index: number): string[] {
  const move = member.lastMove;
  return [
    `${index + 1}. ${member.name}`,
    `   所属党组织：${member.membership ? withRegion(member.membership) : '—'}`,
    ...member.managing.map(
      (org) => `   双重管理：${withRegion(org)}${org.since ? `，自${org.since.slice(0, 10)}` : ''}`,
    ),
    `   工作单位：${member.workplace ? `${member.workplace.name}${member.workplaceRegion ? `（${member.workplaceRegion.name}）` : ''}` : '—'}`,
    `   最近流动：${
      move
        ? `${move.date.slice(0, 10)} ${MemberMoveKinds.zh[move.kind]} ${move.from?.name ?? '—'} → ${move.to?.name ?? '—'}`
        : '—'
    }`,
  ];
}

/**
 * 流动党员 from the command line: the members co-managed away from their membership organisation
 * (一方隶属、双重管理), as GET /mobile-members answers an admin; a region by id or name; JSON with --json.
 * The command line is the operator's: names are shown.
 */
export async function membersCommand(ctx: CommandContext, options: MembersOptions): Promise<void> {
  const region = options.region ? await idFor(ctx.store, 'Region', options.region, toldBy(ctx, options)) : undefined;
  const caller = { keyId: 'cli', name: 'redchain', role: 'admin' as const, regionId: null };
  const { items, total } = await listMobileMembers(
    { store: ctx.store, scopes: new RegionScopes(ctx.store), caller },
    { region },
  );
  if (options.json) return ctx.out(JSON.stringify({ items, total }, null, 2));
  const regionName = region ? ((await ctx.store.getNode('Region', region))?.props['name'] as string) : '全部地区';
  ctx.out(`流动党员 · ${regionName}：${total}人（一方隶属、双重管理：在所属党组织计数）`);
  items.forEach((member, i) => lines(member, i).forEach((line) => ctx.out(line)));
}
