import type { FinancialProductItem, FinancingNeedItem } from '../../domain/answers/finance.schema';
import type { FinanceNeed, FinanceProduct } from '../../match/finance';
import type { FinanceCatalogue } from './finance-catalogue';

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A node named in an answer: its name as the catalogue read it, else its id. */
function named(c: FinanceCatalogue, kind: 'Region' | 'Chain', id: string) {
  return { id, name: c.names.get(`${kind}:${id}`) ?? id };
}

export function needItem(c: FinanceCatalogue, need: FinanceNeed): FinancingNeedItem {
  const props = c.needProps.get(need.id) ?? {};
  const home = c.homeRegion.get(need.enterprise.id);
  return {
    id: need.id,
    title: need.title,
    kind: need.kind,
    amountYuan: need.amountYuan,
    stage: orNull(need.stage),
    purpose: str(props['purpose']) ?? '',
    dueDate: orNull(str(props['dueDate'])),
    status: need.status,
    source: orNull(str(props['source'])),
    enterprise: { id: need.enterprise.id, name: need.enterprise.name },
    region: home ? named(c, 'Region', home) : null,
    chains: need.enterprise.chainIds.map((id) => named(c, 'Chain', id)),
  };
}

export function productItem(c: FinanceCatalogue, product: FinanceProduct): FinancialProductItem {
  const props = c.productProps.get(product.id) ?? {};
  return {
    id: product.id,
    name: product.name,
    kinds: [...product.kinds],
    minAmountYuan: orNull(product.minAmountYuan),
    maxAmountYuan: orNull(product.maxAmountYuan),
    stages: [...product.stages],
    industries: [...product.industries],
    description: str(props['description']) ?? '',
    source: orNull(str(props['source'])),
    provider: product.provider,
    chains: product.chainIds.map((id) => named(c, 'Chain', id)),
    regions: product.regionIds.map((id) => named(c, 'Region', id)),
  };
}
