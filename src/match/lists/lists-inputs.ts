import type { RequestKind, ResourceKind } from '../../domain';

/** The asks the needs list (需求清单) is made of: an enterprise's request, talent need or financing need. */
export type NeedSource = 'Request' | 'TalentNeed' | 'FinancingNeed';

/**
 * One item of the needs list, whatever record it came from. `category` says what is asked in the
 * request kinds' words: a talent need asks for talent, a financing need for financing.
 */
export interface ListNeed {
  id: string;
  source: NeedSource;
  category: RequestKind;
  title: string;
  /** The words the need shows: its title and description (purpose, skills). */
  text: string;
  /** Open: still waiting for an answer (a request not yet resolved, a need not filled or signed). */
  open: boolean;
  enterprise: {
    id: string;
    name: string;
    /** Its region first, then the regions above it. */
    regionIds: string[];
    chainIds: string[];
  };
}

/** One item of the resources list (资源清单): a department's offer. */
export interface ListResource {
  id: string;
  name: string;
  kind: ResourceKind;
  description: string;
  keywords: string[];
  department: { id: string; name: string };
  /** The region it serves (and the regions below it); absent: wherever its department does. */
  regionId?: string | undefined;
  /** The chains it is for; none: any chain. */
  chainIds: string[];
  validUntil?: string | undefined;
}

/** Each part of a need–resource score, in [0, 1]. */
export interface ListsComponents {
  kind: number;
  text: number;
  chain: number;
  region: number;
}

/** Weights of the components; they sum to 1. */
export const LISTS_WEIGHTS: Readonly<ListsComponents> = { kind: 0.45, text: 0.3, chain: 0.15, region: 0.1 };

export const LISTS_DEFAULTS = { limit: 10 } as const;
