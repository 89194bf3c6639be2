import type { z } from 'zod';
import { ActionProject, ServiceResource, type NodeKind } from '../../domain';
import type { BundleActionProject, BundleServiceResource } from '../../ingest/bundle.schema';
import { validityProblem } from '../../ingest/bundle-sections';
import { RecordPlaces } from '../../ingest/record-places';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { readRecord, type StoredRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';

/**
 * Adding a department's resource and an action project (in the caller's region; a region-limited
 * key names the region, or the department's), written as an import would write them, audited; and
 * changing their own properties (a project's progress, a resource's validity).
 */
export function addServiceResource(
  ctx: UseCaseContext,
  resource: z.infer<typeof BundleServiceResource>,
): Promise<StoredRecord<'ServiceResource'>> {
  return createRecord(
    ctx,
    {
      kind: 'ServiceResource',
      section: 'serviceResources',
      action: 'service-resource.create',
      read: (ctx, id) => readRecord(ctx.store, 'ServiceResource', id),
    },
    resource,
  );
}

export function addActionProject(
  ctx: UseCaseContext,
  project: z.infer<typeof BundleActionProject>,
): Promise<StoredRecord<'ActionProject'>> {
  return createRecord(
    ctx,
    {
      kind: 'ActionProject',
      section: 'actionProjects',
      action: 'action-project.create',
      // the body's status defaults to planned: a project under way is ongoing, one at 100 done
      prepare: (_ctx, record) => withStatus(record, false),
      read: (ctx, id) => readRecord(ctx.store, 'ActionProject', id),
    },
    project,
  );
}

/** A project's status follows its progress unless one is given: 100 is done, more than 0 ongoing. */
function withStatus<T extends Record<string, unknown>>(record: T, given = record['status'] !== undefined): T {
  if (given) return record;
  const progress = typeof record['progress'] === 'number' ? record['progress'] : 0;
  if (progress >= 100) return { ...record, status: 'done' };
  if (progress > 0 && (record['status'] === undefined || record['status'] === 'planned'))
    return { ...record, status: 'ongoing' };
  return record;
}

const SCHEMAS = { ServiceResource, ActionProject } as const;

/** Changes a resource's or project's own properties; the record must lie in the caller's region. */
export async function updateListRecord<K extends 'ServiceResource' | 'ActionProject'>(
  ctx: UseCaseContext,
  kind: K,
  id: string,
  changes: Record<string, unknown>,
): Promise<StoredRecord<K>> {
  const node = await ctx.store.getNode(kind, id);
  if (!node) throw AppError.notFound(`${kind} '${id}'`);
  const places = await new RecordPlaces(ctx.store, [], new Map()).now(kind as NodeKind, id);
  await ctx.scopes.check(ctx.caller, places, `${kind} '${id}'`);
  const { createdAt: _c, updatedAt: _u, ...before } = node.props;
  const merged =
    kind === 'ActionProject'
      ? withStatus({ ...before, ...changes }, changes['status'] !== undefined)
      : { ...before, ...changes };
  const parsed = SCHEMAS[kind].safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw AppError.badInput(`body.${issue.path.join('.')}`, issue.message);
  }
  const problem = kind === 'ServiceResource' ? validityProblem(parsed.data) : null;
  if (problem) throw AppError.badInput(`body.${problem.field}`, problem.reason);
  await ctx.store.upsertNodes(kind, [parsed.data as Record<string, unknown>]);
  const after = await readRecord(ctx.store, kind, id);
  await ctx.audit(
    kind === 'ActionProject' ? 'action-project.update' : 'service-resource.update',
    { kind, id },
    node.props,
    after,
  );
  return after;
}
