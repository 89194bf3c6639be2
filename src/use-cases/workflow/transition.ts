import type { NodeRef } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import {
  auditedFields,
  given,
  recordedProps,
  refuseMissing,
  refuseRole,
  refuseStatus,
  type Move,
  type StepLink,
  type Workflow,
} from './state-machine';

/** How a workflow's subject is read and placed: what the workflow data cannot say. */
export interface WorkflowSubject<View extends { status: string }> {
  /** The subject as answered and audited; 404 when there is none. */
  read(ctx: UseCaseContext, id: string): Promise<View>;
  /** The regions of whoever owns it (a scoped step is held to them); none when it has no owner. */
  regions(ctx: UseCaseContext, id: string, view: View): Promise<string[]>;
  /** Checks of a move against the subject as it is (a new due date before it was raised: 400). */
  check?(view: View, move: Move<string>): void;
}

/**
 * Moves a subject one step along its workflow: who may (403), from where (409), with what (400),
 * then ties what the step links, records the status and the move's kept fields, and audits it
 * as `<noun>.<to>`. Everything is refused before anything is written.
 */
export async function transition<To extends string, View extends { status: string }>(
  ctx: UseCaseContext,
  workflow: Workflow<string, To>,
  subject: WorkflowSubject<View>,
  id: string,
  move: Move<To>,
): Promise<View> {
  const step = workflow.steps[move.to];
  const before = await subject.read(ctx, id);
  refuseRole(workflow, move.to, ctx.caller.role);
  if (step.scoped)
    await ctx.scopes.check(ctx.caller, await subject.regions(ctx, id, before), `${workflow.kind} '${id}'`);
  refuseStatus(workflow, move.to, before.status);
  const other = step.link ? await linkEnd(ctx, step.link, move) : null;
  subject.check?.(before, move);
  refuseMissing(step, move);

  const self: NodeRef = { kind: workflow.kind, id };
  if (step.link && other) await link(ctx, self, step.link, other);
  const node = (await ctx.store.getNode(workflow.kind, id))!;
  const { createdAt: _c, updatedAt: _u, ...props } = node.props;
  await ctx.store.upsertNodes(workflow.kind, [{ ...props, ...recordedProps(workflow, move) }]);
  const after = await subject.read(ctx, id);
  await ctx.audit(`${workflow.noun}.${move.to}`, self, before, { ...after, ...auditedFields(workflow, move) });
  return after;
}

/** The node a step links the subject to: 400 when the move leaves it out or it does not exist. */
async function linkEnd(ctx: UseCaseContext, link: StepLink, move: Move<string>): Promise<NodeRef> {
  const id = move[link.field];
  if (!given(id)) throw AppError.badInput(`body.${link.field}`, link.required);
  if (!(await ctx.store.getNode(link.kind, String(id))))
    throw AppError.badInput(`body.${link.field}`, `no ${link.noun} '${id}'`);
  return { kind: link.kind, id: String(id) };
}

/** Ties the subject to the other end, dropping the link it had when the step replaces it. */
async function link(ctx: UseCaseContext, self: NodeRef, link: StepLink, other: NodeRef): Promise<void> {
  const ends = (near: NodeRef, far: NodeRef) =>
    link.direction === 'out' ? { from: near, to: far } : { from: far, to: near };
  if (link.replaces) {
    const held = await ctx.store.follow({
      fromKind: self.kind,
      ids: [self.id],
      type: link.type,
      direction: link.direction,
      toKind: link.kind,
    });
    const stale = held.nodes.filter((node) => node.id !== other.id);
    if (stale.length > 0)
      await ctx.store.deleteRelationships(
        stale.map((node) => ({ type: link.type, ...ends(self, { kind: link.kind, id: node.id }) })),
      );
  }
  await ctx.store.upsertRelationships([{ type: link.type, ...ends(self, other) }]);
}
