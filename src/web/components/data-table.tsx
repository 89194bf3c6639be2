import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/i18n';
import { ReasonList, ScoreBar } from './reasons';

/** A column of a DataTable: its heading and what a row shows in it. */
export interface Column<T> {
  head: string;
  cell(row: T): ComponentChildren;
  class?: string;
}

/**
 * A list as the pages show one: a table with a heading per column, or, when there are no rows,
 * the sentence that says why (`empty`) — never an empty table.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  empty,
  tableClass,
  rowClass,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string;
  empty: ComponentChildren;
  tableClass: string;
  rowClass?(row: T): string;
}) {
  if (rows.length === 0) return <p class="muted">{empty}</p>;
  return (
    <table class={tableClass}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i}>{c.head}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} class={rowClass?.(row) ?? ''}>
            {columns.map((c, i) => (
              <td key={i} class={c.class ?? ''}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The two columns every ranked list ends with: the score as a bar, and its reasons in the page's language. */
export function useScoreColumns<T>(
  score: (row: T) => number,
  reasons: (row: T) => { zh: string[]; en: string[] },
): Column<T>[] {
  const { t } = useT();
  return [
    { head: t('score'), cell: (row) => <ScoreBar score={score(row)} /> },
    {
      head: t('reasons'),
      cell: (row) => {
        const r = reasons(row);
        return <ReasonList zh={r.zh} en={r.en} />;
      },
    },
  ];
}
