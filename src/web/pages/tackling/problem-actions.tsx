import { useState } from 'preact/hooks';
import type { Page, Problem, StoredProblem, Team } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LabelledInput } from '../../components/labelled-input';
import { ErrorNote } from '../../components/loaded-view';
import { useNotedStep } from '../../components/use-noted-step';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { stepsFor } from './problem-steps';

/** The workflow steps the key's role may take on this problem, with the claiming team for 揭榜 picked from a list. */
export function ProblemActions({ problem, onMoved }: { problem: Problem; onMoved(next: StoredProblem): void }) {
  const { t } = useT();
  const { me } = useSession();
  const [teamId, setTeamId] = useState('');
  const { note, setNote, error, send } = useNotedStep();
  const steps = stepsFor(problem.status, me.problemSteps);
  const move = async (to: string) => {
    const answer = await send<StoredProblem>(`problems/${encodeURIComponent(problem.id)}/transitions`, {
      to,
      ...(to === 'claimed' ? { teamId } : {}),
    });
    if (answer) onMoved(answer.body);
  };
  return (
    <section class="panel" aria-label={t('tackling.actions')}>
      <h3>{t('tackling.actions')}</h3>
      {steps.length === 0 ? (
        <p class="muted">{t('tackling.noActions')}</p>
      ) : (
        <div class="form-row">
          {steps.includes('claimed') && <TeamPicker value={teamId} onChange={setTeamId} />}
          <LabelledInput name="note" label={t('service.note')} value={note} onInput={setNote} />
          {steps.map((to) => (
            <button
              type="button"
              key={to}
              class="primary"
              disabled={to === 'claimed' && teamId === ''}
              onClick={() => void move(to)}
            >
              {t(`do.${to}` as MessageKey)}
            </button>
          ))}
        </div>
      )}
      <ErrorNote error={error} />
    </section>
  );
}

/** The teams that can claim a problem (GET /teams), by name and kind. */
function TeamPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { t } = useT();
  const teams = useApi<Page<Team>>('teams', { limit: 1000 });
  const items = teams.state === 'ready' ? [...teams.data.items].sort((a, b) => a.name.localeCompare(b.name, 'zh')) : [];
  return (
    <select name="team" aria-label={t('tackling.team')} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{teams.state === 'ready' ? t('tackling.pickTeam') : t('loading')}</option>
      {items.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name} · {t(`team.${team.kind}` as MessageKey)} · {team.memberCount}
          {t('tackling.people')}
        </option>
      ))}
    </select>
  );
}
