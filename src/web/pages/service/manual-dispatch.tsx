import { useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { useT } from '../../i18n/i18n';

/**
 * 指定承接人: dispatch to anyone the graph knows, found by name, skill or title — for when the
 * ranking proposes nobody, or the staff know better (a department's duty officer, a 企业秘书).
 */
export function ManualDispatch({ onDispatch }: { onDispatch(personId: string): void }) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    if (!query.trim()) return;
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: query.trim(), kind: 'Person', limit: 10 });
      setHits(answer.body.items);
      setChosen(answer.body.items[0]?.id ?? '');
      setError(null);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <form
      class="form-row manual-dispatch"
      aria-label={t('service.manualDispatch')}
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onDispatch(chosen);
        else void find();
      }}
    >
      <label>
        {t('service.manualDispatch')}
        <input
          name="responder"
          value={query}
          placeholder={t('service.manualHint')}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onBlur={() => void find()}
        />
      </label>
      {hits && hits.length === 0 && <span class="muted">{t('service.manualNone')}</span>}
      {hits && hits.length > 0 && (
        <select
          name="assignee"
          aria-label={t('service.assignee')}
          value={chosen}
          onChange={(e) => setChosen(e.currentTarget.value)}
        >
          {hits.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      )}
      <button type="submit" class="primary" disabled={!chosen}>
        {t('service.dispatch')}
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
