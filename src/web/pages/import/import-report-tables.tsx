import { fieldLabel, positionLabel, sectionLabel } from '../../i18n/bundle-words';
import { useT } from '../../i18n/i18n';
import { reasonLabel } from '../../i18n/import-reasons';
import type { ImportReport, Rejection } from './import-report';

/** What each section of the file received, imported, rejected and held. */
export function SectionCounts({ counts }: { counts: ImportReport['counts'] }) {
  const { t, language } = useT();
  const sections = Object.entries(counts).filter(([, c]) => c.received > 0);
  return (
    <table>
      <thead>
        <tr>
          <th />
          <th>{t('import.received')}</th>
          <th>{t('import.counts')}</th>
          <th>{t('import.rejected')}</th>
          <th>{t('import.review')}</th>
        </tr>
      </thead>
      <tbody>
        {sections.map(([section, c]) => (
          <tr key={section}>
            <th>{sectionLabel(section, language)}</th>
            <td>{c.received}</td>
            <td>{c.imported}</td>
            <td>{c.rejected}</td>
            <td>{c.held}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every rejected row with its line, position, field and reason; `total` counts those not listed too. */
export function RejectedRows({ rejected, total }: { rejected: Rejection[]; total: number }) {
  const tr = useT();
  const { t, language } = tr;
  return (
    <>
      <h3>
        {t('import.rejected')} ({total})
      </h3>
      {rejected.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <table class="rejected">
          <thead>
            <tr>
              <th>{t('import.line')}</th>
              <th>#</th>
              <th>{t('import.field')}</th>
              <th>{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={`${r.position}:${r.field}`}>
                <td>{r.line ?? ''}</td>
                <td>
                  {positionLabel(r.position, language)}
                  {r.id ? ` ${r.id}` : ''}
                </td>
                <td>{fieldLabel(r.field, language)}</td>
                <td>{reasonLabel(r.reason, tr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
