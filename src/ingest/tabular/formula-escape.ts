/**
 * CSV / formula injection (OWASP "CSV Injection"): a spreadsheet reads a cell that starts with
 * = + - @ TAB or CR as a formula, so an enterprise named `=cmd|' /C calc'!A0` would run when a
 * park's staff open the export. Such cells are written with a leading `'` (which a spreadsheet
 * shows as text and does not display), and import takes that quote off again, so a value survives
 * export and re-import unchanged.
 *
 * A value that already starts with quotes before such a character gets one quote more, so that
 * unescaping (one quote off) gives it back exactly: `'=x` is written `''=x`.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/u;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/u;

/** `=1+1` → `'=1+1`; other text as it is. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** `'=1+1` → `=1+1`: what escapeFormula wrote, read back; other text as it is. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** Cells written escaped start with a quote: CSV writers quote them as well, as OWASP advises. */
export const ESCAPED_CELL = /^'/u;
