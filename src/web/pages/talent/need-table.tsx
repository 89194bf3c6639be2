import type { TalentNeedView } from '../../api/types';
import { useT, type MessageKey } from '../../i18n/i18n';

/** Where a record came from, as people say it: 报道 000 for the seed article 000, else as stored. */
export function sourceLabel(source: string | null, article: string): string {
  const seed = source?.match(/^article:(\d{3})/);
  return seed ? `${article} ${seed[1]}` : (source ?? '');
}

/** Every need of the chain here, newest first; one opened shows its candidates. */
export function NeedTable({
  needs,
  openId,
  onOpen,
}: {
  needs: TalentNeedView[];
  openId: string;
  onOpen(id: string): void;
}) {
  const { t, date, number } = useT();
  return (
    <section class="panel" aria-label={t('talent.needs')}>
      <h2>{t('talent.needs')}</h2>
      {needs.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <table class="talent-needs">
          <thead>
            <tr>
              <th>{t('talent.role')}</th>
              <th>{t('talent.enterprise')}</th>
              <th>{t('talent.status')}</th>
              <th>{t('talent.postedAt')}</th>
              <th>{t('talent.daysOpen')}</th>
              <th>{t('talent.source')}</th>
            </tr>
          </thead>
          <tbody>
            {needs.map((n) => (
              <tr key={n.id} class={n.id === openId ? 'selected' : ''}>
                <td>
                  <button type="button" class="link-like need-title" onClick={() => onOpen(n.id)}>
                    {n.title}
                  </button>
                </td>
                <td>{n.enterprise.name}</td>
                <td>{t(`talent.status.${n.status}` as MessageKey)}</td>
                <td>{date(n.postedAt)}</td>
                <td>{number(n.daysOpen, 0)}</td>
                <td class="small muted">{sourceLabel(n.source, t('talent.article'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
