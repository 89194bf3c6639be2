import type { JobFairPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { jobFairSheet } from './talent-sheets';

/** 链上专场招聘会: booth by booth, which need meets which candidate, best first. */
export function JobFairPanel({ chain, region }: { chain: string; region: string }) {
  const { t } = useT();
  const plan = useApi<JobFairPlan>(`chains/${encodeURIComponent(chain)}/job-fair`, {
    region: region || undefined,
  });
  return (
    <section class="panel" aria-label={t('talent.jobFair')}>
      <h2>{t('talent.jobFair')}</h2>
      <LoadedView loaded={plan}>
        {(data) => {
          const interviews = data.booths.flatMap((b) => b.needs.flatMap((n) => n.interviews));
          return (
            <>
              <p class="small muted">
                {data.interviews} {t('talent.interviews')} · {data.candidatesInvited} {t('talent.invited')}
                {data.needsWithoutCandidates.length > 0 &&
                  ` · ${t('talent.unmatched')}${data.needsWithoutCandidates.map((n) => n.name).join('、')}`}
              </p>
              <div class="actions list-actions">
                <ExportButton sheet={jobFairSheet(data)} />
              </div>
              {interviews.length === 0 ? (
                <p class="muted">{t('none')}</p>
              ) : (
                <table class="job-fair">
                  <thead>
                    <tr>
                      <th>{t('talent.enterprise')}</th>
                      <th>{t('talent.role')}</th>
                      <th>{t('talent.person')}</th>
                      <th>{t('score')}</th>
                      <th>{t('reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {interviews.map((i) => (
                      <tr key={`${i.need.id}:${i.person.id}`}>
                        <td>{i.enterprise.name}</td>
                        <td>{i.need.name}</td>
                        <td>{i.person.name}</td>
                        <td>
                          <ScoreBar score={i.score} />
                        </td>
                        <td>
                          <ReasonList zh={i.reasons.zh} en={i.reasons.en} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
