import type { RequestStatus, ServiceRequest } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { useNotedStep } from '../../components/use-noted-step';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { RequestFacts } from './request-facts';
import { ManualDispatch } from './manual-dispatch';
import { Responders } from './request-responders';
import { RequestStepButtons } from './request-step-buttons';
import { MOVE } from './request-steps';

/** One request: who raised it, its due date, the ranked responders, and the next step of the loop. */
export function RequestDetail({ id, onMoved }: { id: string; onMoved(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const path = `requests/${encodeURIComponent(id)}`;
  const request = useApi<ServiceRequest>(path);
  const { note, setNote, error, send } = useNotedStep();
  const mayAct = may(MOVE);

  const move = async (to: RequestStatus, extra: Record<string, unknown> = {}) => {
    if (!(await send(`${path}/transitions`, { to, ...extra }))) return;
    request.reload();
    onMoved();
  };

  return (
    <LoadedView loaded={request}>
      {(r) => (
        <section class={`panel request-detail ${r.overdue ? 'overdue' : ''}`} aria-label={r.title}>
          <RequestFacts request={r} />
          {!mayAct && <p class="muted">{t('service.readOnly')}</p>}
          {mayAct && r.status !== 'closed' && (
            <RequestStepButtons
              status={r.status}
              note={note}
              onNote={setNote}
              onMove={(to, extra) => void move(to, extra)}
            />
          )}
          <ErrorNote error={error} />
          {(r.status === 'raised' || r.status === 'dispatched') && (
            <Responders path={path} mayAct={mayAct} onDispatch={(assignee) => void move('dispatched', { assignee })} />
          )}
          {mayAct && (r.status === 'raised' || r.status === 'dispatched') && (
            <ManualDispatch onDispatch={(assignee) => void move('dispatched', { assignee })} />
          )}
        </section>
      )}
    </LoadedView>
  );
}
