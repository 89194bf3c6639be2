import { useEffect, useRef } from 'preact/hooks';
import type { Lead, SegmentGap } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { routeHref } from '../../router';
import { LeadsTable } from './leads-table';

/** One segment opened: its local producers, local demand and the leads that would fill it. */
export function SegmentPanel({
  segment,
  leads,
  picked,
  onToggle,
  onClose,
}: {
  segment: SegmentGap;
  leads: Lead[];
  picked: Set<string>;
  onToggle(enterpriseId: string): void;
  onClose(): void;
}) {
  const { t } = useT();
  const box = useRef<HTMLElement>(null);
  // the panel sits below the map: on a phone it would open out of sight
  useEffect(() => box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }), [segment.segmentId]);
  const spof = segment.singlePointOfFailure;
  const forSegment = leads.filter((lead) => lead.segments.some((s) => s.id === segment.segmentId));
  return (
    <section ref={box} class="panel segment-panel" aria-label={segment.name}>
      <header class="panel-head">
        <h2>
          {segment.name} <StatusBadge group="status" status={segment.status} />
        </h2>
        <button type="button" class="link" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {spof && (
        <p class={`spof-note spof-${spof.risk}`}>
          ⚠ {t('map.spof')}：{t('map.spofOf')} {spof.producerName}（{spof.dependants} {t('map.dependants')}）
        </p>
      )}
      <div class="two-columns">
        <div>
          <h3>{t('map.producers')}</h3>
          <EnterpriseList
            items={segment.producers.map((p) => ({ ...p, note: p.chainMaster ? t('map.chainMasters') : '' }))}
          />
        </div>
        <div>
          <h3>{t('map.demand')}</h3>
          <EnterpriseList items={segment.demand.map((d) => ({ ...d, note: d.declared ? t('map.declared') : '' }))} />
        </div>
      </div>
      <h3>{t('map.segmentLeads')}</h3>
      <LeadsTable leads={forSegment} picked={picked} onToggle={onToggle} />
    </section>
  );
}

function EnterpriseList({ items }: { items: { id: string; name: string; note: string }[] }) {
  const { t } = useT();
  if (items.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <ul class="plain">
      {items.map((item) => (
        <li key={item.id}>
          <a href={routeHref('partners', { id: item.id })}>{item.name}</a> <span class="small">{item.note}</span>
        </li>
      ))}
    </ul>
  );
}
