import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { EnterpriseTag } from '../../domain/enums';
import { BundleEnterprise } from '../../ingest/bundle.schema';
import { EnterpriseView, enterpriseInScope } from '../../use-cases/enterprises/enterprise-view';
import {
  createEnterprise,
  deleteEnterprise,
  listEnterprises,
  replaceEnterprise,
} from '../../use-cases/enterprises/enterprises';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { PageQuery, pageOf } from './pagination';
import { useCaseContext } from './use-case-context';

const WRITERS = ['admin', 'secretary'] as const;
const ByPath = z.object({ id: Id });

export const enterpriseRoutes = [
  route({
    method: 'get',
    path: '/enterprises',
    tag: 'enterprises',
    summary: 'List enterprises',
    description:
      'Filtered by region (with the regions below it), segment produced or qualification tag, in id order; a region-scoped key lists its own region’s, page after page.',
    allow: EVERYONE,
    query: PageQuery.extend({
      region: Id.optional().describe('Only enterprises located in this region or one below it (a city: its parks)'),
      segment: Id.optional().describe('Only enterprises producing in this segment'),
      tag: EnterpriseTag.optional().describe('Only enterprises with this qualification'),
    }),
    response: pageOf(EnterpriseView),
    handle: async (input) => listEnterprises(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Read an enterprise',
    allow: EVERYONE,
    params: ByPath,
    response: EnterpriseView,
    handle: async (input) => enterpriseInScope(useCaseContext(input), input.params.id),
  }),

  createRoute({
    path: '/enterprises',
    tag: 'enterprises',
    summary: 'Create an enterprise',
    description:
      'Validated and name-resolved as an import is: a name already in the graph (or an alias of one) is a 409 naming it. Its partner lists and gap maps are recomputed in the background.',
    allow: WRITERS,
    body: BundleEnterprise.omit({ chainMasterOf: true }),
    response: EnterpriseView,
    create: createEnterprise,
  }),

  route({
    method: 'put',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Replace an enterprise',
    description:
      'Replaces its properties, its region, the segments it produces in and those it buys from. A region-scoped key names the region (body.regionId, within its own): a replacement without one would take the enterprise out of every region.',
    allow: WRITERS,
    params: ByPath,
    body: BundleEnterprise.omit({ chainMasterOf: true, id: true }),
    response: EnterpriseView,
    handle: async (input) => replaceEnterprise(useCaseContext(input), input.params.id, input.body),
  }),

  route({
    method: 'delete',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Delete an enterprise',
    description: 'With every relationship it has; the lists it appeared in are recomputed.',
    allow: WRITERS,
    params: ByPath,
    status: 204,
    response: z.undefined(),
    handle: async (input) => {
      await deleteEnterprise(useCaseContext(input), input.params.id);
      return undefined;
    },
  }),
];
