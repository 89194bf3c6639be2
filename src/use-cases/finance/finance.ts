import type {
  FinanceMeetingPlan,
  FinancialProductItem,
  FinancingNeedItem,
  NeedProducts,
  ProductNeeds,
} from '../../domain/answers/finance.schema';
import type { FinancingNeedStatus } from '../../domain';
import { needsForProduct, planFinanceMeetings, productsForNeed, type FinanceNeed } from '../../match/finance';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import { readFinanceCatalogue, type FinanceCatalogue } from './finance-catalogue';
import { needItem, productItem } from './finance-views';

type Ctx = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/** The regions a caller may see, and a region asked for (checked against them): null for everywhere. */
async function visibleRegions(ctx: Ctx, region: string | undefined): Promise<Set<string> | null> {
  if (region) {
    await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
    if (!(await ctx.store.getNode('Region', region))) throw AppError.notFound(`Region '${region}'`);
    return ctx.scopes.within(region);
  }
  return ctx.scopes.of(ctx.caller);
}

const inRegions = (c: FinanceCatalogue, regions: Set<string> | null) => (need: FinanceNeed) =>
  regions === null || regions.has(c.homeRegion.get(need.enterprise.id) ?? '');

const chainName = (c: FinanceCatalogue) => (id: string) => c.names.get(`Chain:${id}`) ?? id;

/** 融资需求清单: the needs of a chain and region (the caller's scope by default), largest first. */
export async function listFinancingNeeds(
  ctx: Ctx,
  query: { region?: string | undefined; chain?: string | undefined; status?: FinancingNeedStatus | undefined },
): Promise<{ items: FinancingNeedItem[]; amountYuan: number }> {
  const regions = await visibleRegions(ctx, query.region);
  const c = await readFinanceCatalogue(ctx.store);
  const needs = c.needs
    .filter(inRegions(c, regions))
    .filter((n) => !query.chain || n.enterprise.chainIds.includes(query.chain))
    .filter((n) => !query.status || n.status === query.status)
    .sort((a, b) => b.amountYuan - a.amountYuan || a.id.localeCompare(b.id));
  return { items: needs.map((n) => needItem(c, n)), amountYuan: needs.reduce((s, n) => s + n.amountYuan, 0) };
}

/** The products of banks and funds, those serving a region (and its parts) or a chain when asked. */
export async function listFinancialProducts(
  ctx: Ctx,
  query: { region?: string | undefined; chain?: string | undefined },
): Promise<{ items: FinancialProductItem[] }> {
  const regions = query.region ? await visibleRegions(ctx, query.region) : null;
  const c = await readFinanceCatalogue(ctx.store);
  const products = c.products
    .filter((p) => !regions || p.regionIds.length === 0 || p.regionIds.some((r) => regions.has(r)))
    .filter((p) => !query.chain || p.chainIds.length === 0 || p.chainIds.includes(query.chain))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { items: products.map((p) => productItem(c, p)) };
}

/** A need's candidate products with scores and reasons; the need's enterprise must be in the caller's scope. */
export async function productsOfNeed(ctx: Ctx, needId: string, limit: number): Promise<NeedProducts> {
  // an unknown id is told before the catalogue is read
  if (!(await ctx.store.getNode('FinancingNeed', needId))) throw AppError.notFound(`FinancingNeed '${needId}'`);
  const c = await readFinanceCatalogue(ctx.store);
  const need = c.needs.find((n) => n.id === needId);
  if (!need) throw AppError.notFound(`FinancingNeed '${needId}'`);
  await ctx.scopes.check(ctx.caller, need.enterprise.regionIds.slice(0, 1), `FinancingNeed '${needId}'`);
  const byId = new Map(c.products.map((p) => [p.id, p]));
  const matches = productsForNeed(need, c.products, { limit, signings: c.signings, chainName: chainName(c) });
  return {
    need: needItem(c, need),
    candidates: matches.map(({ productId, score, rank, components, reasons }) => ({
      product: productItem(c, byId.get(productId)!),
      score,
      rank,
      components,
      reasons,
    })),
  };
}

/** A product's candidate enterprises: the open needs it fits, those outside the caller's scope left out. */
export async function needsOfProduct(ctx: Ctx, productId: string, limit: number): Promise<ProductNeeds> {
  if (!(await ctx.store.getNode('FinancialProduct', productId)))
    throw AppError.notFound(`FinancialProduct '${productId}'`);
  const c = await readFinanceCatalogue(ctx.store);
  const product = c.products.find((p) => p.id === productId);
  if (!product) throw AppError.notFound(`FinancialProduct '${productId}'`);
  const visible = c.needs.filter(inRegions(c, await ctx.scopes.of(ctx.caller)));
  const byId = new Map(visible.map((n) => [n.id, n]));
  const matches = needsForProduct(product, visible, { limit, signings: c.signings, chainName: chainName(c) });
  return {
    product: productItem(c, product),
    candidates: matches.map(({ needId, score, rank, components, reasons }) => ({
      need: needItem(c, byId.get(needId)!),
      score,
      rank,
      components,
      reasons,
    })),
  };
}

/** 银企对接会 of a region (and a chain): the open needs there, seated with the banks and funds that fit them. */
export async function financeMeetingPlan(
  ctx: Ctx,
  query: { region: string; chain?: string | undefined; perEnterprise: number; perProvider: number },
): Promise<FinanceMeetingPlan> {
  const regions = (await visibleRegions(ctx, query.region))!;
  if (query.chain && !(await ctx.store.getNode('Chain', query.chain)))
    throw AppError.notFound(`Chain '${query.chain}'`);
  const c = await readFinanceCatalogue(ctx.store);
  const needs = c.needs
    .filter(inRegions(c, regions))
    .filter((n) => !query.chain || n.enterprise.chainIds.includes(query.chain));
  const titles = new Map(needs.map((n) => [n.id, n.title]));
  const plan = planFinanceMeetings(needs, c.products, {
    perEnterprise: query.perEnterprise,
    perProvider: query.perProvider,
    signings: c.signings,
    chainName: chainName(c),
  });
  const name = (kind: 'Region' | 'Chain', id: string) => ({ id, name: c.names.get(`${kind}:${id}`) ?? id });
  return {
    region: name('Region', query.region),
    chain: query.chain ? name('Chain', query.chain) : null,
    enterprises: plan.enterprises,
    providers: plan.providers,
    meetings: plan.meetings.map((m) => ({
      enterprise: m.enterprise,
      provider: m.provider,
      need: { id: m.needId, title: titles.get(m.needId) ?? m.needId },
      product: { id: m.productId, name: m.productName },
      amountYuan: m.amountYuan,
      score: m.score,
      reasons: m.reasons,
    })),
    amountYuan: plan.amountYuan,
    totalScore: plan.totalScore,
  };
}

/** Where a product stood for a need when a signing is recorded: its rank in the list computed now. */
export async function financeStanding(ctx: Ctx, needId: string, productId: string): Promise<{ rank?: number }> {
  if (!(await ctx.store.getNode('FinancingNeed', needId)))
    throw AppError.badInput('body.subjectId', `no FinancingNeed with id '${needId}'`);
  const c = await readFinanceCatalogue(ctx.store);
  const need = c.needs.find((n) => n.id === needId);
  if (!need) throw AppError.badInput('body.subjectId', `no FinancingNeed with id '${needId}'`);
  await ctx.scopes.check(ctx.caller, need.enterprise.regionIds.slice(0, 1), `FinancingNeed '${needId}'`);
  if (!c.products.some((p) => p.id === productId))
    throw AppError.badInput('body.candidateId', `no FinancialProduct with id '${productId}'`);
  const hit = productsForNeed(need, c.products, { limit: 1000, signings: c.signings }).find(
    (m) => m.productId === productId,
  );
  return hit ? { rank: hit.rank } : {};
}
