import type { TalentCatalogue } from '../../api/types';
import { ExportButton } from '../../components/export-button';
import { useT, type MessageKey } from '../../i18n/i18n';
import { catalogueSheet } from './talent-sheets';

/** 急需紧缺人才目录: the chain's open needs by role, scarcest first, with the filled ones' days to fill. */
export function CatalogueView({ data }: { data: TalentCatalogue }) {
  const { t, number } = useT();
  return (
    <section class="panel" aria-label={t('talent.catalogue')}>
      <h2>{t('talent.catalogue')}</h2>
      <p class="small muted summary">
        {data.openNeeds} {t('talent.openNeeds')} · {data.headcount} {t('talent.headcount')} · {data.filled.needs}{' '}
        {t('talent.filled')}
        {data.filled.medianDaysToFill !== null &&
          ` · ${t('talent.medianDays')} ${number(data.filled.medianDaysToFill, 1)}`}
      </p>
      <div class="actions list-actions">
        <ExportButton sheet={catalogueSheet(data)} />
      </div>
      {data.entries.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <table class="catalogue">
          <thead>
            <tr>
              <th>{t('talent.role')}</th>
              <th>{t('talent.level')}</th>
              <th>{t('talent.headcount')}</th>
              <th>{t('talent.skills')}</th>
              <th>{t('talent.enterprises')}</th>
              <th>{t('talent.longestOpen')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.role}>
                <td>{e.role}</td>
                <td>{t(`talent.level.${e.level}` as MessageKey)}</td>
                <td>{number(e.headcount, 0)}</td>
                <td>{e.skills.map((s) => s.skill).join('、')}</td>
                <td>{e.enterprises.map((x) => x.name).join('、')}</td>
                <td>{number(e.longestOpenDays, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
