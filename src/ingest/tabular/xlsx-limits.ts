/**
 * How large a workbook an import reads. A park's roster (a few thousand enterprises, people and
 * ties; a few 10k rows at most) fits with room to spare; a file past a limit is refused with a
 * message naming the limit, before it can hold a process for long (an XLSX of 1.5 MB can expand
 * to 300k rows).
 */
export interface XlsxLimits {
  /** Rows per sheet, the header row not counted. */
  maxRows: number;
  /** Columns per sheet. */
  maxColumns: number;
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
  /** The parts of the zip, uncompressed, as the zip declares them (a zip bomb is refused unread). */
  maxUncompressedBytes: number;
  /** How long reading may take before it is given up. */
  maxMs: number;
  /** Heap of the thread that reads it (MB): past it the thread stops, not the server. */
  maxHeapMb: number;
}

export const XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxRows: 100_000,
  maxColumns: 200,
  maxCells: 1_000_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxMs: 120_000,
  maxHeapMb: 1_024,
});

/** A workbook past one of the limits: the message says which and what to do. */
export class XlsxTooLarge extends Error {
  override readonly name = 'XlsxTooLarge';
}
