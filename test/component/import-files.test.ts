import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../../src/ingest/tabular/write-tabular';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
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
