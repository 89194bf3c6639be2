import type { Role } from '../../domain/roles';
import type { NodeKind } from '../../domain';
import { AppError } from '../../shared/app-error';

/** What a move carries beside its target status: the team, the responder, a note, a rating... */
export type MoveFields = Readonly<Record<string, string | number | undefined>>;
export type Move<To extends string> = { readonly to: To } & MoveFields;

/** A relationship a step ties the subject with, to the node one of the move's fields names. */
export interface StepLink {
  /** The move's field naming the other end. */
  field: string;
  kind: NodeKind;
  type: 'TACKLES' | 'ASSIGNED_TO';
  /** Whether the other end points at the subject (a team TACKLES a problem) or the subject at it. */
  direction: 'in' | 'out';
  /** The subject keeps one such link: the step replaces the one it had (a request's responder). */
  replaces: boolean;
  /** Said when the field is missing: `is required to claim a problem`. */
  required: string;
  /** How the other end is named when it does not exist: `no team 'x'`. */
  noun: string;
}

/** One step of a workflow, as data: where from, who may take it, what it needs and what it records. */
export interface Step<Status extends string> {
  from: readonly Status[];
  /** The roles that may take it; every role the route lets in when absent. */
  by?: readonly Role[];
  /** Held to the caller's region: the side of whoever owns the subject (a problem's poster, a request's enterprise). */
  scoped: boolean;
  link?: StepLink;
  /** Fields of the move the step cannot be taken without, with the reason said when one is missing. */
  requires?: Readonly<Record<string, string>>;
  /** Fields of the move the step records on the subject, as the property named. */
  records?: Readonly<Record<string, string>>;
}

/** A workflow: its subject's kind, its steps by the status each moves to, and what every step keeps. */
export interface Workflow<Status extends string, To extends Status> {
  kind: NodeKind;
  /** The subject as messages and audit actions name it: `problem`. */
  noun: string;
  steps: Readonly<Record<To, Step<Status>>>;
  /** Fields of the move any step records on the subject, as the property named. */
  records: Readonly<Record<string, string>>;
  /** Fields of the move the audit entry keeps beside the subject as it is after the step. */
  audits: readonly string[];
}

/** Whether a move carries a field (an empty note is no note). */
export const given = (value: string | number | undefined): value is string | number =>
  value !== undefined && value !== '';

/** 403 when the caller's role may not take the step. */
export function refuseRole<To extends string>(workflow: Workflow<string, To>, to: To, role: Role): void {
  const step = workflow.steps[to];
  if (step.by && !step.by.includes(role))
    throw new AppError('forbidden', `the ${role} role may not move a ${workflow.noun} to ${to}`);
}

/** 409 naming the statuses the step is taken from, when the subject is in another. */
export function refuseStatus<To extends string>(workflow: Workflow<string, To>, to: To, status: string): void {
  const { from } = workflow.steps[to];
  if (!from.includes(status))
    throw new AppError('conflict', `a ${status} ${workflow.noun} cannot become ${to} (only from ${from.join(', ')})`, [
      { field: 'body.to', reason: `not allowed from ${status}` },
    ]);
}

/** 400 naming the first field the step requires that the move leaves out. */
export function refuseMissing(step: Step<string>, move: MoveFields): void {
  for (const [field, reason] of Object.entries(step.requires ?? {}))
    if (!given(move[field])) throw AppError.badInput(`body.${field}`, reason);
}

/** The properties a step records on the subject: its status and the move's fields it keeps. */
export function recordedProps<To extends string>(
  workflow: Workflow<string, To>,
  move: Move<To>,
): Record<string, unknown> {
  const props: Record<string, unknown> = { status: move.to };
  const kept = { ...workflow.records, ...workflow.steps[move.to].records };
  for (const [field, property] of Object.entries(kept)) if (given(move[field])) props[property] = move[field];
  return props;
}

/** The move's fields the audit entry keeps. */
export function auditedFields(workflow: Workflow<string, string>, move: MoveFields): Record<string, unknown> {
  return Object.fromEntries(workflow.audits.flatMap((field) => (given(move[field]) ? [[field, move[field]]] : [])));
}
