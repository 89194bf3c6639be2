import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { SquadDetail } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT, type MessageKey } from '../../i18n/i18n';

const OUTCOMES = ['contacted', 'interested', 'signed', 'landed', 'declined'] as const;

/**
 * 登记走访: the day, the lead visited, what came of it, who went (the squad's members, when the
 * role may see them) and a note; a signing or landing is counted as the lead attracted by the API.
 */
export function LogVisitForm({ squad, onLogged }: { squad: SquadDetail; onLogged(): void }) {
  const { t } = useT();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [enterpriseId, setEnterprise] = useState(squad.leads[0]?.enterprise.id ?? '');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('contacted');
  const [visitors, setVisitors] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const { error, run } = useSubmit();
  const submit = (e: Event) => {
    e.preventDefault();
    setDone(false);
    void run(async () => {
      await post('squad-visits', { squadId: squad.id, enterpriseId, date, outcome, visitors, note });
      setDone(true);
      setNote('');
      onLogged();
    });
  };
  return (
    <form class="squad-log" aria-label={t('squads.log')} onSubmit={submit}>
      <h3>{t('squads.log')}</h3>
      <Field label={t('squads.date')} name="visit-date" type="date" value={date} onInput={setDate} required />
      <label>
        {t('squads.lead')}
        <select value={enterpriseId} required onChange={(e) => setEnterprise(e.currentTarget.value)}>
          <option value="">{t('squads.pickEnterprise')}</option>
          {squad.leads.map((l) => (
            <option key={l.id} value={l.enterprise.id}>
              {l.enterprise.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('squads.outcome')}
        <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as (typeof OUTCOMES)[number])}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`squads.outcome.${o}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {squad.members.length > 0 && (
        <fieldset>
          <legend>{t('squads.visitors')}</legend>
          {squad.members.map((m) => (
            <label key={m.id} class="inline">
              <input
                type="checkbox"
                checked={visitors.includes(m.id)}
                onChange={(e) =>
                  setVisitors(e.currentTarget.checked ? [...visitors, m.id] : visitors.filter((v) => v !== m.id))
                }
              />
              {m.name}
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('squads.note')} name="visit-note" value={note} onInput={setNote} maxLength={2000} />
      <button type="submit" disabled={!enterpriseId}>
        {t('squads.log')}
      </button>
      {done && <span class="notice">{t('squads.logged')}</span>}
      <ErrorNote error={error} />
    </form>
  );
}
