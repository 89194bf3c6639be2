import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { TalentCandidates } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';

/** A need's candidates with their reasons; while it is open, a hire is recorded from its row (POST /outcomes). */
export function NeedCandidates({ needId, onHired }: { needId: string; onHired(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const answer = useApi<TalentCandidates>(`talent-needs/${encodeURIComponent(needId)}/candidates`);
  const [hired, setHired] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const hire = (personId: string) => {
    setError(null);
    post<{ daysToFill?: number }>('outcomes', {
      engine: 'talent',
      subjectId: needId,
      candidateId: personId,
      result: 'talent_hired',
      date: new Date().toISOString().slice(0, 10),
    })
      .then((res) => {
        setHired(res.body.daysToFill ?? 0);
        answer.reload();
        onHired();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
  };
  return (
    <section class="panel" aria-label={t('talent.candidates')}>
      <LoadedView loaded={answer}>
        {(data) => (
          <>
            <h2>
              {t('talent.candidatesOf')}
              {data.need.title} · {data.need.enterprise.name}
            </h2>
            {hired !== null && (
              <p class="notice" role="status">
                {t('talent.hired')}
                {hired}
              </p>
            )}
            <ErrorNote error={error} />
            {data.candidates.length === 0 ? (
              <p class="muted">{t('talent.noCandidates')}</p>
            ) : (
              <table class="talent-candidates">
                <thead>
                  <tr>
                    <th>{t('talent.person')}</th>
                    <th>{t('talent.employer')}</th>
                    <th>{t('score')}</th>
                    <th>{t('reasons')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.candidates.map((c) => (
                    <tr key={c.person.id}>
                      <td class="candidate-name">{c.person.name}</td>
                      <td>{c.employer?.name ?? ''}</td>
                      <td>
                        <ScoreBar score={c.score} />
                      </td>
                      <td>
                        <ReasonList zh={c.reasons.zh} en={c.reasons.en} />
                      </td>
                      <td>
                        {data.need.status === 'open' && may('post /outcomes') && (
                          <button type="button" onClick={() => hire(c.person.id)}>
                            {t('talent.hire')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}
