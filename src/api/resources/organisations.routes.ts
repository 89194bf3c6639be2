import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { BundleInstitution, BundlePairing, BundlePartyOrg } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import { EVERYONE, route } from '../routing/route';
import { audit } from './audit';
import { nodePage, PageQuery, pageOf } from './pagination';
import { createRecord, writeRecord } from './write-record';

const Node = z.record(z.string(), z.unknown());
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
    response: pageOf(Node),
    handle: ({ query, app }) => nodePage(app.store, 'Institution', query),
  }),

  route({
    method: 'get',
    path: '/institutions/:id',
    tag: 'institutions',
    summary: 'Read an institution',
    allow: EVERYONE,
    params: ById,
    response: Node,
    handle: async ({ params, app }) => {
      const node = await app.store.getNode('Institution', params.id);
      if (!node) throw AppError.notFound(`Institution '${params.id}'`);
      return node.props;
    },
  }),

  route({
    method: 'post',
    path: '/institutions',
    tag: 'institutions',
    summary: 'Add an institution',
    allow: ['admin', 'university'],
    body: BundleInstitution,
    status: 201,
    response: Node,
    handle: async (input) => {
      const { body, app, caller } = input;
      // a region-limited key adds institutions of its own region only, as it does enterprises
      if (body.regionId) await app.scopes.check(caller, [body.regionId], `region '${body.regionId}'`);
      return createRecord(input, {
        kind: 'Institution',
        section: 'institutions',
        action: 'institution.create',
        path: 'institutions',
      });
    },
  }),

  route({
    method: 'get',
    path: '/party-orgs',
    tag: 'party organisations',
    summary: 'List party organisations',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(Node),
    handle: ({ query, app }) => nodePage(app.store, 'PartyOrg', query),
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
    response: z.object({ chains: z.array(Node) }),
    handle: async ({ query, app, caller }) => {
      const scope = await app.scopes.of(caller);
      if (query.region) await app.scopes.check(caller, [query.region], `region '${query.region}'`);
      const regions = query.region ? await app.scopes.of({ ...caller, regionId: query.region }) : scope;
      const chains = await app.graph.ask('partyCoverage', { regionIds: regions ? [...regions] : null });
      return { chains: chains as unknown as Record<string, unknown>[] };
    },
  }),

  route({
    method: 'get',
    path: '/party-orgs/:id',
    tag: 'party organisations',
    summary: 'Read a party organisation with its pairings',
    allow: EVERYONE,
    params: ById,
    response: Node,
    handle: async ({ params, app }) => {
      const node = await app.store.getNode('PartyOrg', params.id);
      if (!node) throw AppError.notFound(`PartyOrg '${params.id}'`);
      const paired = await app.store.follow({
        fromKind: 'PartyOrg',
        ids: [params.id],
        type: 'PAIRED_WITH',
        direction: 'out',
        toKind: 'PartyOrg',
      });
      return {
        ...node.props,
        pairings: paired.edges.map((e) => ({
          with: e.from.id === params.id ? e.to.id : e.from.id,
          ...e.props,
        })),
      };
    },
  }),

  route({
    method: 'post',
    path: '/party-orgs',
    tag: 'party organisations',
    summary: 'Add a party organisation',
    allow: WRITERS,
    body: BundlePartyOrg,
    status: 201,
    response: Node,
    handle: async (input) => {
      const { body, app, caller } = input;
      if (body.regionId) await app.scopes.check(caller, [body.regionId], `region '${body.regionId}'`);
      return createRecord(input, {
        kind: 'PartyOrg',
        section: 'partyOrgs',
        action: 'party-org.create',
        path: 'party-orgs',
      });
    },
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
    response: Node,
    handle: async (input) => {
      const { body, app, caller } = input;
      for (const id of [body.a, body.b])
        await app.scopes.check(caller, await app.scopes.regionsOf('PartyOrg', id), `PartyOrg '${id}'`);
      await writeRecord(app.store, 'pairings', body, { creating: false });
      await audit(app, input, 'party-org.pair', { kind: 'PartyOrg', id: body.a }, null, body);
      return body;
    },
  }),
];
