import { z } from 'zod';
import { maskPerson } from '../../access/masking';
import { Person } from '../../domain';
import { readRecord, recordPage, storedSchema, type StoredRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';

/**
 * A person as the caller's role may see them: party membership (null when hidden), phone and
 * e-mail masked for roles that may not see them (PIPL), the masked fields named.
 */
export const PersonView = storedSchema(Person).extend({
  partyMember: z.boolean().nullable().describe('null when the role may not see it'),
  masked: z.array(z.string()).optional().describe('The fields hidden from the role'),
});
export type PersonView = z.infer<typeof PersonView>;

const masked = (ctx: Pick<UseCaseContext, 'caller'>, person: StoredRecord<'Person'>): PersonView =>
  maskPerson(person, ctx.caller.role);

/** A person, masked for the caller's role; 404 when there is none. */
export async function readPerson(ctx: Pick<UseCaseContext, 'store' | 'caller'>, id: string): Promise<PersonView> {
  return masked(ctx, await readRecord(ctx.store, 'Person', id));
}

/** A page of people, each masked for the caller's role. */
export async function listPeople(
  ctx: Pick<UseCaseContext, 'store' | 'caller'>,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: PersonView[]; nextCursor: string | null }> {
  const page = await recordPage(ctx.store, 'Person', query);
  return { items: page.items.map((person) => masked(ctx, person)), nextCursor: page.nextCursor };
}
