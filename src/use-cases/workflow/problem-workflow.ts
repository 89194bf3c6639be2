import type { Role } from '../../domain/roles';
import type { ProblemStatus } from '../../domain/enums';
import type { ProblemStepTo } from '../../domain/problem.schema';
import type { Step, Workflow } from './state-machine';

/**
 * The tackling-list workflow (红链技术攻坚榜): draft → published → claimed (揭榜, by a team) →
 * in_progress → accepted → closed, each step by the roles that take it. Publishing, accepting and
 * closing are the poster's side (发榜单位): a region-limited key takes them for its own region's
 * problems only; claiming is open to teams from anywhere (揭榜挂帅). Who did what and when is
 * the audit log (GET /problems/:id/history).
 */
export const PROBLEM_STEPS: Readonly<Record<ProblemStepTo, Step<ProblemStatus> & { by: readonly Role[] }>> = {
  published: { from: ['draft'], by: ['admin', 'secretary', 'university'], scoped: true },
  claimed: {
    from: ['published'],
    by: ['admin', 'university'],
    scoped: false,
    link: {
      field: 'teamId',
      kind: 'Team',
      type: 'TACKLES',
      direction: 'in',
      replaces: false,
      required: 'is required to claim a problem',
      noun: 'team',
    },
  },
  in_progress: { from: ['claimed'], by: ['admin', 'university'], scoped: false },
  accepted: { from: ['in_progress'], by: ['admin', 'secretary'], scoped: true },
  closed: { from: ['accepted', 'published', 'draft'], by: ['admin', 'secretary'], scoped: true },
};

export const PROBLEM_WORKFLOW: Workflow<ProblemStatus, ProblemStepTo> = {
  kind: 'Problem',
  noun: 'problem',
  steps: PROBLEM_STEPS,
  records: {},
  audits: ['teamId', 'note'],
};
