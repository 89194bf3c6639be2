import { z } from 'zod';
import { ChainCoverage } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { BundleInstitution, BundlePairing, BundlePartyOrg } from '../../ingest/bundle.schema';
import {
  addInstitution,
  addPartyOrg,
  coverageRegions,
  InstitutionView,
  pairPartyOrgs,
  PartyOrgView,
  PartyOrgWithPairings,
  readPartyOrg,
} from '../../use-cases/organisations/organisations';
import { readRecord, recordPage } from '../../use-cases/records/stored-record';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { PageQuery, pageOf } from './pagination';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
const WRITERS = ['admin', 'secretary'] as const;

export const organisationRoutes = [
  route({
    method: 'get',
    path: '/institutions',
    tag: 'institutions',
    summary: 'List institutions (universities, labs, institutes)',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(InstitutionView),
    handle: ({ query, app }) => recordPage(app.store, 'Institution', query),
  }),

  route({
    method: 'get',
    path: '/institutions/:id',
    tag: 'institutions',
    summary: 'Read an institution',
    allow: EVERYONE,
    params: ById,
    response: InstitutionView,
    handle: async ({ params, app }) => readRecord(app.store, 'Institution', params.id),
  }),

  createRoute({
    path: '/institutions',
    tag: 'institutions',
    summary: 'Add an institution',
    allow: ['admin', 'university'],
    body: BundleInstitution,
    response: InstitutionView,
    create: addInstitution,
  }),

  route({
    method: 'get',
    path: '/party-orgs',
    tag: 'party organisations',
    summary: 'List party organisations',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(PartyOrgView),
    handle: ({ query, app }) => recordPage(app.store, 'PartyOrg', query),
  }),

  route({
    method: 'get',
    path: '/party-orgs/coverage',
    tag: 'party organisations',
    summary: 'Party-organisation coverage per chain and segment (党建覆盖)',
    description:
      'Per chain (and segment): enterprises, those covered by a party organisation, members, instructors, pairings. A region-scoped key sees its region.',
    allow: EVERYONE,
    query: z.object({ region: Id.optional().describe('Only enterprises located in this region or below') }),
    response: z.object({ chains: z.array(ChainCoverage) }),
    handle: async (input) => {
      const regionIds = await coverageRegions(useCaseContext(input), input.query.region);
      return { chains: await input.app.graph.ask('partyCoverage', { regionIds }) };
    },
  }),

  route({
    method: 'get',
    path: '/party-orgs/:id',
    tag: 'party organisations',
    summary: 'Read a party organisation with its pairings',
    allow: EVERYONE,
    params: ById,
    response: PartyOrgWithPairings,
    handle: async ({ params, app }) => readPartyOrg(app, params.id),
  }),

  createRoute({
    path: '/party-orgs',
    tag: 'party organisations',
    summary: 'Add a party organisation',
    allow: WRITERS,
    body: BundlePartyOrg,
    response: PartyOrgView,
    create: addPartyOrg,
  }),

  route({
    method: 'post',
    path: '/party-orgs/pairings',
    tag: 'party organisations',
    summary: 'Pair two party organisations (结对共建)',
    description:
      'A region-scoped key pairs organisations of its own region only (both of them, each by its region or, failing one, its parent organisation’s): a pairing across regions ranks the other region’s enterprises too, so it is made by an admin or a key whose region holds both.',
    allow: WRITERS,
    body: BundlePairing,
    status: 201,
    response: BundlePairing,
    handle: async (input) => pairPartyOrgs(useCaseContext(input), input.body),
  }),
];
