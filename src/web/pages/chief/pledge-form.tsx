import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT } from '../../i18n/i18n';
import { newId } from '../../api/new-id';

/**
 * 新增实事: a chain committee pledges an item for the year in the region chosen above (the item,
 * who answers for it, the figure pledged, by when); the API refuses a region outside the key's.
 */
export function PledgeForm({ chain, region, onPledged }: { chain: string; region: string; onPledged(): void }) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [owner, setOwner] = useState('');
  const [target, setTarget] = useState('');
  const [dueDate, setDueDate] = useState('');
  const { busy, error, run } = useSubmit();
  if (!region) return <p class="small muted">{t('chief.pledgeRegionFirst')}</p>;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      await post('pledges', {
        id: newId('pledge'),
        title,
        year: Number(year),
        owner,
        regionId: region,
        chainId: chain,
        ...(target.trim() ? { target: target.trim() } : {}),
        ...(dueDate ? { dueDate } : {}),
      });
      setTitle('');
      setTarget('');
      setDueDate('');
      onPledged();
    });
  };
  return (
    <form class="form-row pledge-form" aria-label={t('chief.addPledge')} onSubmit={submit}>
      <Field label={t('chief.pledge')} name="pledge-title" value={title} onInput={setTitle} maxLength={200} required />
      <Field
        label={t('chief.pledgeYear')}
        name="pledge-year"
        type="number"
        min={2000}
        max={2100}
        value={year}
        onInput={setYear}
        required
      />
      <Field label={t('chief.owner')} name="pledge-owner" value={owner} onInput={setOwner} maxLength={200} required />
      <Field label={t('chief.target')} name="pledge-target" value={target} onInput={setTarget} maxLength={200} />
      <Field label={t('chief.dueDate')} name="pledge-due" type="date" value={dueDate} onInput={setDueDate} />
      <button type="submit" disabled={busy}>
        {t('chief.addPledge')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
