import type { Reasons } from '../reasons';
import type { ExpertWhy, InstitutionWhy } from './tackling-reasons';

/** What the tackling engine answers for one problem: experts and institutions, best first, with reasons. */
export interface TacklingResult {
  problem: { id: string; title: string; skills: string[]; teamSize: number };
  experts: ExpertCandidate[];
  institutions: InstitutionCandidate[];
  /** Experts left out for a conflict of interest (they work for the poster). */
  excluded: { personId: string; name: string; reason: string }[];
}

export interface ExpertCandidate {
  personId: string;
  name: string;
  employer: string | null;
  employerKind: 'Enterprise' | 'Institution' | null;
  score: number;
  components: {
    relevance: number;
    skills: number;
    trackRecord: number;
    proximity: number;
    availability: number;
    partyMember: number;
  };
  coveredSkills: { skill: string; by: string; score: number }[];
  reasons: Reasons;
  /** The facts the reasons are rendered from (tackling-reasons.ts): what a stored list keeps instead of them. */
  why: ExpertWhy;
}

export interface InstitutionCandidate {
  institutionId: string;
  name: string;
  score: number;
  components: { relevance: number; proximity: number; trackRecord: number };
  reasons: Reasons;
  why: InstitutionWhy;
}
