import type { Lead, WhatIf } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';

/** What attracting the ticked leads would change: the gaps that close and who gains a local supplier. */
export function WhatIfPanel({ result, leads }: { result: WhatIf; leads: Lead[] }) {
  const { t } = useT();
  const nameOf = (id: string) =>
    leads.find((l) => l.enterpriseId === id)?.name ??
    result.after.segments.flatMap((s) => [...s.producers, ...s.demand]).find((e) => e.id === id)?.name ??
    id;
  const segmentName = (id: string) => result.after.segments.find((s) => s.segmentId === id)?.name ?? id;
  return (
    <section class="panel what-if" aria-label={t('map.whatIf')}>
      <h2>{t('map.whatIf')}</h2>
      <p>{result.added.map(nameOf).join('、')}</p>
      <h3>{t('map.closed')}</h3>
      {result.closed.length === 0 ? (
        <p class="muted empty-why">{t('mapEmpty.noneClosed')}</p>
      ) : (
        <ul class="plain">
          {result.closed.map((c) => (
            <li key={c.segmentId} class="closed-gap">
              {c.name}：<StatusBadge group="status" status={c.from} /> → <StatusBadge group="status" status={c.to} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('map.gain')}</h3>
      {result.gainLocalSupplier.length === 0 ? (
        <p class="muted empty-why">{t('mapEmpty.noneGain')}</p>
      ) : (
        <ul class="plain">
          {result.gainLocalSupplier.map((g) => (
            <li key={`${g.enterpriseId}:${g.segmentId}`}>
              {nameOf(g.enterpriseId)} · {segmentName(g.segmentId)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
