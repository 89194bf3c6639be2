import type { Page, Team } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { teamsSheet } from './tackling-sheets';

/** The teams tackling a problem (GET /teams?problem=); its parent re-mounts it when a team is formed. */
export function ProblemTeams({ problemId, problemTitle }: { problemId: string; problemTitle: string }) {
  const { t } = useT();
  const teams = useApi<Page<Team>>('teams', { problem: problemId, limit: 100 });
  return (
    <section aria-label={t('tackling.teams')}>
      <h3>{t('tackling.teams')}</h3>
      <LoadedView loaded={teams}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="muted">{t('tackling.noTeams')}</p>
          ) : (
            <>
              <div class="actions list-actions">
                <ExportButton sheet={teamsSheet(problemTitle, page.items)} />
              </div>
              <ul class="plain problem-teams">
                {page.items.map((team) => (
                  <li key={team.id} data-team={team.id}>
                    <span class="team-name">{team.name}</span> · {t(`team.${team.kind}` as MessageKey)} ·{' '}
                    {team.memberCount}
                    {t('tackling.people')}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </LoadedView>
    </section>
  );
}
