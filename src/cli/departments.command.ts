import { RequestKinds } from '../domain';
import { RegionScopes } from '../access/region-scope';
import { listDepartments } from '../use-cases/departments/departments';
import type { CommandContext } from './command-context';

/**
 * `redchain departments`: the departments (职能部门) with where they serve, their remit, staff and
 * load (open requests called to them and not closed), as GET /departments answers them.
 */
export async function departmentsCommand(ctx: CommandContext, options: { json: boolean }): Promise<void> {
  const { items } = await listDepartments({
    store: ctx.store,
    scopes: new RegionScopes(ctx.store),
    caller: { keyId: 'cli', name: 'redchain', role: 'admin', regionId: null },
    audit: async () => {},
    now: () => new Date(),
  });
  if (options.json) return ctx.out(JSON.stringify(items, null, 2));
  if (items.length === 0) return ctx.out('没有职能部门（导入的数据集未含 departments）');
  for (const d of items) {
    const remit = d.remit.map((k) => RequestKinds.zh[k]).join('、') || '—';
    ctx.out(
      `${d.name}（${d.regionName ?? '不限地区'}）  职责：${remit}  人员 ${d.staff.length}  在办 ${d.load.current}/${d.load.max}`,
    );
  }
}
