import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { TalentCandidates } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';

/** A need's candidates with their reasons; while it is open, a hire is recorded from its row (POST /outcomes). */
export function NeedCandidates({ needId, onHired }: { needId: string; onHired(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const scored = useScoreColumns<TalentCandidates['candidates'][number]>(
    (c) => c.score,
    (c) => c.reasons,
  );
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
            <DataTable
              rows={data.candidates}
              rowKey={(c) => c.person.id}
              tableClass="talent-candidates"
              empty={t('talent.noCandidates')}
              columns={[
                { head: t('talent.person'), cell: (c) => c.person.name, class: 'candidate-name' },
                { head: t('talent.employer'), cell: (c) => c.employer?.name ?? '' },
                ...scored,
                {
                  head: '',
                  cell: (c) =>
                    data.need.status === 'open' &&
                    may('post /outcomes') && (
                      <button type="button" onClick={() => hire(c.person.id)}>
                        {t('talent.hire')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}
