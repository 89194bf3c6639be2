import { useState } from 'preact/hooks';
import type { RespondersAnswer, ServiceRequest } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LabelledInput } from '../../components/labelled-input';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { StatusBadge } from '../../components/status-badge';
import { useNotedStep } from '../../components/use-noted-step';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { MOVE } from './request-steps';

/** One request: who raised it, its due date, the ranked responders, and the next step of the loop. */
export function RequestDetail({ id, onMoved }: { id: string; onMoved(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const path = `requests/${encodeURIComponent(id)}`;
  const request = useApi<ServiceRequest>(path);
  const { note, setNote, error, send } = useNotedStep();
  const [rating, setRating] = useState(5);
  const mayAct = may(MOVE);

  const move = async (to: string, extra: Record<string, unknown> = {}) => {
    if (!(await send(`${path}/transitions`, { to, ...extra }))) return;
    request.reload();
    onMoved();
  };

  return (
    <LoadedView loaded={request}>
      {(r) => (
        <section class={`panel request-detail ${r.overdue ? 'overdue' : ''}`} aria-label={r.title}>
          <h2>
            {r.title} <StatusBadge group="request" status={r.status} />
          </h2>
          <p class="small">
            {t(`kind.${r.kind}` as MessageKey)}
            {r.dueAt && ` · ${t('service.due')} ${new Date(r.dueAt).toLocaleDateString()}`}
            {r.overdue && <strong class="overdue-mark"> · {t('service.overdue')}</strong>}
          </p>
          {r.description && <p>{r.description}</p>}
          {r.raisedByName && (
            <p>
              {t('service.raisedBy')}：{r.raisedByName}
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
          {!mayAct && <p class="muted">{t('service.readOnly')}</p>}
          {mayAct && r.status !== 'closed' && (
            <div class="form-row">
              <LabelledInput name="note" label={t('service.note')} value={note} onInput={setNote} />
              {r.status === 'dispatched' && (
                <button type="button" class="primary" onClick={() => void move('accepted')}>
                  {t('service.accept')}
                </button>
              )}
              {r.status === 'accepted' && (
                <button type="button" class="primary" onClick={() => void move('resolved')}>
                  {t('service.resolve')}
                </button>
              )}
              {r.status === 'resolved' && (
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
                  <button type="button" class="primary" onClick={() => void move('closed', { rating })}>
                    {t('service.feedback')}
                  </button>
                </>
              )}
            </div>
          )}
          <ErrorNote error={error} />
          {(r.status === 'raised' || r.status === 'dispatched') && (
            <Responders path={path} mayAct={mayAct} onDispatch={(assignee) => void move('dispatched', { assignee })} />
          )}
        </section>
      )}
    </LoadedView>
  );
}

function Responders({ path, mayAct, onDispatch }: { path: string; mayAct: boolean; onDispatch(id: string): void }) {
  const { t } = useT();
  const responders = useApi<RespondersAnswer>(`${path}/responders`);
  return (
    <>
      <h3>{t('service.responders')}</h3>
      <LoadedView loaded={responders}>
        {(answer) =>
          answer.status !== 'ready' || answer.responders.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ol class="candidates">
              {answer.responders.map((p) => (
                <li key={p.personId} class="candidate" data-responder={p.personId}>
                  <div class="candidate-head">
                    <span class="candidate-name">{p.name}</span>
                    <ScoreBar score={p.score} />
                    <span class="small muted">
                      {p.load.current}/{p.load.max}
                    </span>
                    {mayAct && (
                      <button type="button" class="primary" onClick={() => onDispatch(p.personId)}>
                        {t('service.dispatch')}
                      </button>
                    )}
                  </div>
                  <ReasonList zh={p.reasons.zh} en={p.reasons.en} />
                </li>
              ))}
            </ol>
          )
        }
      </LoadedView>
    </>
  );
}
