/**
 * CSV (RFC 4180: comma-separated, fields quoted with `"`, `""` for a quote inside, quoted fields
 * may span lines) read record by record, each with the file line it starts on; a record whose
 * quoting is broken is set aside with its line and why, and reading goes on at the next line.
 *
 * Why not csv-parse: after a stray opening quote it reads the rest of the file as one field and
 * fails at the last line (one `"` in row 52 of 200 named line 201 and lost every row); its
 * skip_records_with_error then resumes inside that field, and the errors cascade. Here a quote
 * left open at the end of the file, or closed and followed by something other than a comma or a
 * line end, rejects the line where the record began, and reading starts again on the line after,
 * so the other rows land.
 */

export interface CsvRecord {
  /** The file line (1-based) the record starts on. */
  line: number;
  cells: string[];
}

export interface BrokenCsvRecord {
  line: number;
  reason: string;
}

export interface CsvRecords {
  records: CsvRecord[];
  broken: BrokenCsvRecord[];
}

class BrokenQuoting extends Error {}

/** Every record of `text` (a leading BOM ignored; empty lines skipped), and the broken ones apart. */
export function readCsvRecords(text: string): CsvRecords {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const records: CsvRecord[] = [];
  const broken: BrokenCsvRecord[] = [];
  let at = 0;
  while (at < source.length) {
    const line = lineAt(at);
    try {
      const { cells, next } = readRecord(source, at);
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line, cells });
      at = next;
    } catch (error) {
      if (!(error instanceof BrokenQuoting)) throw error;
      broken.push({ line, reason: error.message });
      // start again on the line after the one the broken record began on
      at = lineStarts[line] ?? source.length;
    }
  }
  return { records, broken };
}

/** One record from `start`: its cells and where the next one starts. Throws BrokenQuoting. */
function readRecord(source: string, start: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let at = start;
  for (;;) {
    let cell = '';
    if (source[at] === '"') {
      at += 1;
      for (;;) {
        const close = source.indexOf('"', at);
        if (close < 0)
          throw new BrokenQuoting('a quote (") opens a field here and is never closed; double a quote inside a field');
        cell += source.slice(at, close);
        if (source[close + 1] === '"') {
          cell += '"';
          at = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      const after = source[at];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r')
        throw new BrokenQuoting(
          `a quoted field is followed by "${after}" instead of a comma or the line's end; double a quote inside a field`,
        );
    } else {
      let end = at;
      while (end < source.length && source[end] !== ',' && source[end] !== '\n' && source[end] !== '\r') end++;
      cell = source.slice(at, end);
      if (cell.includes('"'))
        throw new BrokenQuoting(
          'a quote (") inside a field that does not start with one; quote the field and double it',
        );
      at = end;
    }
    cells.push(cell);
    const c = source[at];
    if (c === ',') {
      at += 1;
      continue;
    }
    if (c === '\r' && source[at + 1] === '\n') at += 2;
    else if (c === '\r' || c === '\n') at += 1;
    return { cells, next: at };
  }
}
