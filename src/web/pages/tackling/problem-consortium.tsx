import { useState } from 'preact/hooks';
import type { Consortium, Problem, Team } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Chips } from '../../components/chips';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { consortiumSheet } from './tackling-sheets';
import { draftFromConsortium } from './team-draft';
import { TeamForm } from './team-form';

/**
 * The consortium proposed for a problem: its members and the skills each covers, and the skills
 * none does; a role that may form teams turns it into one (组建攻关团队).
 */
export function ProblemConsortium({ problem, onTeamFormed }: { problem: Problem; onTeamFormed(team: Team): void }) {
  const { t } = useT();
  const { may } = useSession();
  const [forming, setForming] = useState(false);
  const consortium = useApi<Consortium>(`problems/${encodeURIComponent(problem.id)}/consortium`);
  return (
    <>
      <h3>{t('tackling.consortium')}</h3>
      <LoadedView loaded={consortium}>
        {(c) => (
          <>
            <div class="actions list-actions">
              <ExportButton sheet={consortiumSheet(problem.title, c)} />
              {may('post /teams') && !forming && (
                <button type="button" class="primary" onClick={() => setForming(true)}>
                  {t('tackling.formTeam')}
                </button>
              )}
            </div>
            {c.members.length === 0 ? (
              <p class="muted">
                {t(problem.skills.length === 0 ? 'tackling.consortiumNoSkills' : 'tackling.consortiumNobody')}
              </p>
            ) : (
              <table>
                <tbody>
                  {c.members.map((m) => (
                    <tr key={m.personId}>
                      <td>{m.name}</td>
                      <td>{m.employer ?? ''}</td>
                      <td>
                        {t('tackling.covers')}：
                        <Chips words={m.covers} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {c.mix && <p class="small">{t('tackling.mix')}</p>}
            {c.uncovered.length > 0 && (
              <p class="warning">
                {t('tackling.uncovered')}：
                <Chips words={c.uncovered} />
              </p>
            )}
            {forming && (
              <TeamForm
                problemId={problem.id}
                initial={draftFromConsortium(problem.title, c)}
                onFormed={(team) => {
                  setForming(false);
                  onTeamFormed(team);
                }}
                onCancel={() => setForming(false)}
              />
            )}
          </>
        )}
      </LoadedView>
    </>
  );
}
