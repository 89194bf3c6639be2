import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Sheet } from './tabular-to-bundle';
import { XLSX_LIMITS, XlsxTooLarge, type XlsxLimits } from './xlsx-limits';

type Outcome = { sheets: Sheet[] } | { error: string; tooLarge: boolean };

/**
 * Every worksheet of an XLSX workbook, read in a worker thread so that the event loop keeps
 * answering (/healthz, other requests) while a big workbook is measured and built: on the main
 * thread a workbook of 300k rows held it for about 10 s. The thread has its own heap limit and a
 * time limit; past either it is stopped and the file refused. Throws XlsxTooLarge naming the
 * limit, or an Error saying why the file is not a readable workbook.
 *
 * @example const sheets = await readXlsxInWorker(buffer); // [{ name: '企业', headers, rows }]
 */
export function readXlsxInWorker(content: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<Sheet[]> {
  // compiled, the worker is a .js file beside this one; run from source (tests, tsx), a .ts file tsx loads
  const extension = path.extname(__filename);
  const worker = new Worker(path.join(__dirname, `xlsx-reader.worker${extension}`), {
    workerData: { bytes: new Uint8Array(content), limits },
    ...(extension === '.ts' ? { execArgv: ['--require', 'tsx/cjs'] } : {}),
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
  });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<Sheet[]>((resolve, reject) => {
    timer = setTimeout(
      () => reject(new XlsxTooLarge(`reading the workbook took more than ${limits.maxMs / 1000} s; split the file`)),
      limits.maxMs,
    );
    worker.once('message', (outcome: Outcome) => {
      if ('sheets' in outcome) resolve(outcome.sheets);
      else reject(outcome.tooLarge ? new XlsxTooLarge(outcome.error) : new Error(outcome.error));
    });
    worker.once('error', (error: Error & { code?: string }) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new XlsxTooLarge(`reading the workbook needs more than ${limits.maxHeapMb} MB; split the file`)
          : error,
      ),
    );
    worker.once('exit', (code) => reject(new Error(`the thread reading the workbook stopped (exit code ${code})`)));
  }).finally(() => {
    // whichever came first settled it; the timer and the thread go in every case
    clearTimeout(timer);
    void worker.terminate();
  });
}
