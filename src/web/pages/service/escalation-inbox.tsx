import type { EscalationInbox as Inbox } from '../../api/types';
import type { Loaded } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/**
 * 督办提醒: the requests the SLA job escalated because their due date passed while they were
 * open — what the service staff must chase first. Shown to the roles that run the service loop;
 * the page reloads it whenever the loop moves (a resolved request leaves it).
 */
export function EscalationInbox({
  inbox,
  onOpen,
}: {
  inbox: Loaded<Inbox> & { reload(): void };
  onOpen: (id: string) => void;
}) {
  const { t, dateTime, number } = useT();
  return (
    <section class="panel inbox" aria-label={t('service.inbox')} data-inbox>
      <h2>
        {t('service.inbox')}
        {inbox.state === 'ready' && inbox.data.total > 0 && <span class="count-badge">{number(inbox.data.total)}</span>}
      </h2>
      <p class="small muted">{t('service.inboxHint')}</p>
      <LoadedView loaded={inbox}>
        {(answer) =>
          answer.items.length === 0 ? (
            <p class="muted">{t('service.inboxEmpty')}</p>
          ) : (
            <ul class="plain request-list inbox-list">
              {answer.items.map((r) => (
                <li key={r.id}>
                  <button type="button" class="list-item overdue" data-escalated={r.id} onClick={() => onOpen(r.id)}>
                    <span class="request-title">{r.title}</span>
                    <SyntheticBadge synthetic={r.synthetic} />
                    <StatusBadge group="request" status={r.status} />
                    <span class="small muted">
                      {r.raisedByName && `${r.raisedByName} · `}
                      {r.escalatedAt && `${t('service.escalatedAt')} ${dateTime(r.escalatedAt)}`}
                      {` · ${t('service.escalations')} ${number(r.escalations ?? 1)}`}
                    </span>
                    {r.whistle && !r.whistle.complete && (
                      <span class="small overdue-mark" data-waiting>
                        {t('dept.waiting')}：{r.whistle.waitingFor.join('、')}
                      </span>
                    )}
                  </button>
                </li>
              ))}
              {answer.total > answer.items.length && (
                <li class="small muted">
                  {t('service.inboxMore')} {number(answer.total - answer.items.length)}
                </li>
              )}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
}
