import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { ActionProjectItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { projectStatusLabel, sheetPlace } from './lists-labels';
import { projectsSheet } from './lists-sheets';
import { useSubmit } from '../../components/use-submit';

interface ProjectsAnswer {
  items: ActionProjectItem[];
  done: number;
  overdue: number;
  meanProgress: number;
}

/** A project's progress, changed in its row (PATCH /lists/projects/:id). */
function ProgressCell({ project, onSaved }: { project: ActionProjectItem; onSaved(): void }) {
  const { t } = useT();
  const [value, setValue] = useState(String(project.progress));
  const { busy, error, run } = useSubmit();
  const save = () =>
    run(async () => {
      await call('PATCH', `lists/projects/${encodeURIComponent(project.id)}`, { body: { progress: Number(value) } });
      onSaved();
    });
  return (
    <span class="progress-cell">
      <progress max={100} value={project.progress} aria-label={t('lists.progress')} />
      <input
        type="number"
        min={0}
        max={100}
        value={value}
        aria-label={`${t('lists.progress')} ${project.name}`}
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
      />
      <button type="button" disabled={busy} onClick={() => void save()}>
        {t('lists.saveProgress')}
      </button>
      <ErrorNote error={error} />
    </span>
  );
}

/** 项目清单 of a region and chain: soonest due first, each with its progress (updated in its row). */
export function ProjectsList({ region, chain }: { region: string; chain: string }) {
  const view = useT();
  const { t } = view;
  const projects = useApi<ProjectsAnswer>('lists/projects', {
    region: region || undefined,
    chain: chain || undefined,
  });
  return (
    <section class="panel" aria-label={t('lists.projects')}>
      <h2>{t('lists.projects')}</h2>
      <LoadedView loaded={projects}>
        {(data) => (
          <>
            <p class="small muted">
              {view.number(data.items.length)} · {t('lists.done')} {view.number(data.done)} · {t('lists.overdue')}{' '}
              {view.number(data.overdue)} · {t('lists.meanProgress')} {view.number(data.meanProgress)}%
            </p>
            <div class="actions list-actions">
              <ExportButton sheet={projectsSheet(data.items, sheetPlace(data.items, region, chain))} />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(p) => p.id}
              rowClass={(p) => (p.overdue ? 'overdue' : '')}
              tableClass="lists-projects"
              empty={t('none')}
              columns={[
                { head: t('lists.project'), cell: (p) => p.name },
                { head: t('lists.owner'), cell: (p) => p.department?.name ?? p.owner?.name ?? '' },
                {
                  head: t('lists.due'),
                  cell: (p) => (p.dueDate ? view.date(p.dueDate) : '') + (p.overdue ? ` · ${t('lists.overdue')}` : ''),
                },
                {
                  head: t('lists.state'),
                  cell: (p) => <span class="project-status">{projectStatusLabel(t, p.status)}</span>,
                },
                {
                  head: t('lists.milestones'),
                  cell: (p) => p.milestones.map((m) => `${m.title}${m.done ? ' ✓' : ''}`).join('、'),
                },
                {
                  head: t('lists.progress'),
                  cell: (p) => <ProgressCell key={`${p.id}-${p.progress}`} project={p} onSaved={projects.reload} />,
                },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}
