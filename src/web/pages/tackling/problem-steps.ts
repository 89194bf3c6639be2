import type { ProblemStatus } from '../../api/types';
import type { Role } from '../../session';

/**
 * The tackling workflow as the API runs it (draft → published → claimed → in_progress →
 * accepted → closed), with the roles that take each step: the page offers only these.
 */
export const PROBLEM_STEPS: Record<
  Exclude<ProblemStatus, 'draft'>,
  { from: readonly ProblemStatus[]; by: readonly Role[] }
> = {
  published: { from: ['draft'], by: ['admin', 'secretary', 'university'] },
  claimed: { from: ['published'], by: ['admin', 'university'] },
  in_progress: { from: ['claimed'], by: ['admin', 'university'] },
  accepted: { from: ['in_progress'], by: ['admin', 'secretary'] },
  closed: { from: ['accepted', 'published', 'draft'], by: ['admin', 'secretary'] },
};

export const PROBLEM_STATUSES: readonly ProblemStatus[] = [
  'draft',
  'published',
  'claimed',
  'in_progress',
  'accepted',
  'closed',
];

/** The steps a role may take on a problem in this status. */
export function stepsFor(status: ProblemStatus, role: Role): Exclude<ProblemStatus, 'draft'>[] {
  return (Object.keys(PROBLEM_STEPS) as Exclude<ProblemStatus, 'draft'>[]).filter(
    (to) => PROBLEM_STEPS[to].from.includes(status) && PROBLEM_STEPS[to].by.includes(role),
  );
}
