import { useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import { downloadSheet } from './download-sheet';
import type { Sheet } from './export-sheet';
import { ErrorNote } from './loaded-view';

/** A button that downloads the list beside it as Excel; disabled while the list is empty. */
export function ExportButton<Row>({ sheet, label }: { sheet: Sheet<Row>; label?: string }) {
  const { t } = useT();
  const [error, setError] = useState<Error | null>(null);
  return (
    <>
      <button
        type="button"
        class="export-button"
        disabled={sheet.rows.length === 0}
        title={t('export.title')}
        onClick={() => {
          setError(null);
          downloadSheet(sheet).catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
        }}
      >
        {label ?? t('export.excel')}
      </button>
      <ErrorNote error={error} />
    </>
  );
}
