import { useState } from 'preact/hooks';
import type { DepartmentList, RespondersAnswer, ServiceRequest } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { ReasonList } from '../../components/reasons';
import { useNotedStep } from '../../components/use-noted-step';
import { useT } from '../../i18n/i18n';

/**
 * 派单到部门 / 吹哨: pick one department or several and call them to the request at once; the
 * ranking's departments (by remit, place and load) come first, with their reasons, checked.
 */
export function DepartmentWhistle({
  request: r,
  path,
  onMoved,
}: {
  request: ServiceRequest;
  path: string;
  onMoved(): void;
}) {
  const { t } = useT();
  const departments = useApi<DepartmentList>('departments');
  const ranked = useApi<RespondersAnswer>(`${path}/responders`);
  const suggested = ranked.state === 'ready' && ranked.data.status === 'ready' ? ranked.data.departments : [];
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const { note, setNote, error, send } = useNotedStep();
  const called = new Set(r.departments.map((c) => c.departmentId));
  const picked = chosen ?? new Set(suggested.slice(0, 2).map((d) => d.departmentId));
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const blow = async () => {
    if (await send(`${path}/whistle`, { departments: [...picked].filter((id) => !called.has(id)) })) {
      setChosen(new Set());
      onMoved();
    }
  };
  return (
    <form
      class="department-whistle"
      aria-label={t('dept.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void blow();
      }}
    >
      <h3>{t('dept.title')}</h3>
      <LoadedView loaded={departments}>
        {({ items }) => {
          const rank = (id: string) => {
            const at = suggested.findIndex((d) => d.departmentId === id);
            return at < 0 ? suggested.length : at;
          };
          const open = items.filter((d) => !called.has(d.id)).sort((a, b) => rank(a.id) - rank(b.id));
          if (open.length === 0) return <p class="muted">{t('dept.noDepartments')}</p>;
          return (
            <fieldset>
              <legend>{t('dept.pick')}</legend>
              {open.map((d) => {
                const fit = suggested.find((s) => s.departmentId === d.id);
                return (
                  <label key={d.id} class="department-choice" data-department={d.id}>
                    <input type="checkbox" checked={picked.has(d.id)} onChange={() => toggle(d.id)} />
                    {d.name}
                    {fit && <span class="badge">{t('dept.suggested')}</span>}
                    <span class="small muted">
                      {' '}
                      {d.regionName ?? ''} · {t('dept.load')} {d.load.current}/{d.load.max}
                    </span>
                    {fit && <ReasonList zh={fit.reasons.zh} en={fit.reasons.en} />}
                  </label>
                );
              })}
            </fieldset>
          );
        }}
      </LoadedView>
      <Field label={t('service.note')} name="whistleNote" value={note} onInput={setNote} />
      <button type="submit" class="primary" disabled={[...picked].every((id) => called.has(id))}>
        {t('dept.whistle')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
