import type { JobFairPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { useT } from '../../i18n/i18n';
import { jobFairSheet } from './talent-sheets';

/** 链上专场招聘会: booth by booth, which need meets which candidate, best first. */
export function JobFairPanel({ chain, region }: { chain: string; region: string }) {
  const { t } = useT();
  const scored = useScoreColumns<JobFairPlan['booths'][number]['needs'][number]['interviews'][number]>(
    (i) => i.score,
    (i) => i.reasons,
  );
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
              <DataTable
                rows={interviews}
                rowKey={(i) => `${i.need.id}:${i.person.id}`}
                tableClass="job-fair"
                empty={t('none')}
                columns={[
                  { head: t('talent.enterprise'), cell: (i) => i.enterprise.name },
                  { head: t('talent.role'), cell: (i) => i.need.name },
                  { head: t('talent.person'), cell: (i) => i.person.name },
                  ...scored,
                ]}
              />
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
