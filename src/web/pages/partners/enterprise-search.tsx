import { useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { ErrorNote } from '../../components/loaded-view';
import { SearchForm } from '../../components/search-form';
import { useT } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/**
 * Finds an enterprise by any of its names: full name, short name (镇江船厂) or alias, fuzzy, as
 * the API's search does. One result is opened at once; several are listed to choose from.
 */
export function EnterpriseSearch({ initial, onPick }: { initial: string; onPick(hit: SearchHit): void }) {
  const { t } = useT();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const search = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: text.trim(), kind: 'Enterprise', limit: 10 });
      setHits(answer.body.items);
      const [best, second] = answer.body.items;
      // a name that fits one enterprise far better than any other is that enterprise
      if (best && (!second || best.score >= 2 * second.score)) onPick(best);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  return (
    <div>
      <SearchForm name="enterprise" label={t('partners.search')} value={text} onInput={setText} onSubmit={search} />
      <ErrorNote error={error} />
      {hits && hits.length > 1 && (
        <div class="hits" aria-label={t('partners.results')}>
          {hits.map((hit) => (
            <button type="button" key={hit.id} class="chip" onClick={() => onPick(hit)}>
              {hit.name}
              <SyntheticBadge synthetic={hit.synthetic} />
            </button>
          ))}
        </div>
      )}
      {hits && hits.length === 0 && <p class="muted">{t('none')}</p>}
    </div>
  );
}
