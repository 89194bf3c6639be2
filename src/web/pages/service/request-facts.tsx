import type { ServiceRequest } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT, type MessageKey } from '../../i18n/i18n';

/** A request's title and status, its kind and due date (overdue marked), who raised it, who took it and the rating. */
export function RequestFacts({ request: r }: { request: ServiceRequest }) {
  const { t, date, number } = useT();
  return (
    <>
      <h2>
        {r.title} <StatusBadge group="request" status={r.status} />
      </h2>
      <p class="small">
        {t(`kind.${r.kind}` as MessageKey)}
        {r.dueAt && ` · ${t('service.due')} ${date(r.dueAt)}`}
        {r.overdue && <strong class="overdue-mark"> · {t('service.overdue')}</strong>}
      </p>
      {r.description && <p>{r.description}</p>}
      {r.raisedByName && (
        <p>
          {t('service.raisedBy')}：{r.raisedByName}
        </p>
      )}
      {!r.raisedByName && r.regionName && (
        <p>
          {t('dept.parkWide')}：{r.regionName}
        </p>
      )}
      {r.enterprisesReached !== undefined && (
        <p data-reach>
          {t('dept.reach')}：{number(r.enterprisesReached)}
        </p>
      )}
      {r.assignedToName && (
        <p>
          {t('service.assignee')}：{r.assignedToName}
        </p>
      )}
      {r.feedbackRating !== undefined && (
        <p>
          {t('service.rating')}：{'★'.repeat(r.feedbackRating)}
        </p>
      )}
    </>
  );
}
