import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Id, IsoDate, MemberMoveKind, Source, Text, type RelInput } from '../../domain';
import type { MemberRecord } from '../../domain/answers';
import { AppError } from '../../shared/app-error';
import type { GraphStore } from '../../store/graph-store';
import { writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { readMemberRecord } from './mobile-members';
import { MemberReader, type MemberFacts } from './member-reader';

/** A move as the API takes it; the person is the route's. */
export const MoveInput = z
  .object({
    /** Chosen by the caller, or made up (`move-…`). */
    id: Id.optional(),
    date: IsoDate,
    kind: MemberMoveKind,
    fromId: Id.optional().describe(
      'The party organisation or region left; default: the membership organisation (return: the managing one)',
    ),
    toId: Id.optional().describe(
      'The party organisation or region moved to; required for an outflow and a transfer (an organisation)',
    ),
    managedBy: Id.optional().describe(
      'Outflow: the organisation co-managing the member from now on; default: toId when it names a party organisation',
    ),
    note: Text.default(''),
    source: Source.optional(),
  })
  .strict();
export type MoveInput = z.infer<typeof MoveInput>;

async function isOrg(store: GraphStore, id: string | undefined): Promise<boolean> {
  return id !== undefined && (await store.getNode('PartyOrg', id)) !== null;
}

/** The ties a move leaves behind: removed first, then written. */
interface TieChange {
  remove: Pick<RelInput, 'type' | 'from' | 'to'>[];
  add: RelInput[];
}

/**
 * What the move does to the member's organisations: an outflow puts them under the workplace's
 * organisation as well (双重管理, MANAGED_BY since the date, replacing any earlier one); a return
 * ends every co-management; a transfer moves the membership itself (MEMBER_OF) to the new
 * organisation, which then no longer co-manages. Refusals name the body's field.
 */
async function tieChange(store: GraphStore, member: MemberFacts, move: MoveInput): Promise<TieChange> {
  const person = { kind: 'Person' as const, id: member.personId };
  const org = (id: string) => ({ kind: 'PartyOrg' as const, id });
  const dropManaging = member.managing.map((m) => ({ type: 'MANAGED_BY' as const, from: person, to: org(m.id) }));
  if (move.kind === 'return') return { remove: dropManaging, add: [] };
  if (!move.toId) throw AppError.badInput('body.toId', `is required for a move of kind ${move.kind}`);
  if (move.kind === 'transfer') {
    if (!(await isOrg(store, move.toId)))
      throw AppError.badInput('body.toId', `must name a party organisation for a transfer`);
    return {
      remove: [
        ...(member.membership ? [{ type: 'MEMBER_OF' as const, from: person, to: org(member.membership.id) }] : []),
        ...dropManaging.filter((tie) => tie.to.id === move.toId),
      ],
      add: [{ type: 'MEMBER_OF', from: person, to: org(move.toId) }],
    };
  }
  const managing = move.managedBy ?? ((await isOrg(store, move.toId)) ? move.toId : undefined);
  if (managing === undefined)
    throw AppError.badInput(
      'body.managedBy',
      'is required when toId names a region: the organisation co-managing the member',
    );
  if (!(await isOrg(store, managing)))
    throw AppError.badInput('body.managedBy', `names no party organisation ('${managing}')`);
  if (managing === member.membership?.id)
    throw AppError.badInput('body.managedBy', 'is the membership organisation: co-management is by another one');
  return {
    remove: dropManaging,
    add: [{ type: 'MANAGED_BY', from: person, to: org(managing), props: { since: move.date } }],
  };
}

/**
 * Records a member's move (党员流动登记) and updates who co-manages them: the move is kept on the
 * member's record, and MANAGED_BY (or, for a transfer, MEMBER_OF) follows it. The person must be a
 * member (a membership organisation) seen from the key's region. Answers the member's record.
 *
 * @example recordMove(ctx, 'person-1', { date: '2025-09-01', kind: 'outflow', toId: 'po-donghu-optoelectronics' })
 */
export async function recordMove(ctx: UseCaseContext, personId: string, move: MoveInput): Promise<MemberRecord> {
  const member = await new MemberReader(ctx.store, ctx.scopes).member(personId);
  if (!member) throw AppError.notFound(`Person '${personId}'`);
  // the roles that record moves see party membership: saying who is none tells them nothing new
  if (!member.membership)
    throw AppError.badInput(
      'params.id',
      'names a person with no membership organisation (MEMBER_OF): only a member moves',
    );
  const before = await readMemberRecord(ctx, personId);
  if (move.id && (await ctx.store.getNode('MemberMove', move.id)))
    throw new AppError('conflict', `MemberMove '${move.id}' is already recorded`, [
      { field: 'body.id', reason: 'is taken' },
    ]);
  const change = await tieChange(ctx.store, member, move);
  const { managedBy: _managedBy, ...fields } = move;
  const fromId = move.fromId ?? (move.kind === 'return' ? (member.managing[0]?.id ?? undefined) : member.membership.id);
  const record = {
    ...fields,
    id: move.id ?? `move-${move.date.slice(0, 10)}-${randomBytes(4).toString('hex')}`,
    personId,
    ...(fromId ? { fromId } : {}),
    ...(move.kind === 'return' && !move.toId ? { toId: member.membership.id } : {}),
    source: move.source ?? 'api',
  };
  await writeRecord(ctx.store, 'memberMoves', record, { creating: true });
  if (change.remove.length > 0) await ctx.store.deleteRelationships(change.remove);
  if (change.add.length > 0) await ctx.store.upsertRelationships(change.add);
  const after = await readMemberRecord(ctx, personId, { checkScope: false });
  await ctx.audit('member.move', { kind: 'Person', id: personId }, before, after);
  return after;
}
