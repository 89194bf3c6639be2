import { useT } from '../../i18n/i18n';
import type { HeldRow, LinkedRow } from './import-report';

/** The rows held for review, each with its line and reason (nothing when none was held). */
export function HeldRows({ rows }: { rows: HeldRow[] }) {
  const { t } = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('import.review')}</h3>
      <ul class="small">
        {rows.map((r) => (
          <li key={r.position}>
            {r.line ? `${t('import.line')} ${r.line} · ` : ''}
            {r.name ?? r.position}：{r.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The incoming enterprises linked to ones the graph has (nothing when none was). */
export function LinkedRows({ rows }: { rows: LinkedRow[] }) {
  const { t } = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('import.linked')}</h3>
      <ul class="small">
        {rows.map((l) => (
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
  );
}
