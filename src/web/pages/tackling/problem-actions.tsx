import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { Problem } from '../../api/types';
import { ErrorNote } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { stepsFor } from './problem-steps';

/** The workflow steps the user's role may take on this problem, with the claiming team for 揭榜. */
export function ProblemActions({ problem, onMoved }: { problem: Problem; onMoved(next: Problem): void }) {
  const { t } = useT();
  const { role } = useSession();
  const [teamId, setTeamId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const steps = stepsFor(problem.status, role);
  const move = async (to: string) => {
    setError(null);
    try {
      const answer = await post<Problem>(`problems/${encodeURIComponent(problem.id)}/transitions`, {
        to,
        ...(to === 'claimed' ? { teamId: teamId.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setNote('');
      onMoved(answer.body);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <section class="panel" aria-label={t('tackling.actions')}>
      <h3>{t('tackling.actions')}</h3>
      {steps.length === 0 ? (
        <p class="muted">{t('tackling.noActions')}</p>
      ) : (
        <div class="form-row">
          {steps.includes('claimed') && (
            <input
              name="team"
              placeholder={t('tackling.teamId')}
              aria-label={t('tackling.teamId')}
              value={teamId}
              onInput={(e) => setTeamId(e.currentTarget.value)}
            />
          )}
          <input
            name="note"
            placeholder={t('service.note')}
            aria-label={t('service.note')}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {steps.map((to) => (
            <button
              type="button"
              key={to}
              class="primary"
              disabled={to === 'claimed' && teamId.trim() === ''}
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
