import type { RequestCall, ServiceRequest } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useNotedStep } from '../../components/use-noted-step';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { CALL_STEP } from './request-steps';

type CallStep = 'accepted' | 'reported' | 'closed';

/** Where each of a department's steps may start (as the API holds it: 报到 may be repeated, as progress). */
const FROM: Record<CallStep, readonly string[]> = {
  accepted: ['called'],
  reported: ['called', 'accepted', 'reported'],
  closed: ['reported'],
};
const LABEL: Record<CallStep, MessageKey> = { accepted: 'dept.accept', reported: 'dept.report', closed: 'dept.close' };
const OPEN = ['raised', 'dispatched', 'accepted'];

/**
 * 吹哨报到: the departments called to a request, who has reported (报到) and who has not, and each
 * one's own steps (接单, 报到, 销号) for park staff, or for the department's own key on its own part.
 */
export function DepartmentCalls({
  request: r,
  path,
  onMoved,
}: {
  request: ServiceRequest;
  path: string;
  onMoved(): void;
}) {
  const { t, date } = useT();
  const { may, me } = useSession();
  const { note, setNote, error, send } = useNotedStep();
  if (r.departments.length === 0) return null;
  const mine = (c: RequestCall) => me.role !== 'responder' || me.departmentId === c.departmentId;
  const stepsOf = (c: RequestCall) =>
    may(CALL_STEP) && mine(c) && OPEN.includes(r.status)
      ? (Object.keys(FROM) as CallStep[]).filter((to) => FROM[to].includes(c.status))
      : [];
  const step = async (c: RequestCall, to: CallStep) => {
    if (await send(`${path}/departments/${encodeURIComponent(c.departmentId)}`, { to })) onMoved();
  };
  const anyStep = r.departments.some((c) => stepsOf(c).length > 0);
  return (
    <div class="department-calls" aria-label={t('dept.calls')}>
      <h3>{t('dept.calls')}</h3>
      {r.whistle && (
        <p class={r.whistle.complete ? 'small' : 'small overdue-mark'} data-whistle>
          {t('dept.progress')} {r.whistle.reported}/{r.whistle.called}
          {r.whistle.complete
            ? ` · ${t('dept.complete')}`
            : ` · ${t('dept.waiting')}：${r.whistle.waitingFor.join('、')}`}
        </p>
      )}
      <ul class="plain">
        {r.departments.map((c) => (
          <li key={c.departmentId} data-call={c.departmentId}>
            <strong>{c.departmentName}</strong>{' '}
            <span class={`badge badge-call-${c.status}`}>{t(`call.${c.status}` as MessageKey)}</span>
            {c.reportedAt && <span class="small muted"> · {date(c.reportedAt)}</span>}
            {c.note && <span class="small"> · {c.note}</span>}
            {stepsOf(c).map((to) => (
              <button key={to} type="button" class="primary" onClick={() => void step(c, to)}>
                {t(LABEL[to])}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {anyStep && <Field label={t('service.note')} name="callNote" value={note} onInput={setNote} />}
      <ErrorNote error={error} />
    </div>
  );
}
