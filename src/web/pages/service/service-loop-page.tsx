import { useState } from 'preact/hooks';
import type { EscalationInbox as Inbox, Page, RequestStatus, ServiceRequest } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { StatusBadge } from '../../components/status-badge';
import { StatusTabs } from '../../components/status-tabs';
import { useT, type MessageKey } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { useSession } from '../../session-context';
import { RaiseRequestForm } from './raise-request-form';
import { RequestDetail } from './request-detail';
import { EscalationInbox } from './escalation-inbox';
import { INBOX, RAISE, REQUEST_STATUSES } from './request-steps';
import { requestsSheet } from './service-sheets';
import { SyntheticBadge } from '../../components/synthetic-badge';

/** 点单派单: requests by status with due dates, overdue ones marked; raise, dispatch, accept, resolve, feedback. */
export function ServiceLoopPage({ params }: { params: URLSearchParams }) {
  const { t, date } = useT();
  const { may, me } = useSession();
  const [status, setStatus] = useState<RequestStatus | ''>((params.get('status') as RequestStatus | null) ?? '');
  const [openId, setOpenId] = useState(params.get('id') ?? '');
  const requests = useApi<Page<ServiceRequest>>('requests', { limit: 1000, status: status || undefined });
  const inbox = useApi<Inbox>(may(INBOX) ? 'requests/escalated' : null);
  const moved = () => {
    requests.reload();
    inbox.reload();
  };
  const open = (id: string) => {
    setOpenId(id);
    replaceParams('service', { id, status });
  };
  return (
    <div class="page">
      <h1>{t('nav.service')}</h1>
      {me.departmentId && (
        <p class="department-queue" data-department-queue={me.departmentId}>
          <strong>{t('dept.queue')}</strong>（{me.name}）<span class="small muted"> · {t('dept.queueHint')}</span>
        </p>
      )}
      {may(RAISE) && (
        <RaiseRequestForm
          onRaised={(r) => {
            setStatus('');
            open(r.id);
            moved();
          }}
        />
      )}
      {may(INBOX) && <EscalationInbox inbox={inbox} onOpen={open} />}
      <StatusTabs statuses={REQUEST_STATUSES} value={status} onChange={setStatus} labels="request" />
      <div class="master-detail">
        <LoadedView loaded={requests}>
          {(page) => {
            // overdue first (as the API judges it), then by due date: what needs doing now is at the top
            const sorted = [...page.items].sort(
              (a, b) =>
                Number(b.overdue) - Number(a.overdue) ||
                (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') ||
                a.id.localeCompare(b.id),
            );
            return (
              <div>
                <div class="actions list-actions">
                  <ExportButton sheet={requestsSheet(sorted, status)} />
                </div>
                <ul class="plain request-list">
                  {sorted.length === 0 && <li class="muted">{t('none')}</li>}
                  {sorted.map((r) => (
                    <li key={r.id}>
                      <button
                        type="button"
                        class={`list-item ${r.id === openId ? 'selected' : ''} ${r.overdue ? 'overdue' : ''}`}
                        data-request={r.id}
                        onClick={() => open(r.id)}
                      >
                        <span class="request-title">{r.title}</span>
                        <SyntheticBadge synthetic={r.synthetic} />
                        <StatusBadge group="request" status={r.status} />
                        <span class="small muted">
                          {(r.raisedByName ?? r.regionName) && `${r.raisedByName ?? r.regionName} · `}
                          {t(`kind.${r.kind}` as MessageKey)}
                          {r.dueAt && ` · ${t('service.due')} ${date(r.dueAt)}`}
                        </span>
                        {r.overdue && <strong class="overdue-mark">{t('service.overdue')}</strong>}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          }}
        </LoadedView>
        {openId && <RequestDetail key={openId} id={openId} onMoved={moved} />}
      </div>
    </div>
  );
}
