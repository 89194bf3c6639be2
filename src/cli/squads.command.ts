import { RegionScopes } from '../access/region-scope';
import type { SquadCounts } from '../domain/answers/squads.schema';
import { squadTally, listSquads } from '../use-cases/squads/squads';
import type { UseCaseContext } from '../use-cases/use-case-context';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';
import { sourceLabel } from './source-label';

export interface SquadsOptions {
  chain?: string;
  region?: string;
  json: boolean;
}

const counts = (c: SquadCounts) =>
  `外出招商${c.visits}次，对接企业${c.enterprisesMet}家，有意向${c.interested}家，签约${c.signed}家（落地${c.landed}家），线索${c.leads}条已引进${c.leadsAttracted}条`;

/**
 * `redchain squads`: 党员招商小分队 of a region and chain — the totals the articles state with their
 * source, then each squad with its leader, leads and what its visits came to, then per chain; as
 * GET /squads and GET /squads/tally answer them (an admin's view), or JSON with --json.
 */
export async function squadsCommand(ctx: CommandContext, options: SquadsOptions): Promise<void> {
  const told = toldBy(ctx, options);
  const query = {
    chain: options.chain ? await idFor(ctx.store, 'Chain', options.chain, told) : undefined,
    region: options.region ? await idFor(ctx.store, 'Region', options.region, told) : undefined,
  };
  const use: UseCaseContext = {
    store: ctx.store,
    scopes: new RegionScopes(ctx.store),
    caller: { keyId: 'cli', name: 'redchain', role: 'admin', regionId: null },
    audit: async () => {},
    now: () => new Date(),
  };
  const [list, tally] = await Promise.all([listSquads(use, query), squadTally(use, query)]);
  if (options.json) return ctx.out(JSON.stringify({ squads: list.items, tally }, null, 2));
  for (const t of tally.stated) {
    const met =
      t.enterprisesMet === null ? '' : `，对接企业${t.enterprisesMet}${t.enterprisesMetAtLeast ? '余' : ''}家`;
    const since = t.since ? `（${t.since}起）` : '';
    ctx.out(
      `${t.region?.name ?? ''}${t.title}${since}：${t.squads ?? '—'}个小分队，外出招商${t.trips ?? '—'}次${met}  来源 ${t.source ? sourceLabel(t.source) : '—'}`,
    );
  }
  ctx.out(`图谱中记录的小分队${list.counts.squads}个：${counts(list.counts)}`);
  for (const s of list.items) {
    const where = [s.region?.name, ...s.chains.map((c) => c.name)].filter(Boolean).join(' · ');
    ctx.out(`- ${s.name}（${where}）队长 ${s.leader?.name ?? '—'}，队员${s.memberCount}人：${counts(s.counts)}`);
    for (const l of s.leads)
      ctx.out(
        `    线索 ${l.enterprise.name}（${l.chain.name}${l.rank ? `，图谱第${l.rank}位` : ''}）走访${l.visits}次`,
      );
  }
  if (tally.perChain.length > 0) ctx.out('按产业链：');
  for (const c of tally.perChain) ctx.out(`- ${c.chain.name}：小分队${c.counts.squads}个，${counts(c.counts)}`);
}
