import { useT } from '../../i18n/i18n';
import { ImportPlacementsView, type ImportPlacements } from './import-placements-view';

interface Rejection {
  section: string;
  position: string;
  line?: number;
  id?: string;
  field: string;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  counts: Record<string, { received: number; imported: number; rejected: number; held: number }>;
  rejected: Rejection[];
  review: { position: string; line?: number; name?: string; reason: string }[];
  linked?: {
    position: string;
    incomingName: string;
    linkedTo: string;
    linkedName: string;
    evidence?: string;
    filled?: string[];
    conflicts?: { field: string; kept: unknown; incoming: unknown }[];
  }[];
  notes: string[];
  totals?: { rejected: number; review: number };
  /** 挂链: enterprises placed on the chains by the import, or queued for review. */
  placements?: ImportPlacements;
}

/**
 * An import's report: what each section received and imported, every rejected row with its line
 * and reason, and the enterprises placed on the chains or queued (`onReview` opens the queue).
 */
export function ImportReportView({ report, onReview }: { report: ImportReport; onReview?(): void }) {
  const { t } = useT();
  const sections = Object.entries(report.counts).filter(([, c]) => c.received > 0);
  return (
    <section class="panel import-report" aria-label={t('import.report')}>
      <h2>
        {t('import.report')}
        {report.dryRun && ` · ${t('import.dryRun')}`}
      </h2>
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
              <th>{section}</th>
              <td>{c.received}</td>
              <td>{c.imported}</td>
              <td>{c.rejected}</td>
              <td>{c.held}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.notes.length > 0 && (
        <ul class="small">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.placements && <ImportPlacementsView placements={report.placements} onReview={onReview} />}
      <h3>
        {t('import.rejected')} ({report.totals?.rejected ?? report.rejected.length})
      </h3>
      {report.rejected.length === 0 ? (
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
            {report.rejected.map((r) => (
              <tr key={`${r.position}:${r.field}`}>
                <td>{r.line ?? ''}</td>
                <td>
                  {r.position}
                  {r.id ? ` ${r.id}` : ''}
                </td>
                <td>{r.field}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.review.length > 0 && (
        <>
          <h3>{t('import.review')}</h3>
          <ul class="small">
            {report.review.map((r) => (
              <li key={r.position}>
                {r.line ? `${t('import.line')} ${r.line} · ` : ''}
                {r.name ?? r.position}：{r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.linked && report.linked.length > 0 && (
        <>
          <h3>{t('import.linked')}</h3>
          <ul class="small">
            {report.linked.map((l) => (
              <li key={l.position}>
                {l.incomingName} → {l.linkedName}
                {l.evidence ? `（${l.evidence}）` : ''}
                {l.filled && l.filled.length > 0 ? ` · ${t('import.filled')}：${l.filled.join('、')}` : ''}
                {(l.conflicts ?? []).map((c) => (
                  <div key={c.field}>
                    {t('import.conflict')} {c.field}：{String(c.kept)} ≠ {String(c.incoming)}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
