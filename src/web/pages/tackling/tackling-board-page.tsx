import { useState } from 'preact/hooks';
import type { Page, Problem, ProblemStatus } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { StatusBadge } from '../../components/status-badge';
import { StatusTabs } from '../../components/status-tabs';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { ProblemDetail } from './problem-detail';
import { PROBLEM_STATUSES } from './problem-steps';

/**
 * 红链技术攻坚榜: problems by status; one opened shows its candidates, consortium and workflow.
 * Filtering by chain and region needs each problem's segment and poster, which GET /problems
 * does not give yet: the filters are shown, disabled, saying so.
 */
export function TacklingBoardPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [status, setStatus] = useState<ProblemStatus | ''>((params.get('status') as ProblemStatus | null) ?? '');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState(params.get('id') ?? '');
  const problems = useApi<Page<Problem>>('problems', { limit: 1000, status: status || undefined });
  const open = (id: string) => {
    setOpenId(id);
    replaceParams('tackling', { id, status });
  };
  return (
    <div class="page">
      <h1>{t('nav.tackling')}</h1>
      <StatusTabs statuses={PROBLEM_STATUSES} value={status} onChange={setStatus} labels="problem" />
      <div class="form-row">
        <input
          type="search"
          placeholder={t('tackling.search')}
          aria-label={t('tackling.search')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <select disabled aria-label={t('tackling.chain')} title={t('tackling.filterGap')}>
          <option>{t('tackling.chain')}</option>
        </select>
        <select disabled aria-label={t('tackling.region')} title={t('tackling.filterGap')}>
          <option>{t('tackling.region')}</option>
        </select>
      </div>
      <p class="small muted">{t('tackling.filterGap')}</p>
      <LoadedView loaded={problems}>
        {(page) => {
          const wanted = text.trim().toLowerCase();
          const shown = page.items.filter(
            (p) => !wanted || [p.title, ...p.skills].some((field) => field.toLowerCase().includes(wanted)),
          );
          const current = page.items.find((p) => p.id === openId);
          return (
            <div class="master-detail">
              <ul class="problem-list plain">
                {shown.length === 0 && <li class="muted">{t('none')}</li>}
                {shown.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      class={`list-item ${p.id === openId ? 'selected' : ''}`}
                      data-problem={p.id}
                      onClick={() => open(p.id)}
                    >
                      <span class="problem-title">{p.title}</span>
                      <StatusBadge group="problem" status={p.status} />
                    </button>
                  </li>
                ))}
              </ul>
              {current && <ProblemDetail key={current.id} problem={current} onMoved={() => problems.reload()} />}
            </div>
          );
        }}
      </LoadedView>
    </div>
  );
}
