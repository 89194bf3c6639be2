import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../../src/ingest/tabular/write-tabular';
import type { JobRequest } from '../../src/jobs/job-definitions';
import type { JobQueue } from '../../src/jobs/job-queue';
import { importUploadedFile } from '../../src/jobs/processors/import.processor';
import type { JobContext } from '../../src/jobs/processors/processor';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { validBundle } from '../helpers/bundle-fixture';

/** A bundle without the fields the store adds, sections and list orders normalised for comparison. */
function comparable(bundle: Record<string, unknown>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [section, records] of Object.entries(bundle)) {
    if (section === 'format') continue;
    out[section] = (records as Record<string, unknown>[])
      .map((r) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(r)
              .map(([k, v]) => [k, Array.isArray(v) ? [...v].map((x) => JSON.stringify(x)).sort() : v])
              .sort(),
          ),
        ),
      )
      .sort();
  }
  return out;
}

describe('importing and exporting files', () => {
  test('when a graph is exported as JSON and imported into an empty store, then the export of that store is the same', async () => {
    const first = await MemoryGraphStore.open();
    await importBundle(first, validBundle('rt'));
    const exported = await exportBundle(first);
    const second = await MemoryGraphStore.open();
    const report = await importBundle(second, exported);
    expect(report.rejected).toEqual([]);
    expect(comparable(await exportBundle(second))).toEqual(comparable(exported));
  });

  test('when a graph is exported as XLSX and that workbook is imported, then the graph is the same', async () => {
    const first = await MemoryGraphStore.open();
    await importBundle(first, validBundle('xl'));
    const exported = await exportBundle(first);
    const workbook = await sheetsToXlsx(bundleToSheets(exported));
    const second = await MemoryGraphStore.open();
    const report = await importFile(second, { name: 'park.xlsx', content: workbook });
    expect(report.rejected).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(comparable(await exportBundle(second))).toEqual(comparable(exported));
  });

  test('when a CSV with Chinese headers and values has a bad row, then good rows import and the bad one is named by its line', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    });
    const csv = [
      '编号,名称,简称,规模,标签,地区,备注栏',
      'e-1,江苏省镇江船厂（集团）有限公司,镇江船厂,大型,高新技术企业；规上企业,r-zj,x',
      'e-2,中船动力（集团）有限公司,中船动力,特大型,,r-zj,',
      'e-3,某配套企业有限公司,,小型,专精特新,r-nowhere,',
    ].join('\n');
    const report = await importFile(store, { name: '企业.csv', content: Buffer.from(csv) });
    expect(report.counts.enterprises).toEqual({ received: 3, imported: 1, rejected: 2, held: 0 });
    expect(report.rejected).toEqual([
      expect.objectContaining({ position: 'enterprises[1]', line: 3, field: 'scale' }),
      expect.objectContaining({
        position: 'enterprises[2]',
        line: 4,
        field: 'regionId',
        reason: "no Region with id 'r-nowhere' in this bundle or the graph",
      }),
    ]);
    expect(report.notes).toEqual(['sheet "企业.csv": column "备注栏" is not a field of enterprises; it was ignored']);
    const shipyard = await store.getNode('Enterprise', 'e-1');
    expect(shipyard!.props).toMatchObject({
      name: '江苏省镇江船厂（集团）有限公司',
      aliases: ['镇江船厂'],
      scale: 'large',
      tags: ['high_tech', 'above_scale'],
    });
  });

  test('when CSV export is read back, then each kind’s file imports on its own', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, validBundle('csv'));
    const sheets = bundleToSheets(await exportBundle(store));
    const regions = sheetToCsv(sheets[0]!);
    expect(regions.startsWith('\uFEFF编号(id),来源(source),名称(name),级别(level)')).toBe(true);
    const fresh = await MemoryGraphStore.open();
    const report = await importFile(fresh, { name: 'regions.csv', content: Buffer.from(regions) });
    expect(report.counts.regions).toEqual({ received: 3, imported: 3, rejected: 0, held: 0 });
  });

  test('when a file is of a kind redchain does not read, then the error names it', async () => {
    const store = await MemoryGraphStore.open();
    await expect(importFile(store, { name: 'data.txt', content: Buffer.from('x') })).rejects.toThrow(
      'data.txt: redchain imports .json, .csv and .xlsx files',
    );
    await expect(importFile(store, { name: 'misc.csv', content: Buffer.from('a,b') })).rejects.toThrow(
      'name a CSV file after its kind',
    );
    await expect(importFile(store, { name: 'b.json', content: Buffer.from('{oops') })).rejects.toThrow(
      'b.json is not valid JSON',
    );
  });
});

describe('uploaded import files', () => {
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  const CSV = ['编号,名称,地区', 'e-1,镇江甲有限公司,r-zj'].join('\n');
  let root: string;
  beforeEach(() => (root = mkdtempSync(path.join(os.tmpdir(), 'redchain-upload-test-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A park and an app whose uploads go to `uploadDir`, with the jobs it queues held, not run. */
  async function holdingApp(uploadDir: string) {
    const store = await MemoryGraphStore.open();
    await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    });
    const held: JobRequest[] = [];
    const jobs: JobQueue = {
      kind: 'inline',
      add: async (requests) => (held.push(...requests), requests.map((_, i) => `job-${held.length + i}`)),
      status: async () => null,
      schedule: async () => undefined,
      close: async () => undefined,
    };
    const app = createApp({ api: { ...plainApiContext(store, jobs), uploadDir }, adminKey: BOOTSTRAP_ADMIN_KEY });
    return { app, store, held };
  }

  const modeOf = (file: string) => statSync(file).mode & 0o777;

  test('when a CSV is uploaded, then it waits for its job 0600 in a 0700 directory, one made or one that was 0755', async () => {
    const made = path.join(root, 'elsewhere', 'uploads');
    const loose = path.join(root, 'loose');
    mkdirSync(loose, { mode: 0o755 });
    for (const uploadDir of [made, loose]) {
      const { app, held } = await holdingApp(uploadDir);
      const res = await request(app)
        .post(`/api/v1/import?name=${encodeURIComponent('企业.csv')}`)
        .set(admin)
        .set('content-type', 'text/csv')
        .send(CSV);
      expect(res.status).toBe(202);
      const file = (held[0]!.payload as { path: string }).path;
      expect(path.dirname(file)).toBe(path.resolve(uploadDir));
      expect({ uploadDir, file: modeOf(file), dir: modeOf(uploadDir) }).toEqual({ uploadDir, file: 0o600, dir: 0o700 });
    }
  });

  test('when an import job has run, then its upload is removed, whether it imported or failed for good', async () => {
    const uploadDir = path.join(root, 'uploads');
    const store = await MemoryGraphStore.open();
    await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    });
    const app = createApp({ api: { ...plainApiContext(store), uploadDir }, adminKey: BOOTSTRAP_ADMIN_KEY });
    const finished = async (body: string | Buffer) => {
      const res = await request(app)
        .post(`/api/v1/import?name=${encodeURIComponent('企业.csv')}`)
        .set(admin)
        .set('content-type', 'text/csv')
        .send(body);
      expect(res.status).toBe(202);
      for (let i = 0; i < 100; i++) {
        const job = await request(app).get(`/api/v1/jobs/${res.body.jobId}`).set(admin);
        if (job.body.state === 'completed' || job.body.state === 'failed')
          return job.body as { state: string; error: string | null };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the import job did not finish');
    };
    expect((await finished(CSV)).state).toBe('completed');
    expect(await store.getNode('Enterprise', 'e-1')).not.toBeNull();
    expect(readdirSync(uploadDir)).toEqual([]);
    // a file that cannot be read is not retried: the job has failed for good
    const utf16 = await finished(Buffer.from(`\uFEFF${CSV}`, 'utf16le'));
    expect(utf16).toMatchObject({ state: 'failed', error: expect.stringContaining('is UTF-16') });
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  test('when an import fails in a way a retry may mend, then its upload is kept for the retry, and removed after the last attempt', async () => {
    const file = path.join(root, 'upload.csv');
    const away = new Proxy({} as GraphStore, {
      get: () => () => Promise.reject(new Error('the store is away')),
    });
    const ctx = (lastAttempt: boolean): JobContext =>
      ({
        store: away,
        changed: async () => undefined,
        progress: async () => undefined,
        lastAttempt,
      }) as unknown as JobContext;
    writeFileSync(file, CSV);
    const payload = { importId: 'i-1', path: file, name: '企业.csv', dryRun: false };
    await expect(importUploadedFile(payload, ctx(false))).rejects.toThrow('the store is away');
    expect(readdirSync(root)).toEqual(['upload.csv']);
    await expect(importUploadedFile(payload, ctx(true))).rejects.toThrow('the store is away');
    expect(readdirSync(root)).toEqual([]);
  });
});
