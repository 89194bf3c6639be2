import { useState } from 'preact/hooks';
import type { PlacementReviewItem } from '../../api/placements';
import { Chips } from '../../components/chips';
import { ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { SegmentCorrection } from './segment-correction';

/**
 * One enterprise of the queue: its candidates best first, each with its chain, confidence and
 * evidence; and what may be decided of it alone (accept the best, correct, none fit).
 */
export function PlacementReviewRow({
  item,
  picked,
  busy,
  onToggle,
  onDecide,
}: {
  item: PlacementReviewItem;
  picked: boolean;
  busy: boolean;
  onToggle(): void;
  onDecide(segmentIds: string[]): void;
}) {
  const { t } = useT();
  const [correcting, setCorrecting] = useState(false);
  const best = item.candidates[0];
  return (
    <tr data-enterprise={item.enterpriseId}>
      <td>
        <input type="checkbox" aria-label={item.enterpriseName} checked={picked} onChange={onToggle} />
      </td>
      <td>
        <strong>{item.enterpriseName}</strong>
        <div class="small muted">{item.enterpriseId}</div>
      </td>
      <td>
        <ol class="placement-candidates">
          {item.candidates.map((c) => (
            <li key={c.segmentId}>
              <span>
                {c.segmentName} · <span class="muted">{c.chainName}</span>
              </span>{' '}
              <ScoreBar score={c.confidence} />
              <div aria-label={t('placement.evidence')}>
                <Chips words={c.evidence} />
              </div>
            </li>
          ))}
        </ol>
      </td>
      <td>
        {correcting ? (
          <SegmentCorrection
            item={item}
            busy={busy}
            onCancel={() => setCorrecting(false)}
            onChoose={(segmentId) => onDecide([segmentId])}
          />
        ) : (
          <div class="actions">
            {best && (
              <button type="button" class="primary" disabled={busy} onClick={() => onDecide([best.segmentId])}>
                {t('placement.acceptTop')}
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setCorrecting(true)}>
              {t('placement.correct')}
            </button>
            <button type="button" disabled={busy} onClick={() => onDecide([])}>
              {t('placement.noneFit')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
