import type { Lead } from '../../api/types';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/** Ranked leads with their reasons; ticked ones go to the what-if. An empty list shows `empty`, why it is empty. */
export function LeadsTable({
  leads,
  picked,
  onToggle,
  empty,
}: {
  leads: Lead[];
  picked: Set<string>;
  onToggle(enterpriseId: string): void;
  empty: string;
}) {
  const { t } = useT();
  if (leads.length === 0) return <p class="muted empty-why">{empty}</p>;
  return (
    <table class="leads">
      <thead>
        <tr>
          <th aria-label={t('map.whatIf')} />
          <th>#</th>
          <th>{t('map.leads')}</th>
          <th>{t('score')}</th>
          <th>{t('reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {leads.map((lead, i) => (
          <tr key={lead.enterpriseId} data-lead={lead.enterpriseId}>
            <td>
              <input
                type="checkbox"
                aria-label={lead.name}
                checked={picked.has(lead.enterpriseId)}
                onChange={() => onToggle(lead.enterpriseId)}
              />
            </td>
            <td>{i + 1}</td>
            <td>
              <strong class="lead-name">{lead.name}</strong>
              <SyntheticBadge synthetic={lead.synthetic} />
              <div>
                {lead.segments.map((s) => (
                  <span key={s.id} class="chip">
                    {s.name} <StatusBadge group="status" status={s.status} />
                  </span>
                ))}
              </div>
              {lead.suppliesLocal.length > 0 && <div class="small">{t('map.suppliesLocal')}</div>}
            </td>
            <td>
              <ScoreBar score={lead.score} />
            </td>
            <td>
              <ReasonList zh={lead.reasons.zh} en={lead.reasons.en} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
