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
import { MOVE, WHISTLE } from './request-steps';
import { DepartmentCalls } from './department-calls';
import { DepartmentWhistle } from './department-whistle';

/** One request: who raised it, its due date, the ranked responders, its departments (吹哨报到), and the next step of the loop. */
export function RequestDetail({ id, onMoved }: { id: string; onMoved(): void }) {
  const { t } = useT();
  const { may, me } = useSession();
  const path = `requests/${encodeURIComponent(id)}`;
  const request = useApi<ServiceRequest>(path);
  const { note, setNote, error, send } = useNotedStep();
  const mayAct = may(MOVE);
  // which steps the key's role may take from a status (GET /me): a responder accepts and resolves only
  // and only on the requests dispatched to them
  const mayStep = (to: RequestStatus, r: ServiceRequest) =>
    mayAct &&
    (me.requestSteps[to] ?? []).includes(r.status) &&
    (me.role !== 'responder' || (me.personId !== undefined && r.assignedTo === me.personId));

  const changed = () => {
    request.reload();
    onMoved();
  };
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
          {(['accepted', 'resolved', 'closed'] as const).some((to) => mayStep(to, r)) && (
            <RequestStepButtons
              status={r.status}
              note={note}
              onNote={setNote}
              onMove={(to, extra) => void move(to, extra)}
            />
          )}
          <ErrorNote error={error} />
          <DepartmentCalls request={r} path={path} onMoved={changed} />
          {may(WHISTLE) && ['raised', 'dispatched', 'accepted'].includes(r.status) && (
            <DepartmentWhistle request={r} path={path} onMoved={changed} />
          )}
          {(r.status === 'raised' || r.status === 'dispatched') && (
            <Responders
              path={path}
              mayAct={mayStep('dispatched', r)}
              onDispatch={(assignee) => void move('dispatched', { assignee })}
            />
          )}
          {mayStep('dispatched', r) && (
            <ManualDispatch onDispatch={(assignee) => void move('dispatched', { assignee })} />
          )}
        </section>
      )}
    </LoadedView>
  );
}
