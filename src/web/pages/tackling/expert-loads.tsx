import type { AssignedProblem } from '../../api/types';
import { useT } from '../../i18n/i18n';

interface ExpertLoad {
  personId: string;
  name: string;
  load?: number | undefined;
  maxLoad?: number | undefined;
  problems: string[];
}

/** Each seated expert once, with the problems this run gives them, most loaded first. */
export function expertLoads(problems: readonly AssignedProblem[]): ExpertLoad[] {
  const byPerson = new Map<string, ExpertLoad>();
  for (const p of problems) {
    for (const seat of p.assigned) {
      const entry = byPerson.get(seat.personId) ?? { ...seat, problems: [] };
      entry.problems.push(p.title);
      byPerson.set(seat.personId, entry);
    }
  }
  return [...byPerson.values()].sort((a, b) => (b.load ?? 0) - (a.load ?? 0) || a.name.localeCompare(b.name, 'zh'));
}

/** 专家负荷: every seated expert's load against their maxLoad, and where this run seats them. */
export function ExpertLoads({ problems }: { problems: readonly AssignedProblem[] }) {
  const { t, number } = useT();
  const loads = expertLoads(problems);
  if (loads.length === 0) return null;
  return (
    <section aria-label={t('assignment.experts')}>
      <h3>{t('assignment.experts')}</h3>
      <table class="expert-loads">
        <thead>
          <tr>
            <th>{t('assignment.expert')}</th>
            <th>{t('assignment.load')}</th>
            <th>{t('assignment.seatsHere')}</th>
          </tr>
        </thead>
        <tbody>
          {loads.map((e) => (
            <tr key={e.personId} data-person={e.personId}>
              <td>{e.name}</td>
              <td>{e.load !== undefined && e.maxLoad !== undefined ? `${number(e.load)}/${number(e.maxLoad)}` : ''}</td>
              <td>{e.problems.join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
