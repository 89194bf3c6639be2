import { fieldLabel } from '../../i18n/bundle-words';
import { useT } from '../../i18n/i18n';
import { reasonLabel } from '../../i18n/import-reasons';
import type { HeldRow, LinkedRow } from './import-report';

/** The rows held for review, each with its line and reason (nothing when none was held). */
export function HeldRows({ rows }: { rows: HeldRow[] }) {
  const tr = useT();
  const { t } = tr;
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('import.review')}</h3>
      <ul class="small">
        {rows.map((r) => (
          <li key={r.position}>
            {r.line ? `${t('import.line')} ${r.line} · ` : ''}
            {r.name ?? r.position}：{reasonLabel(r.reason, tr)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The incoming enterprises linked to ones the graph has (nothing when none was). */
export function LinkedRows({ rows }: { rows: LinkedRow[] }) {
  const { t, language } = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('import.linked')}</h3>
      <ul class="small">
        {rows.map((l) => (
          <li key={l.position}>
            {l.incomingName} → {l.linkedName}
            {l.evidence ? `（${l.evidence}）` : ''}
            {l.filled && l.filled.length > 0
              ? ` · ${t('import.filled')}：${l.filled.map((f) => fieldLabel(f, language)).join('、')}`
              : ''}
            {(l.conflicts ?? []).map((c) => (
              <div key={c.field}>
                {t('import.conflict')} {fieldLabel(c.field, language)}：{String(c.kept)} ≠ {String(c.incoming)}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
