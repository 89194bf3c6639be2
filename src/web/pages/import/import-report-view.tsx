import { useT } from '../../i18n/i18n';
import { reasonLabel } from '../../i18n/import-reasons';
import { ImportPlacementsView } from './import-placements-view';
import type { ImportReport } from './import-report';
import { HeldRows, LinkedRows } from './import-report-lists';
import { RejectedRows, SectionCounts } from './import-report-tables';

/**
 * An import's report: what each section received and imported, every rejected row with its line
 * and reason, and the enterprises placed on the chains or queued (`onReview` opens the queue).
 */
export function ImportReportView({ report, onReview }: { report: ImportReport; onReview?(): void }) {
  const tr = useT();
  const { t } = tr;
  return (
    <section class="panel import-report" aria-label={t('import.report')}>
      <h2>
        {t('import.report')}
        {report.dryRun && ` · ${t('import.dryRun')}`}
      </h2>
      <SectionCounts counts={report.counts} />
      {report.notes.length > 0 && (
        <ul class="small">
          {report.notes.map((n) => (
            <li key={n}>{reasonLabel(n, tr)}</li>
          ))}
        </ul>
      )}
      {report.placements && <ImportPlacementsView placements={report.placements} onReview={onReview} />}
      <RejectedRows rejected={report.rejected} total={report.totals?.rejected ?? report.rejected.length} />
      <HeldRows rows={report.review} />
      {report.linked && <LinkedRows rows={report.linked} />}
    </section>
  );
}
