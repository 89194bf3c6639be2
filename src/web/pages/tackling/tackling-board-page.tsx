import { useState } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { AssignmentView } from './assignment-view';
import { ExpertProblemsView } from './expert-problems-view';
import { ProblemBoard, type BoardChoices } from './problem-board';

/** The page's three views: the board, the global assignment (全局分配), an expert's problems. */
const VIEWS = ['board', 'assignment', 'expert'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, MessageKey> = {
  board: 'tackling.viewBoard',
  assignment: 'tackling.viewAssignment',
  expert: 'tackling.viewExpert',
};

/**
 * 红链技术攻坚榜: the board of problems; the global assignment of experts across the published
 * ones; and, for a university liaison, the problems ranked for one expert. A problem named in the
 * other views opens on the board.
 */
export function TacklingBoardPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [view, setView] = useState<View>(VIEWS.find((v) => v === params.get('view')) ?? 'board');
  const [openId, setOpenId] = useState(params.get('id') ?? '');
  const [expert, setExpert] = useState(params.get('expert') ?? '');
  // the board's filters live in the board; the address keeps the latest of each
  const [kept, setKept] = useState<BoardChoices>({
    status: params.get('status') ?? '',
    region: params.get('region') ?? '',
    chain: params.get('chain') ?? '',
  });
  const remember = (next: Partial<BoardChoices & { view: View; expert: string }>) => {
    const board = { ...kept, ...next };
    setKept(board);
    replaceParams('tackling', {
      ...board,
      id: next.id ?? openId,
      view: (next.view ?? view) === 'board' ? '' : (next.view ?? view),
      expert: next.expert ?? expert,
    } as Record<string, string>);
  };
  const show = (next: View) => {
    setView(next);
    remember({ view: next });
  };
  const open = (id: string) => {
    setOpenId(id);
    setView('board');
    remember({ id, view: 'board' });
  };
  return (
    <div class="page">
      <h1>{t('nav.tackling')}</h1>
      <div class="tabs view-tabs" role="tablist" aria-label={t('tackling.views')}>
        {VIEWS.map((v) => (
          <button
            type="button"
            role="tab"
            key={v}
            aria-selected={view === v}
            class={view === v ? 'active' : ''}
            onClick={() => show(v)}
          >
            {t(VIEW_LABELS[v])}
          </button>
        ))}
      </div>
      {view === 'board' && <ProblemBoard initial={kept} openId={openId} onOpen={open} remember={remember} />}
      {view === 'assignment' && <AssignmentView onOpen={open} />}
      {view === 'expert' && (
        <ExpertProblemsView
          personId={expert}
          onOpen={open}
          onPick={(id) => {
            setExpert(id);
            remember({ expert: id });
          }}
        />
      )}
    </div>
  );
}
