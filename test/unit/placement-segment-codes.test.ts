import { articlesBundle } from '../../src/ingest/seed-files';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { bundleToSheets, sheetsToXlsx } from '../../src/ingest/tabular/write-tabular';
import { Segment } from '../../src/domain';
import { loadIndustryCodes } from '../../src/reference/industry-codes';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

type Rec = Record<string, unknown>;
const templateSegments = () => (articlesBundle()['segments'] as Rec[]).filter((s) => s['source'] === 'template');
const codesOf = (bundle: Rec) =>
  Object.fromEntries((bundle['segments'] as Rec[]).map((s) => [s['id'], s['industryCodes']]));

describe('the template segments’ GB/T 4754-2017 codes (industryCodes)', () => {
  test('when every template segment is read, then it names at least one class and each code is in the table', () => {
    const table = loadIndustryCodes();
    const segments = templateSegments();
    expect(segments.length).toBeGreaterThan(150);
    for (const segment of segments) {
      const codes = segment['industryCodes'] as string[];
      expect({ id: segment['id'], count: codes.length > 0 }).toEqual({ id: segment['id'], count: true });
      for (const code of codes) {
        expect(code).toMatch(/^\d{3,4}$/u);
        expect({ id: segment['id'], code, known: table.get(code) !== undefined }).toEqual({
          id: segment['id'],
          code,
          known: true,
        });
      }
    }
  });

  test('when a segment has a badly formed code or none, then the schema refuses the one and defaults the other to []', () => {
    const base = { id: 's', name: '正极材料', stage: 'midstream' };
    expect(Segment.parse(base).industryCodes).toEqual([]);
    expect(Segment.safeParse({ ...base, industryCodes: ['C3841'] }).success).toBe(false);
    expect(Segment.safeParse({ ...base, industryCodes: ['38'] }).success).toBe(false);
    expect(Segment.parse({ ...base, industryCodes: ['3841', '398'] }).industryCodes).toEqual(['3841', '398']);
  });

  test('when the templates are imported and exported as JSON and as XLSX, then each segment keeps its codes', async () => {
    const templates = { format: 'redchain-bundle/1', chains: articlesBundle()['chains'], segments: templateSegments() };
    const first = await MemoryGraphStore.open();
    const report = await importBundle(first, templates);
    expect(report.rejected).toEqual([]);
    const exported = await exportBundle(first);
    expect(codesOf(exported)).toEqual(codesOf(templates));

    const second = await MemoryGraphStore.open();
    const fromXlsx = await importFile(second, {
      name: 'chains.xlsx',
      content: await sheetsToXlsx(bundleToSheets(exported)),
    });
    expect(fromXlsx.rejected).toEqual([]);
    expect(codesOf(await exportBundle(second))).toEqual(codesOf(templates));
  });
});
