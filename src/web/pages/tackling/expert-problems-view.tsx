import { useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { Page, ProblemFit, SearchHit } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { SearchForm } from '../../components/search-form';
import { useT } from '../../i18n/i18n';
import { expertProblemsSheet } from './assignment-sheets';
import { ExpertLoadLine } from './expert-load-line';

/** How many of an expert's ranked problems the page shows (the API pages through the rest). */
const SHOWN = 20;

/**
 * 专家的难题: a university liaison finds an expert by name (or skill) and sees the published
 * problems ranked for them, each with its score and reasons, exportable.
 */
export function ExpertProblemsView({
  personId,
  onPick,
  onOpen,
}: {
  personId: string;
  onPick(id: string): void;
  onOpen(problemId: string): void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const find = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: text.trim(), kind: 'Person', limit: 10 });
      setHits(answer.body.items);
      if (answer.body.items.length === 1) onPick(answer.body.items[0]!.id);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <section class="panel expert-problems" aria-label={t('tackling.viewExpert')}>
      <h2>{t('tackling.viewExpert')}</h2>
      <SearchForm name="expert" label={t('expertProblems.search')} value={text} onInput={setText} onSubmit={find} />
      <ErrorNote error={error} />
      {hits && hits.length === 0 && <p class="muted empty-why">{t('expertProblems.noHits')}</p>}
      {hits && hits.length > 0 && (
        <ul class="plain expert-hits" aria-label={t('expertProblems.pick')}>
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                class={`list-item ${h.id === personId ? 'selected' : ''}`}
                data-person={h.id}
                onClick={() => onPick(h.id)}
              >
                {h.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {personId ? (
        <ProblemsForExpert personId={personId} onOpen={onOpen} />
      ) : (
        <p class="muted">{t('expertProblems.hint')}</p>
      )}
    </section>
  );
}

function ProblemsForExpert({ personId, onOpen }: { personId: string; onOpen(problemId: string): void }) {
  const { t } = useT();
  const person = useApi<{ name: string; maxLoad?: number }>(`people/${encodeURIComponent(personId)}`);
  const fits = useApi<Page<ProblemFit>>(`people/${encodeURIComponent(personId)}/problems`, { limit: SHOWN });
  const name = person.state === 'ready' ? person.data.name : '';
  return (
    <section aria-label={t('expertProblems.for')}>
      <h3>
        {t('expertProblems.for')}
        {name && `：${name}`}
      </h3>
      {person.state === 'ready' && (
        <ExpertLoadLine personId={personId} name={name || personId} maxLoad={person.data.maxLoad} />
      )}
      <LoadedView loaded={fits}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="muted empty-why">{t('expertProblems.empty')}</p>
          ) : (
            <>
              <div class="actions list-actions">
                <ExportButton sheet={expertProblemsSheet(name || personId, page.items)} />
              </div>
              <ol class="candidates">
                {page.items.map((fit) => (
                  <li key={fit.problemId} class="candidate" data-problem={fit.problemId}>
                    <div class="candidate-head">
                      <button
                        type="button"
                        class="link-like problem-link candidate-name"
                        onClick={() => onOpen(fit.problemId)}
                      >
                        {fit.title}
                      </button>
                      <ScoreBar score={fit.score} />
                    </div>
                    {fit.postedBy && (
                      <div class="small muted">
                        {t('expertProblems.postedBy')}：{fit.postedBy}
                      </div>
                    )}
                    <ReasonList zh={fit.reasons.zh} en={fit.reasons.en} />
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </LoadedView>
    </section>
  );
}
