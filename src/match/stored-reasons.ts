import type { CandidateType } from '../domain';
import type { Direction, PartnerCandidate } from './partners/partner-list';
import { partnerReasons, type PartnerWhy } from './partners/partner-reasons';
import type { Reasons } from './reasons';
import { expertReasons, institutionReasons, type ExpertWhy, type InstitutionWhy } from './tackling/tackling-reasons';

const NONE: Reasons = { zh: [], en: [] };

/**
 * The reasons of a stored candidate, rendered from the facts its list keeps (src/jobs/result-sets.ts
 * stores them): the same sentences, zh and en, the engine gave when it computed the list. A
 * candidate stored without facts (written by hand, or by a version that stored sentences) has none.
 */
export function storedReasons(type: CandidateType, qualifier: string, detail: Record<string, unknown> = {}): Reasons {
  const why = detail['why'];
  if (typeof why !== 'object' || why === null) return NONE;
  if (type === 'PARTNER_CANDIDATE') {
    const via = detail['via'] as PartnerCandidate['via'] | undefined;
    return via ? partnerReasons(qualifier as Direction, via, why as PartnerWhy) : NONE;
  }
  if (qualifier === 'experts') {
    const covered = (detail['coveredSkills'] as { skill: string }[] | undefined) ?? [];
    return expertReasons(covered, why as ExpertWhy);
  }
  return institutionReasons(why as InstitutionWhy);
}
