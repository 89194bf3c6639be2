import { useState } from 'preact/hooks';
import { get, post } from '../../api/client';
import type { SearchHit, ServiceRequest } from '../../api/types';
import { ErrorNote } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { newRequestId, REQUEST_KINDS } from './request-steps';

/** 企业点单: a request raised for an enterprise, found by any of its names, with a due date. */
export function RaiseRequestForm({ onRaised }: { onRaised(request: ServiceRequest): void }) {
  const { t } = useT();
  const [enterprise, setEnterprise] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [raisedBy, setRaisedBy] = useState<SearchHit | null>(null);
  const [kind, setKind] = useState<string>('technology');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState(() => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  const [error, setError] = useState<Error | null>(null);

  const lookUp = async () => {
    if (!enterprise.trim()) return;
    try {
      const answer = await get<{ items: SearchHit[] }>('search', {
        q: enterprise.trim(),
        kind: 'Enterprise',
        limit: 5,
      });
      setHits(answer.body.items);
      if (answer.body.items[0]) setRaisedBy(answer.body.items[0]);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    if (!raisedBy) return;
    try {
      const answer = await post<ServiceRequest>('requests', {
        id: newRequestId(),
        kind,
        title: title.trim(),
        description: description.trim(),
        raisedBy: raisedBy.id,
        // the end of the chosen day, in the user's time zone
        dueAt: new Date(`${due}T23:59:59`).toISOString(),
      });
      setTitle('');
      setDescription('');
      onRaised(answer.body);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  return (
    <form class="panel raise-form" aria-label={t('service.raise')} onSubmit={submit}>
      <h2>{t('service.raise')}</h2>
      <div class="form-row">
        <label>
          {t('service.enterprise')}
          <input
            name="enterprise"
            value={enterprise}
            onInput={(e) => setEnterprise(e.currentTarget.value)}
            onBlur={() => void lookUp()}
          />
        </label>
        <select
          name="raisedBy"
          aria-label={t('service.raisedBy')}
          value={raisedBy?.id ?? ''}
          onChange={(e) => setRaisedBy(hits.find((h) => h.id === e.currentTarget.value) ?? null)}
        >
          <option value="">—</option>
          {hits.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
        <label>
          {t('service.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {REQUEST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-row">
        <label class="grow">
          {t('service.title')}
          <input name="title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {t('service.dueAt')}
          <input name="due" type="date" required value={due} onInput={(e) => setDue(e.currentTarget.value)} />
        </label>
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
