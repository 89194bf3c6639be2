import type { RequestKind, ResourceKind } from '../../domain';

/**
 * How well a kind of resource answers a kind of need: 1 for the resource made for it (用地 need, 用地
 * resource), less for one that helps (an approval service speeds a land case), 0 for the rest.
 */
export const KIND_FIT: Readonly<Record<RequestKind, Partial<Record<ResourceKind, number>>>> = {
  policy: { policy: 1, funding: 0.3 },
  financing: { funding: 1, policy: 0.4 },
  talent: { talent: 1, training: 0.6 },
  technology: { platform: 1, policy: 0.3, talent: 0.3 },
  market: { market: 1, platform: 0.3 },
  land: { land: 1, approval: 0.5 },
  approval: { approval: 1, land: 0.3 },
  safety: { training: 0.6, approval: 0.4, platform: 0.4 },
  other: { other: 0.5, policy: 0.3 },
};

export function kindFit(need: RequestKind, resource: ResourceKind): number {
  return KIND_FIT[need][resource] ?? 0;
}
