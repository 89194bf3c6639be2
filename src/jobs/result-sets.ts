import type { Candidate, CandidateSet } from '../domain';
import type { PartnerResult } from '../match/partners/find-partners';
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
    candidates: result.candidates.map((c, i): Candidate => ({
      to: { kind: 'Enterprise', id: c.enterpriseId },
      rank: i + 1,
      score: c.score,
      reasons: c.reasons.zh,
      detail: { name: c.name, components: c.components, via: c.via, orgPath: c.orgPath, reasonsEn: c.reasons.en },
    })),
  };
}

export function tacklingSets(result: TacklingResult): CandidateSet[] {
  const from = { kind: 'Problem' as const, id: result.problem.id };
  return [
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'experts',
      candidates: result.experts.map((e, i) => ({
        to: { kind: 'Person', id: e.personId },
        rank: i + 1,
        score: e.score,
        reasons: e.reasons.zh,
        detail: {
          name: e.name,
          components: e.components,
          coveredSkills: e.coveredSkills,
          employer: e.employer,
          reasonsEn: e.reasons.en,
        },
      })),
    },
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'institutions',
      candidates: result.institutions.map((inst, i) => ({
        to: { kind: 'Institution', id: inst.institutionId },
        rank: i + 1,
        score: inst.score,
        reasons: inst.reasons.zh,
        detail: { name: inst.name, components: inst.components, reasonsEn: inst.reasons.en },
      })),
    },
  ];
}
