import type { PlacementDecision, PlacementReviewItem } from '../../api/placements';
import { ExportButton } from '../../components/export-button';
import { useT } from '../../i18n/i18n';
import { PlacementReviewRow } from './placement-review-row';
import { placementQueueSheet } from './placement-sheet';

/** The queue's enterprises, one row each with its candidates and what may be decided of it. */
export function PlacementQueueTable({
  items,
  picked,
  busy,
  onToggle,
  onDecide,
}: {
  items: PlacementReviewItem[];
  picked: ReadonlySet<string>;
  busy: boolean;
  onToggle(enterpriseId: string): void;
  onDecide(decisions: PlacementDecision[]): void;
}) {
  const { t } = useT();
  return (
    <>
      <div class="actions list-actions">
        <ExportButton sheet={placementQueueSheet(items)} />
      </div>
      <table class="placement-queue">
        <thead>
          <tr>
            <th />
            <th>{t('placement.enterprise')}</th>
            <th>{t('placement.candidates')}</th>
            <th>{t('placement.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <PlacementReviewRow
              key={item.enterpriseId}
              item={item}
              picked={picked.has(item.enterpriseId)}
              busy={busy}
              onToggle={() => onToggle(item.enterpriseId)}
              onDecide={(segmentIds) => onDecide([{ enterpriseId: item.enterpriseId, segmentIds }])}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
