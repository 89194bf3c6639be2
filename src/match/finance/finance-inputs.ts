import type { FinancingKind, FinancingNeedStatus, FinancingStage } from '../../domain/finance.schema';

/**
 * What the finance matcher reads, as plain records (the use case gathers them from the store):
 * an enterprise with where it is and what it makes, its financing needs, the products of banks
 * and funds, and the providers' past signings as a trust signal.
 */
export interface FinanceEnterprise {
  id: string;
  name: string;
  /** GB/T 4754-2017 code as the registry gives it (C3841, 3841), when known. */
  industry?: string | undefined;
  /** Chains its segments lie on. */
  chainIds: readonly string[];
  /** Its region and every region above it (a product serving 武汉市 serves 江岸区). */
  regionIds: readonly string[];
}

export interface FinanceNeed {
  id: string;
  title: string;
  kind: FinancingKind;
  amountYuan: number;
  stage?: FinancingStage | undefined;
  status: FinancingNeedStatus;
  enterprise: FinanceEnterprise;
}

export interface FinanceProduct {
  id: string;
  name: string;
  provider: { id: string; name: string };
  kinds: readonly FinancingKind[];
  minAmountYuan?: number | undefined;
  maxAmountYuan?: number | undefined;
  stages: readonly FinancingStage[];
  industries: readonly string[];
  chainIds: readonly string[];
  /** Regions served (and below them); empty: anywhere. */
  regionIds: readonly string[];
}

/** A provider's signings recorded before (financing_signed outcomes): how many per chain. */
export type SigningRecord = ReadonlyMap<string, ReadonlyMap<string, number>>;

export const FINANCE_DEFAULTS = {
  weights: { kind: 0.3, amount: 0.25, sector: 0.2, region: 0.15, stage: 0.05, trust: 0.05 },
  /** A guarantee helps a loan (and the other way): how much such a product fits. */
  relatedKind: 0.4,
  /** A product that states no range, no chains or industries, no stages: neither fits nor misses. */
  unstated: 0.5,
  /** A product serving anywhere fits less than one written for the enterprise's own region. */
  anywhere: 0.7,
  /** Signings with enterprises of the same chain at which the trust signal is full. */
  trustAt: 3,
  limit: 10,
} as const;

export type FinanceComponents = Record<keyof typeof FINANCE_DEFAULTS.weights, number>;
