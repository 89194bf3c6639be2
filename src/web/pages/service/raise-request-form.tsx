import { useState } from 'preact/hooks';
import type { ServiceRequest } from '../../api/types';
import { Field } from '../../components/field';
import { ErrorNote } from '../../components/loaded-view';
import { useSubmit } from '../../components/use-submit';
import { useT } from '../../i18n/i18n';
import { EnterpriseLookUp, useEnterpriseLookUp } from './enterprise-look-up';
import { aWeekFromNow, raiseRequest } from './raise-request';
import { RequestKindSelect } from './request-kind-select';

/** 企业点单: a request raised for an enterprise, found by any of its names, with a due date. */
export function RaiseRequestForm({ onRaised }: { onRaised(request: ServiceRequest): void }) {
  const { t } = useT();
  const { error, setError, run } = useSubmit();
  const lookUp = useEnterpriseLookUp(setError);
  const [kind, setKind] = useState<string>('technology');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState(aWeekFromNow);
  const { raisedBy } = lookUp;

  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      if (!raisedBy) return;
      const raised = await raiseRequest({ kind, title, description, raisedBy: raisedBy.id, due });
      setTitle('');
      setDescription('');
      onRaised(raised);
    });
  };

  return (
    <form class="panel raise-form" aria-label={t('service.raise')} onSubmit={submit}>
      <h2>{t('service.raise')}</h2>
      <div class="form-row">
        <EnterpriseLookUp lookUp={lookUp} />
        <RequestKindSelect value={kind} onChange={setKind} />
      </div>
      <div class="form-row">
        <Field label={t('service.title')} name="title" value={title} onInput={setTitle} required grow />
        <Field label={t('service.dueAt')} name="due" type="date" value={due} onInput={setDue} required />
      </div>
      <label>
        {t('service.description')}
        <textarea
          name="description"
          rows={2}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </label>
      <ErrorNote error={error} />
      <button type="submit" class="primary" disabled={!raisedBy || title.trim() === ''}>
        {t('service.submit')}
      </button>
    </form>
  );
}
