import { useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { useT } from '../../i18n/i18n';

/**
 * An enterprise found by any of its names: the name typed is looked up when the user leaves the
 * field, and the best of what it found is chosen (`raisedBy`); a failed look-up goes to `onError`.
 */
export function useEnterpriseLookUp(onError: (error: Error) => void) {
  const [enterprise, setEnterprise] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [raisedBy, setRaisedBy] = useState<SearchHit | null>(null);

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
      onError(caught as Error);
    }
  };
  const choose = (id: string) => setRaisedBy(hits.find((h) => h.id === id) ?? null);
  return { enterprise, setEnterprise, hits, raisedBy, lookUp, choose };
}

/** The enterprise's name typed, and the enterprises it found to choose from. */
export function EnterpriseLookUp({ lookUp }: { lookUp: ReturnType<typeof useEnterpriseLookUp> }) {
  const { t } = useT();
  return (
    <>
      <label>
        {t('service.enterprise')}
        <input
          name="enterprise"
          value={lookUp.enterprise}
          onInput={(e) => lookUp.setEnterprise(e.currentTarget.value)}
          onBlur={() => void lookUp.lookUp()}
        />
      </label>
      <select
        name="raisedBy"
        aria-label={t('service.raisedBy')}
        value={lookUp.raisedBy?.id ?? ''}
        onChange={(e) => lookUp.choose(e.currentTarget.value)}
      >
        <option value="">—</option>
        {lookUp.hits.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
          </option>
        ))}
      </select>
    </>
  );
}
