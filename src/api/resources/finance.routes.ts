import { z } from 'zod';
import {
  FinanceMeetingPlan,
  FinancialProductItem,
  FinancingMeetingItem,
  FinancingNeedItem,
  NeedProducts,
  ProductNeeds,
} from '../../domain/answers/finance.schema';
import { Id } from '../../domain/common.schema';
import { FinancialProduct, FinancingNeed, FinancingNeedStatus } from '../../domain/finance.schema';
import { BundleFinancialProduct, BundleFinancingNeed } from '../../ingest/bundle.schema';
import {
  financeMeetingPlan,
  listFinancialProducts,
  listFinancingNeeds,
  needsOfProduct,
  productsOfNeed,
} from '../../use-cases/finance/finance';
import { addFinancialProduct, postFinancingNeed } from '../../use-cases/finance/finance-records';
import { listFinancingMeetings } from '../../use-cases/finance/financing-meetings-held';
import type { Role } from '../../domain/roles';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { storedForm } from './pagination';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
const Limit = z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) });
/** Park finance and investment staff, chain secretaries: who posts needs and products. */
const FINANCE_STAFF: readonly Role[] = ['admin', 'secretary', 'investment'];

export const financeRoutes = [
  route({
    method: 'get',
    path: '/financing-needs',
    tag: 'finance',
    summary: 'Financing needs of a region and chain (融资需求清单)',
    description: 'Largest first, each with its enterprise, region and chains; a region-limited key sees its region’s.',
    allow: EVERYONE,
    query: z.object({
      region: Id.optional().describe('Only needs of enterprises in this region and below it'),
      chain: Id.optional().describe('Only needs of enterprises on this chain'),
      status: FinancingNeedStatus.optional(),
    }),
    response: z.object({ items: z.array(FinancingNeedItem), amountYuan: z.number().describe('The sum asked') }),
    handle: (input) => listFinancingNeeds(useCaseContext(input), input.query),
  }),

  createRoute({
    path: '/financing-needs',
    tag: 'finance',
    summary: 'Post an enterprise’s financing need (融资需求)',
    description:
      'A loan, equity or guarantee need with its amount in yuan; the enterprise must be in the key’s region. Posted today unless postedAt says when; a financing_signed outcome (POST /outcomes) marks it signed on its date (signedAt).',
    allow: FINANCE_STAFF,
    body: BundleFinancingNeed,
    response: storedForm(FinancingNeed),
    create: postFinancingNeed,
  }),

  route({
    method: 'get',
    path: '/financing-needs/:id/products',
    tag: 'finance',
    summary: 'Products of banks and funds for a financing need, with scores and reasons',
    description:
      'Computed on request: kind, amount within range, chain or industry, region served, stage and the provider’s signings with the same chain, each a component of the score.',
    allow: EVERYONE,
    params: ById,
    query: Limit,
    response: NeedProducts,
    handle: (input) => productsOfNeed(useCaseContext(input), input.params.id, input.query.limit),
  }),

  route({
    method: 'get',
    path: '/financial-products',
    tag: 'finance',
    summary: 'Financial products of banks, funds and guarantors (金融产品)',
    allow: EVERYONE,
    query: z.object({
      region: Id.optional().describe('Only products serving this region or a part of it, or anywhere'),
      chain: Id.optional().describe('Only products for this chain, or for any'),
    }),
    response: z.object({ items: z.array(FinancialProductItem) }),
    handle: (input) => listFinancialProducts(useCaseContext(input), input.query),
  }),

  createRoute({
    path: '/financial-products',
    tag: 'finance',
    summary: 'Add a bank’s or fund’s product',
    description:
      'Its range, kinds, stages, industries, chains and regions served; a region-limited key names regions in its own.',
    allow: FINANCE_STAFF,
    body: BundleFinancialProduct,
    response: storedForm(FinancialProduct),
    create: addFinancialProduct,
  }),

  route({
    method: 'get',
    path: '/financial-products/:id/needs',
    tag: 'finance',
    summary: 'The open financing needs a product fits: the enterprises to call',
    allow: EVERYONE,
    params: ById,
    query: Limit,
    response: ProductNeeds,
    handle: (input) => needsOfProduct(useCaseContext(input), input.params.id, input.query.limit),
  }),

  route({
    method: 'get',
    path: '/finance/meeting-plan',
    tag: 'finance',
    summary: 'A bank–enterprise meeting plan of a region (银企对接会): which enterprise meets which bank or fund',
    description:
      'Maximises the total fit with each enterprise at a bounded number of tables and each provider at a bounded number of enterprises.',
    allow: EVERYONE,
    query: z.object({
      region: Id.describe('The region of the meeting (a park, a district…)'),
      chain: Id.optional().describe('Only enterprises on this chain'),
      perEnterprise: z.coerce.number().int().min(1).max(20).default(2),
      perProvider: z.coerce.number().int().min(1).max(100).default(6),
    }),
    response: FinanceMeetingPlan,
    handle: (input) => financeMeetingPlan(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/financing-meetings',
    tag: 'finance',
    summary: 'Bank–enterprise meetings held, with their signings',
    allow: EVERYONE,
    query: z.object({ region: Id.optional() }),
    response: z.object({ items: z.array(FinancingMeetingItem) }),
    handle: (input) => listFinancingMeetings(useCaseContext(input), input.query.region),
  }),
];
