import { z } from 'zod';
import { Department, displayName } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphNode } from '../../store/graph-store';
import { eachNode } from '../../store/all-nodes';
import { storedSchema } from '../records/stored-record';
import { farEnds } from '../related-nodes';
import type { UseCaseContext } from '../use-case-context';
import { OPEN_REQUEST_STATUSES } from '../workflow/request-workflow';

/** A department as the API shows it: its record, where it serves, how many staff and what it carries. */
export const DepartmentView = storedSchema(Department).extend({
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  staff: z
    .array(z.object({ personId: z.string(), name: z.string(), position: z.string().nullable() }))
    .describe('People who work at it (no personal data beyond name and position)'),
  load: z
    .object({ current: z.number().int(), max: z.number().int() })
    .describe('Open requests it was called to and has not closed (销号), against what it can carry'),
});
export type DepartmentView = z.infer<typeof DepartmentView>;

export const DepartmentList = z.object({ items: z.array(DepartmentView) });
export type DepartmentList = z.infer<typeof DepartmentList>;

/** How many departments one list shows at most: a park has a few dozen, a province some thousands. */
export const DEPARTMENT_LIST_LIMIT = 500;

/** Departments with their region, staff and load, read for a list at once. */
async function viewsOf(ctx: Pick<UseCaseContext, 'store'>, nodes: GraphNode[]): Promise<DepartmentView[]> {
  const ids = nodes.map((n) => n.id);
  const from = { fromKind: 'Department', ids } as const;
  const regions = await farEnds(ctx.store, { ...from, type: 'IN_REGION', direction: 'out', toKind: 'Region' });
  const staffStep = { ...from, type: 'WORKS_AT', direction: 'in', toKind: 'Person' } as const;
  const staff = ids.length > 0 ? await ctx.store.follow(staffStep) : { nodes: [], edges: [] };
  const people = new Map(staff.nodes.map((n) => [n.id, n]));
  const calls =
    ids.length > 0 ? await ctx.store.follow({ ...from, type: 'CALLS', direction: 'in', toKind: 'Request' }) : null;
  const requests = new Map((calls?.nodes ?? []).map((n) => [n.id, n]));
  return nodes.map((node) => {
    const region = regions.get(node.id)?.[0] ?? null;
    const open = (calls?.edges ?? []).filter(
      (e) =>
        e.to.id === node.id &&
        e.props['status'] !== 'closed' &&
        OPEN_REQUEST_STATUSES.includes(requests.get(e.from.id)?.props['status'] as never),
    );
    const props = node.props as Omit<DepartmentView, 'regionId' | 'regionName' | 'staff' | 'load'>;
    return {
      ...props,
      regionId: region?.id ?? null,
      regionName: region ? displayName(region.props) : null,
      staff: staff.edges
        .filter((e) => e.to.id === node.id && people.has(e.from.id))
        .map((e) => ({
          personId: e.from.id,
          name: displayName(people.get(e.from.id)!.props),
          position: typeof e.props['position'] === 'string' ? e.props['position'] : null,
        })),
      load: { current: open.length, max: props.maxLoad },
    };
  });
}

/** Whether a department lies in the caller's region: one serving no region in particular is everyone's. */
async function visible(ctx: UseCaseContext, view: DepartmentView): Promise<boolean> {
  const scope = await ctx.scopes.of(ctx.caller);
  return scope === null || view.regionId === null || scope.has(view.regionId);
}

/** The departments of the caller's region (and those serving no region in particular), by name. */
export async function listDepartments(ctx: UseCaseContext): Promise<DepartmentList> {
  const nodes: GraphNode[] = [];
  for await (const node of eachNode(ctx.store, 'Department')) {
    nodes.push(node);
    if (nodes.length >= DEPARTMENT_LIST_LIMIT) break;
  }
  const views = await viewsOf(ctx, nodes);
  const items: DepartmentView[] = [];
  for (const view of views) if (await visible(ctx, view)) items.push(view);
  items.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
  return { items };
}

/** One department; 404 when there is none, 403 when it serves a region outside the caller's. */
export async function readDepartment(ctx: UseCaseContext, id: string): Promise<DepartmentView> {
  const node = await ctx.store.getNode('Department', id);
  if (!node) throw AppError.notFound(`Department '${id}'`);
  const view = (await viewsOf(ctx, [node]))[0]!;
  if (!(await visible(ctx, view)))
    throw new AppError('forbidden', `Department '${id}' is outside the key's region (${ctx.caller.regionId})`);
  return view;
}
