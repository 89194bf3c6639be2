import { useEffect, useRef } from 'preact/hooks';
import type { ChainMap, Lead, SegmentGap } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { routeHref } from '../../router';
import { LeadsTable } from './leads-table';
import { filled, noSegmentLeadsWhy } from './map-empty-reasons';

/** One segment opened: its local producers, local demand and the leads that would fill it. */
export function SegmentPanel({
  segment,
  map,
  leads,
  picked,
  onToggle,
  onClose,
}: {
  segment: SegmentGap;
  /** The map the segment was opened on: whether it has gaps says why a list of leads is empty. */
  map: ChainMap;
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
  const noLeads = noSegmentLeadsWhy(segment, map, leads);
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
            empty={t('mapEmpty.noProducers')}
          />
        </div>
        <div>
          <h3>{t('map.demand')}</h3>
          <EnterpriseList
            items={segment.demand.map((d) => ({ ...d, note: d.declared ? t('map.declared') : '' }))}
            empty={t('mapEmpty.noDemand')}
          />
        </div>
      </div>
      <h3>{t('map.segmentLeads')}</h3>
      <LeadsTable
        leads={forSegment}
        picked={picked}
        onToggle={onToggle}
        empty={filled(t(noLeads.key), noLeads.values)}
      />
    </section>
  );
}

function EnterpriseList({ items, empty }: { items: { id: string; name: string; note: string }[]; empty: string }) {
  if (items.length === 0) return <p class="muted empty-why">{empty}</p>;
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
