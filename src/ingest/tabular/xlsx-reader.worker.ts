import { parentPort, workerData } from 'node:worker_threads';
import { XlsxTooLarge, type XlsxLimits } from './xlsx-limits';
import { readXlsxSheets } from './xlsx-sheets';

/** The thread xlsx-reader.ts starts: reads one workbook and posts its sheets, or why it could not. */
const { bytes, limits } = workerData as { bytes: Uint8Array; limits: XlsxLimits };
readXlsxSheets(bytes, limits).then(
  (sheets) => parentPort!.postMessage({ sheets }),
  (error: unknown) =>
    parentPort!.postMessage({
      error: error instanceof Error ? error.message : String(error),
      tooLarge: error instanceof XlsxTooLarge,
    }),
);
