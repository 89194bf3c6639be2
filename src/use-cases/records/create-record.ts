import type { NodeKind } from '../../domain';
import type { BundleSection } from '../../ingest/bundle.schema';
import type { UseCaseContext } from '../use-case-context';
import { refuseTakenId } from './refuse-taken-id';
import { refuseOutOfScope, writeRecord } from './write-record';

/** How one kind of record is created: where it goes in a bundle, what it is audited as, how it is checked and read. */
export interface CreateFlow<View> {
  kind: NodeKind;
  section: BundleSection;
  /** The audit log's name for it: `enterprise.create`. */
  action: string;
  /** The record as written, with what the flow adds (a request's status and when it was raised). */
  prepare?: (ctx: UseCaseContext, record: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Refuses, before anything is written, what the caller may not add (its region, its dates). By
   * default the import's scope rule for the flow's section (refuseOutOfScope): a flow that says
   * nothing is still held to the caller's region.
   */
  admit?: (ctx: UseCaseContext, record: Record<string, unknown>) => Promise<void>;
  /** The created record as answered. */
  read: (ctx: UseCaseContext, id: string) => Promise<View>;
}

/**
 * Creates a node: the flow's checks, 409 if the id is taken, written as an import would write it,
 * read back and audited. The one path for every POST that adds a record.
 */
export async function createRecord<View>(
  ctx: UseCaseContext,
  flow: CreateFlow<View>,
  record: { id: string } & Record<string, unknown>,
): Promise<View> {
  const prepared = flow.prepare ? flow.prepare(ctx, record) : record;
  // the caller's own checks first: a key refused a region must not learn which ids exist there
  await (flow.admit ? flow.admit(ctx, prepared) : refuseOutOfScope(ctx.store, ctx.caller, flow.section, prepared));
  await refuseTakenId(ctx.store, flow.kind, record.id);
  await writeRecord(ctx.store, flow.section, prepared, { creating: true });
  const created = await flow.read(ctx, record.id);
  await ctx.audit(flow.action, { kind: flow.kind, id: record.id }, null, created);
  return created;
}
