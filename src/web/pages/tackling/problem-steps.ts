import type { ProblemStatus } from '../../api/types';

export const PROBLEM_STATUSES: readonly ProblemStatus[] = [
  'draft',
  'published',
  'claimed',
  'in_progress',
  'accepted',
  'closed',
];

type Step = Exclude<ProblemStatus, 'draft'>;

/**
 * The steps the key's role may take on a problem in this status: `problemSteps` is the API's
 * own word on the role (GET /me), each status it may move a problem to and from which.
 */
export function stepsFor(status: ProblemStatus, problemSteps: Record<string, readonly string[]>): Step[] {
  return (PROBLEM_STATUSES.filter((s) => s !== 'draft') as Step[]).filter((to) =>
    (problemSteps[to] ?? []).includes(status),
  );
}
