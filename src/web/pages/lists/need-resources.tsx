import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { NeedResources } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { categoryLabel, resourceKindLabel } from './lists-labels';
import { matchesSheet } from './lists-sheets';
import { useSubmit } from '../../components/use-submit';

/**
 * A need's matched resources, best first, with the score and its reasons; a match is recorded
 * from a resource's row as a resource_matched outcome (today), which counts for the lists
 * matcher's precision@k.
 */
export function NeedResourcesPanel({
  needId,
  source,
  onRecorded,
}: {
  needId: string;
  source: string;
  onRecorded(): void;
}) {
  const view = useT();
  const { t } = view;
  const scored = useScoreColumns<NeedResources['candidates'][number]>(
    (c) => c.score,
    (c) => c.reasons,
  );
  const answer = useApi<NeedResources>(`lists/needs/${encodeURIComponent(needId)}/resources`, { source });
  const [recorded, setRecorded] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const record = (resourceId: string) =>
    run(async () => {
      await post('outcomes', {
        engine: 'lists',
        subjectId: needId,
        candidateId: resourceId,
        result: 'resource_matched',
        date: new Date().toISOString().slice(0, 10),
      });
      setRecorded(resourceId);
      onRecorded();
    });
  return (
    <section class="panel" aria-label={t('lists.matches')}>
      <LoadedView loaded={answer}>
        {(data) => (
          <>
            <h2>
              {t('lists.matches')} · {data.need.enterprise.name} · {categoryLabel(t, data.need.category)}
            </h2>
            <div class="actions list-actions">
              <ExportButton sheet={matchesSheet(data)} />
            </div>
            <ErrorNote error={error} />
            <DataTable
              rows={data.candidates}
              rowKey={(c) => c.resource.id}
              tableClass="lists-matches"
              empty={t('lists.noMatches')}
              columns={[
                { head: t('lists.resource'), cell: (c) => c.resource.name },
                { head: t('lists.resourceKind'), cell: (c) => resourceKindLabel(t, c.resource.kind) },
                { head: t('lists.department'), cell: (c) => c.resource.department.name },
                ...scored,
                {
                  head: '',
                  cell: (c) =>
                    recorded === c.resource.id ? (
                      <span class="badge">{t('lists.recorded')}</span>
                    ) : (
                      <button
                        type="button"
                        disabled={busy || recorded !== null}
                        onClick={() => void record(c.resource.id)}
                      >
                        {t('lists.record')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}
