import { useT, type MessageKey } from '../../i18n/i18n';
import { fill } from '../../i18n/chief-words';
import type { ChiefRegion } from './chief-types';

/** One region of the chief's view: its chiefs, gaps and leads, open problems and requests, coverage. */
export function ChiefRegionCard({ region: r }: { region: ChiefRegion }) {
  const view = useT();
  const { t } = view;
  const cov = r.coverage;
  const sep = view.language === 'zh' ? '：' : ': ';
  const stalled = r.problems.filter((p) => p.stalled).length;
  const overdue = r.requests.filter((q) => q.overdue).length;
  return (
    <article class="chief-region" aria-label={r.region.name}>
      <h3>{r.region.name}</h3>
      <p>
        <strong>
          {t('chief.chiefs')}
          {sep}
        </strong>
        {r.chiefs.length === 0
          ? t('chief.noChief')
          : r.chiefs.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name)).join('、')}
      </p>
      <p>
        <strong>
          {t('chief.gaps')}
          {sep}
        </strong>
        {r.gaps.status === 'ready'
          ? (['missing', 'weak', 'ok', 'strong'] as const)
              .map(
                (s) =>
                  `${t(`chief.count.${s}` as MessageKey)} ${view.number(r.gaps.status === 'ready' ? (r.gaps.counts[s] ?? 0) : 0)}`,
              )
              .join(' · ')
          : t('chief.gapsComputing')}
      </p>
      {r.gaps.status === 'ready' && (
        <>
          <p>
            <strong>
              {t('chief.topGaps')}
              {sep}
            </strong>
            {r.gaps.gaps.length === 0
              ? t('none')
              : r.gaps.gaps
                  .map(
                    (g) =>
                      `${g.name}（${t(`chief.count.${g.status}` as MessageKey)}，${t('chief.demand')} ${view.number(g.demand)}）`,
                  )
                  .join('、')}
          </p>
          <p>
            <strong>
              {t('chief.leads')}
              {sep}
            </strong>
            {r.gaps.leads.length === 0 ? t('none') : r.gaps.leads.map((l) => l.name).join('、')}
          </p>
        </>
      )}
      <details open={stalled > 0}>
        <summary>
          {t('chief.problems')} {view.number(r.problems.length)}（{t('chief.stalled')} {view.number(stalled)}）
        </summary>
        <ul>
          {r.problems.map((p) => (
            <li key={p.id} class={p.stalled ? 'overdue' : ''}>
              {p.name}
              {p.postedBy ? ` · ${p.postedBy}` : ''}
              {p.stalled ? ` · ${t('chief.stalled')}` : ''}
            </li>
          ))}
        </ul>
      </details>
      <details open={overdue > 0}>
        <summary>
          {t('chief.requests')} {view.number(r.requests.length)}（{t('chief.overdue')} {view.number(overdue)}）
        </summary>
        <ul>
          {r.requests.map((q) => (
            <li key={q.id} class={q.overdue ? 'overdue' : ''}>
              {q.name}
              {q.raisedBy ? ` · ${q.raisedBy}` : ''}
              {q.dueAt ? ` · ${t('chief.due')} ${view.date(q.dueAt)}` : ''}
              {q.overdue ? ` · ${t('chief.overdue')}` : ''}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <strong>
          {t('chief.coverage')}
          {sep}
        </strong>
        {fill(t('chief.coverageLine'), {
          enterprises: view.number(cov.enterprises),
          covered: view.number(cov.covered),
          share: `${view.number(Math.round(cov.coverage * 100))}%`,
          orgs: view.number(cov.partyOrgs),
          instructors: view.number(cov.instructors),
          pairings: view.number(cov.pairings),
        })}
      </p>
    </article>
  );
}
