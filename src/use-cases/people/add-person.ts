import type { z } from 'zod';
import type { BundlePerson } from '../../ingest/bundle.schema';
import { createRecord } from '../records/create-record';
import type { UseCaseContext } from '../use-case-context';
import { readPerson, type PersonView } from './people';

/**
 * Adds a person (an expert, an instructor) as an import would: where they work (WORKS_AT), the
 * party organisations they belong to. A person lies where their organisations do, so a
 * region-limited key names one of its region's (400 naming body.worksAt when none, 403 naming the
 * organisation outside). The answer is masked for the caller's role like every read of a person.
 */
export function addPerson(ctx: UseCaseContext, person: z.infer<typeof BundlePerson>): Promise<PersonView> {
  return createRecord(
    ctx,
    {
      kind: 'Person',
      section: 'people',
      action: 'person.create',
      read: (ctx, id) => readPerson(ctx, id),
    },
    person,
  );
}
