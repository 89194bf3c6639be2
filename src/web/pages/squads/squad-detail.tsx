import type { SquadDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useSession } from '../../session-context';
import { useT, type MessageKey } from '../../i18n/i18n';
import { LogVisitForm } from './log-visit-form';
import { visitsSheet } from './squad-sheets';

/** A squad: its leader and members (for roles that may see them), its leads and every visit, and the visit log form. */
export function SquadDetailPanel({ squadId, onLogged }: { squadId: string; onLogged(): void }) {
  const view = useT();
  const { t } = view;
  const { may } = useSession();
  const squad = useApi<SquadDetail>(`squads/${encodeURIComponent(squadId)}`);
  const outcome = (o: string | null) => (o ? t(`squads.outcome.${o}` as MessageKey) : t('squads.notVisited'));
  return (
    <section class="panel" aria-label={t('squads.detail')}>
      <LoadedView loaded={squad}>
        {(data) => (
          <>
            <h2>{data.name}</h2>
            <p class="small">
              {t('squads.leader')}
              {t('squads.colon')}
              {data.leader?.name ?? '—'} · {t('squads.members')}
              {t('squads.colon')}
              {data.masked
                ? `${view.number(data.memberCount)} ${t('squads.hidden')}`
                : data.members.map((m) => m.name).join('、')}
            </p>
            <h3>{t('squads.leads')}</h3>
            <DataTable
              rows={data.leads}
              rowKey={(l) => l.id}
              tableClass="squad-leads"
              empty={t('squads.noLeads')}
              columns={[
                { head: t('squads.lead'), cell: (l) => l.enterprise.name },
                { head: t('squads.chains'), cell: (l) => l.chain.name },
                { head: t('squads.rank'), cell: (l) => (l.rank === null ? '—' : view.number(l.rank)) },
                { head: t('squads.assignedOn'), cell: (l) => view.date(l.assignedOn) },
                { head: t('squads.visitCount'), cell: (l) => view.number(l.visits) },
                { head: t('squads.lastOutcome'), cell: (l) => outcome(l.lastOutcome) },
              ]}
            />
            {may('post /squad-visits') && (
              <LogVisitForm
                squad={data}
                onLogged={() => {
                  squad.reload();
                  onLogged();
                }}
              />
            )}
            <h3>{t('squads.visits')}</h3>
            <div class="actions list-actions">
              <ExportButton sheet={visitsSheet(data)} />
            </div>
            <DataTable
              rows={data.visits}
              rowKey={(v) => v.id}
              tableClass="squad-visits"
              empty={t('squads.noVisits')}
              columns={[
                { head: t('squads.date'), cell: (v) => view.date(v.date) },
                { head: t('squads.enterprise'), cell: (v) => v.enterprise.name },
                {
                  head: t('squads.outcome'),
                  cell: (v) => (
                    <>
                      {outcome(v.outcome)}
                      {v.outcomeId ? <div class="small muted">{t('squads.attracted')}</div> : null}
                    </>
                  ),
                },
                {
                  head: t('squads.visitors'),
                  cell: (v) => (v.masked ? view.number(v.visitorCount) : v.visitors.map((p) => p.name).join('、')),
                },
                { head: t('squads.note'), cell: (v) => v.note },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}
