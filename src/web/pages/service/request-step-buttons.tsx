import { useState } from 'preact/hooks';
import type { RequestStatus } from '../../api/types';
import { LabelledInput } from '../../components/labelled-input';
import { useT } from '../../i18n/i18n';

/**
 * The note that goes with an open request's next step, and the step's button: accept a dispatched
 * one, resolve an accepted one, close a resolved one with a rating (a raised one is dispatched
 * from its responders).
 */
export function RequestStepButtons({
  status,
  note,
  onNote,
  onMove,
}: {
  status: RequestStatus;
  note: string;
  onNote(note: string): void;
  onMove(to: RequestStatus, extra?: Record<string, unknown>): void;
}) {
  const { t } = useT();
  const [rating, setRating] = useState(5);
  return (
    <div class="form-row">
      <LabelledInput name="note" label={t('service.note')} value={note} onInput={onNote} />
      {status === 'dispatched' && (
        <button type="button" class="primary" onClick={() => onMove('accepted')}>
          {t('service.accept')}
        </button>
      )}
      {status === 'accepted' && (
        <button type="button" class="primary" onClick={() => onMove('resolved')}>
          {t('service.resolve')}
        </button>
      )}
      {status === 'resolved' && (
        <>
          <label>
            {t('service.rating')}
            <select name="rating" value={rating} onChange={(e) => setRating(Number(e.currentTarget.value))}>
              {[5, 4, 3, 2, 1].map((n) => (
                <option key={n} value={n}>
                  {'★'.repeat(n)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="primary" onClick={() => onMove('closed', { rating })}>
            {t('service.feedback')}
          </button>
        </>
      )}
    </div>
  );
}
