import type { Problem } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/** Whether a problem's title or one of its skills holds the text typed (any, when none is). */
export function matchesText(problem: Problem, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return !wanted || [problem.title, ...problem.skills].some((field) => field.toLowerCase().includes(wanted));
}

/** The board's problems, one button each with its status and poster; the open one marked. */
export function ProblemList({
  problems,
  openId,
  onOpen,
}: {
  problems: Problem[];
  openId: string;
  onOpen(id: string): void;
}) {
  const { t } = useT();
  return (
    <ul class="problem-list plain">
      {problems.length === 0 && <li class="muted">{t('none')}</li>}
      {problems.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            class={`list-item ${p.id === openId ? 'selected' : ''}`}
            data-problem={p.id}
            onClick={() => onOpen(p.id)}
          >
            <span class="problem-title">{p.title}</span>
            <SyntheticBadge synthetic={p.synthetic} />
            <StatusBadge group="problem" status={p.status} />
            {p.postedBy && <span class="small muted">{p.postedBy.name}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
