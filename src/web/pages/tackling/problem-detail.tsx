import type { Problem, StoredProblem } from '../../api/types';
import { useState } from 'preact/hooks';
import { Chips } from '../../components/chips';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { ProblemActions } from './problem-actions';
import { ProblemCandidates } from './problem-candidates';
import { ProblemConsortium } from './problem-consortium';
import { ProblemHistory } from './problem-history';
import { ProblemTeams } from './problem-teams';

/**
 * One problem: its candidate experts and institutions, the proposed consortium (turned into a
 * team here), the teams tackling it, and its workflow.
 */
export function ProblemDetail({ problem, onMoved }: { problem: Problem; onMoved(next: StoredProblem): void }) {
  const { t } = useT();
  // a team formed here re-reads the teams listed and the claiming team's picker
  const [teamsRound, setTeamsRound] = useState(0);
  const path = `problems/${encodeURIComponent(problem.id)}`;
  return (
    <section class="panel problem-detail" aria-label={problem.title}>
      <h2>
        {problem.title} <StatusBadge group="problem" status={problem.status} />
      </h2>
      {problem.description && <p class="small">{problem.description}</p>}
      {problem.postedBy && (
        <p class="small">
          {t('tackling.postedBy')}：{problem.postedBy.name}
        </p>
      )}
      <p>
        {t('tackling.skills')}：
        <Chips words={problem.skills} />
      </p>
      <ProblemActions key={teamsRound} problem={problem} onMoved={onMoved} />
      <ProblemCandidates path={path} problemTitle={problem.title} />
      <ProblemConsortium problem={problem} onTeamFormed={() => setTeamsRound((r) => r + 1)} />
      <ProblemTeams key={teamsRound} problemId={problem.id} problemTitle={problem.title} />
      <ProblemHistory path={path} status={problem.status} />
    </section>
  );
}
