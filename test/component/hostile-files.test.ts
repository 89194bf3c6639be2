import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { createApp } from '../../src/api/app';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { readXlsx } from '../../src/ingest/tabular/read-tabular';
import { bundleToSheets, sheetsToXlsx } from '../../src/ingest/tabular/write-tabular';
import { XLSX_LIMITS } from '../../src/ingest/tabular/xlsx-limits';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

/** Probes a URL every 50 ms from 'ready' until told to stop, then posts each probe's [ms, status or error]. */
const PROBE_HEALTHZ = `
const { parentPort, workerData } = require('node:worker_threads');
let stop = false;
parentPort.once('message', () => { stop = true; });
(async () => {
  // the first fetch of a thread loads its HTTP client: not a figure of the server
  await fetch(workerData.url);
  parentPort.postMessage('ready');
  const probes = [];
  while (!stop) {
    const started = performance.now();
    const status = await fetch(workerData.url).then((r) => r.status, (e) => e.message);
    probes.push([performance.now() - started, status]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  parentPort.postMessage(probes);
})();
`;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook that is small on the wire and large once read: one sheet of `rows` rows of one short cell. */
async function expandingWorkbook(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(['编号']).commit();
  for (let i = 1; i <= rows; i++) sheet.addRow(['e-1']).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** A park with one region, for enterprise rows to land in. */
async function emptyPark(): Promise<MemoryGraphStore> {
  const store = await MemoryGraphStore.open();
  await importBundle(store, {
    format: 'redchain-bundle/1',
    regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
  });
  return store;
}

describe('hostile CSV files', () => {
  test('when row 52 of a 200-row CSV has a stray quote, then that row is rejected naming its own line and the other 199 land', async () => {
    const store = await emptyPark();
    const lines = ['编号,名称,地区'];
    for (let row = 1; row <= 200; row++)
      lines.push(
        row === 52 ? `e-${row},"镇江第${row}船舶配套有限公司,r-zj` : `e-${row},镇江第${row}船舶配套有限公司,r-zj`,
      );
    const report = await importFile(store, { name: '企业.csv', content: Buffer.from(lines.join('\r\n')) });
    // the header is line 1, so data row 52 is line 53
    expect(report.rejected).toEqual([
      {
        section: 'enterprises',
        position: 'enterprises line 53',
        line: 53,
        field: 'row',
        reason: 'a quote (") opens a field here and is never closed; double a quote inside a field',
      },
    ]);
    expect(report.counts.enterprises).toEqual({ received: 200, imported: 199, rejected: 1, held: 0 });
    expect(await store.getNode('Enterprise', 'e-52')).toBeNull();
    for (const id of ['e-1', 'e-51', 'e-53', 'e-200']) expect(await store.getNode('Enterprise', id)).not.toBeNull();
  });

  test.each([
    [
      'UTF-16 LE with its byte order mark',
      (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
      ' (LE, by its byte order mark)',
    ],
    [
      'UTF-16 BE with its byte order mark',
      (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(),
      ' (BE, by its byte order mark)',
    ],
    ['UTF-16 LE without one', (text: string) => Buffer.from(text, 'utf16le'), ''],
  ])(
    'when a CSV is %s, then the file is refused naming the encoding and nothing is written',
    async (_, encode, how) => {
      const store = await emptyPark();
      const csv = ['编号,名称,地区', 'e-1,镇江甲有限公司,r-zj', 'e-2,镇江乙有限公司,r-zj'].join('\r\n');
      await expect(importFile(store, { name: '企业.csv', content: encode(csv) })).rejects.toThrow(
        `file 企业.csv is UTF-16${how}, not UTF-8: save it as UTF-8 (in Excel: CSV UTF-8) and send it again`,
      );
      expect(await store.countNodes('Enterprise')).toBe(0);
    },
  );

  test('when a CSV has the same column twice, then the file is refused naming the column, not read with the last value winning', async () => {
    const store = await emptyPark();
    const csv = ['编号,名称,地区,编号', 'e-1,镇江甲有限公司,r-zj,e-9'].join('\n');
    await expect(importFile(store, { name: '企业.csv', content: Buffer.from(csv) })).rejects.toThrow(
      'file sheet "企业.csv": the column "编号" appears twice (columns 1 and 4); keep one',
    );
    expect(await store.countNodes('Enterprise')).toBe(0);
    // two names of one field, as a registry export has (所属园区, 行政区划代码), are still read
    const names = ['编号,名称,所属园区,地区', 'e-1,镇江甲有限公司,,r-zj'].join('\n');
    const report = await importFile(store, { name: '企业.csv', content: Buffer.from(names) });
    expect(report.counts.enterprises).toMatchObject({ received: 1, imported: 1 });
  });

  test('when the header row itself has broken quoting, then the file is refused naming line 1', async () => {
    const store = await emptyPark();
    await expect(
      importFile(store, { name: '企业.csv', content: Buffer.from('编号,"名称,地区\ne-1,镇江甲有限公司,r-zj\n') }),
    ).rejects.toThrow('企业.csv line 1 (the header row): a quote (") opens a field here and is never closed');
  });
});

describe('hostile XLSX files', () => {
  let server: Server | undefined;
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  test('when an XLSX of about 1.5 MB expands to 300k rows, then the import fails naming the row limit, and /healthz answers within 200 ms all the while', async () => {
    const workbook = await expandingWorkbook(300_000);
    expect(workbook.length).toBeGreaterThan(1_000_000);
    expect(workbook.length).toBeLessThan(2_500_000);
    const app = createApp({ api: plainApiContext(await emptyPark()), adminKey: BOOTSTRAP_ADMIN_KEY });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };

    // the probes run on a thread of their own: from the main thread they would wait out a blocked loop unseen
    const prober = new Worker(PROBE_HEALTHZ, { eval: true, workerData: { url: `${base}/healthz` } });
    let job: { state: string; error: string | null } = { state: 'waiting', error: null };
    let probes: [number, number | string][] = [];
    try {
      await new Promise((resolve) => prober.once('message', resolve));
      const accepted = await fetch(`${base}/api/v1/import?name=${encodeURIComponent('企业.xlsx')}`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': XLSX_TYPE },
        body: workbook,
      });
      expect(accepted.status).toBe(202);
      const { jobId } = (await accepted.json()) as { jobId: string };

      const deadline = Date.now() + 100_000;
      while (job.state !== 'completed' && job.state !== 'failed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = (await (await fetch(`${base}/api/v1/jobs/${jobId}`, { headers: admin })).json()) as typeof job;
      }
      const results = new Promise<typeof probes>((resolve) => prober.once('message', resolve));
      prober.postMessage('stop');
      probes = await results;
    } finally {
      await prober.terminate();
    }
    const slowest = Math.max(...probes.map(([ms]) => ms));
    console.log(
      `healthz: ${probes.length} probes while the workbook was read, slowest ${slowest.toFixed(0)} ms`,
      probes.map(([ms]) => Math.round(ms)).join(' '),
    );
    expect(job.state).toBe('failed');
    expect(job.error).toContain(
      `企业.xlsx: the sheet "企业" has more than ${XLSX_LIMITS.maxRows.toLocaleString('en')} rows; split the file`,
    );
    // probes were answered while the workbook was read, each within the 200 ms
    expect(probes.length).toBeGreaterThanOrEqual(3);
    expect([...new Set(probes.map(([, status]) => status))]).toEqual([200]);
    expect(slowest).toBeLessThan(200);
  }, 120_000);

  test('when a workbook is past the column, cell or size limit, then reading it fails naming that limit; within them it reads', async () => {
    const sheets = bundleToSheets({
      format: 'redchain-bundle/1',
      regions: [
        { id: 'r-1', name: '镇江', level: 'city' },
        { id: 'r-2', name: '镇江高新区', level: 'park', parentId: 'r-1' },
      ],
    });
    const workbook = await sheetsToXlsx(sheets);
    const regions = (await readXlsx(workbook)).find((s) => s.name === '地区');
    expect(regions!.rows.map((r) => r.cells[0])).toEqual(['r-1', 'r-2']);
    await expect(readXlsx(workbook, { ...XLSX_LIMITS, maxColumns: 3 })).rejects.toThrow(
      'the sheet "地区" has more than 3 columns; split the file',
    );
    await expect(readXlsx(workbook, { ...XLSX_LIMITS, maxCells: 10 })).rejects.toThrow(
      'the workbook has more than 10 cells; split the file',
    );
    await expect(readXlsx(workbook, { ...XLSX_LIMITS, maxUncompressedBytes: 20_000 })).rejects.toThrow(
      'the workbook expands to more than 20,000 bytes; split the file',
    );
    await expect(readXlsx(Buffer.from('not a workbook'))).rejects.toThrow('it is not a zip file');
  }, 60_000);
});
