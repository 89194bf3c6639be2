import type { Candidate, CandidateSet, NodeRef } from '../domain';
import type { PartnerResult } from '../match/partners/find-partners';
import type { Reasons } from '../match/reasons';
import type { TacklingResult } from '../match/tackling/tackling-index';

/**
 * Engine answers as stored candidate sets (src/domain/results.schema.ts): the ranked list with
 * its Chinese reasons as shown, and the rest (the candidate's name, so a read needs no lookups;
 * components, English reasons, paths) as detail.
 */
export function partnerSet(result: PartnerResult): CandidateSet {
  return {
    type: 'PARTNER_CANDIDATE',
    from: { kind: 'Enterprise', id: result.enterprise.id },
    qualifier: result.direction,
    candidates: ranked(
      result.candidates,
      (c) => ({ kind: 'Enterprise', id: c.enterpriseId }),
      (c) => ({ name: c.name, components: c.components, via: c.via, orgPath: c.orgPath }),
    ),
  };
}

export function tacklingSets(result: TacklingResult): CandidateSet[] {
  const from = { kind: 'Problem' as const, id: result.problem.id };
  return [
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'experts',
      candidates: ranked(
        result.experts,
        (e) => ({ kind: 'Person', id: e.personId }),
        (e) => ({ name: e.name, components: e.components, coveredSkills: e.coveredSkills, employer: e.employer }),
      ),
    },
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'institutions',
      candidates: ranked(
        result.institutions,
        (inst) => ({ kind: 'Institution', id: inst.institutionId }),
        (inst) => ({ name: inst.name, components: inst.components }),
      ),
    },
  ];
}

/** An engine's ranked list as stored: ranked in its order, the English reasons kept last in the detail. */
function ranked<T extends { score: number; reasons: Reasons }>(
  list: readonly T[],
  to: (item: T) => NodeRef,
  detail: (item: T) => Record<string, unknown>,
): Candidate[] {
  return list.map((item, i) => ({
    to: to(item),
    rank: i + 1,
    score: item.score,
    reasons: item.reasons.zh,
    detail: { ...detail(item), reasonsEn: item.reasons.en },
  }));
}
