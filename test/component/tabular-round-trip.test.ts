import { BUNDLE_SECTIONS } from '../../src/ingest/bundle.schema';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import type { ImportReport } from '../../src/ingest/import-report';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../../src/ingest/tabular/write-tabular';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateDemoWorld } from '../../seeds/generate/demo-world';

type Rec = Record<string, unknown>;

/** The fields 挂链 leaves on an enterprise a spreadsheet (a roster) gives no segments: the review queue's. */
const QUEUED_FIELDS = ['placementState', 'placementCandidates', 'placementQueuedAt'];

/**
 * An export as sorted JSON lines per section (list orders too); with `queuedBy`, the review
 * queue's fields dropped from enterprises that had none in that export, for a roster import
 * queues the enterprises it cannot place, and that is its job, not a change to the data.
 */
function comparable(bundle: Rec, queuedBy?: Rec): Record<string, string[]> {
  const unqueued = new Set(
    ((queuedBy?.['enterprises'] as Rec[] | undefined) ?? []).filter((e) => !e['placementState']).map((e) => e['id']),
  );
  const out: Record<string, string[]> = {};
  for (const [section, records] of Object.entries(bundle)) {
    if (section === 'format') continue;
    out[section] = (records as Rec[])
      .map((r) =>
        Object.entries(r)
          .filter(([k]) => !(section === 'enterprises' && unqueued.has(r['id']) && QUEUED_FIELDS.includes(k)))
          .map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => JSON.stringify(x)).sort() : v] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      )
      .map((entries) => JSON.stringify(entries))
      .sort();
  }
  return out;
}

/** The demo world (the articles' dataset and a generated park around it), smaller, exported as JSON. */
async function demoExport(): Promise<Rec> {
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, generateDemoWorld({ enterprises: 150 }));
  expect(report.rejected).toEqual([]);
  const exported = await exportBundle(store);
  // the records the XLSX export lost: requests that called departments, a meeting's agenda, its decisions
  const requests = exported['requests'] as Rec[];
  expect(requests.filter((r) => ((r['departments'] as Rec[] | undefined) ?? []).length > 0).length).toBeGreaterThan(0);
  expect((exported['jointMeetings'] as Rec[]).some((m) => ((m['agenda'] as Rec[] | undefined) ?? []).length > 0)).toBe(
    true,
  );
  expect((exported['meetingDecisions'] as Rec[]).length).toBeGreaterThan(0);
  return exported;
}

function rejectedOf(reports: ImportReport[]): unknown[] {
  return reports.flatMap((r) => r.rejected.map(({ position, field, reason }) => `${position} ${field}: ${reason}`));
}

describe('a spreadsheet export imports back as the same graph', () => {
  let exported: Rec;
  beforeAll(async () => {
    exported = await demoExport();
  }, 60_000);

  test('when the demo world is exported as XLSX and imported into an empty store, then nothing is rejected and the graph is the same', async () => {
    const workbook = await sheetsToXlsx(bundleToSheets(exported));
    const store = await MemoryGraphStore.open();
    const report = await importFile(store, { name: 'park.xlsx', content: workbook });
    expect(rejectedOf([report])).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(comparable(await exportBundle(store), exported)).toEqual(comparable(exported));
  }, 60_000);

  test('when the demo world is exported as CSV files and each is imported, kind by kind, then nothing is rejected and the graph is the same', async () => {
    const sheets = bundleToSheets(exported);
    const store = await MemoryGraphStore.open();
    const reports: ImportReport[] = [];
    for (const [i, section] of BUNDLE_SECTIONS.entries())
      reports.push(await importFile(store, { name: `${section}.csv`, content: Buffer.from(sheetToCsv(sheets[i]!)) }));
    expect(rejectedOf(reports)).toEqual([]);
    expect(comparable(await exportBundle(store), exported)).toEqual(comparable(exported));
  }, 60_000);

  test('when the export is imported as it is (not as a roster), then the graph is the same to the last field', async () => {
    const store = await MemoryGraphStore.open();
    const report = await importFile(
      store,
      { name: 'park.xlsx', content: await sheetsToXlsx(bundleToSheets(exported)) },
      { roster: false },
    );
    expect(rejectedOf([report])).toEqual([]);
    expect(comparable(await exportBundle(store))).toEqual(comparable(exported));
  }, 60_000);
});

describe('nested lists a person types', () => {
  test('when departments are typed as id:状态 and an agenda as JSON with Chinese topics, then they import as codes', async () => {
    const store = await MemoryGraphStore.open();
    const base = await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
      chains: [{ id: 'c-ship', name: '船舶海工产业链' }],
      departments: [
        { id: 'd-env', name: '生态环境局', regionId: 'r-zj' },
        { id: 'd-fire', name: '消防救援大队', regionId: 'r-zj' },
      ],
      enterprises: [{ id: 'e-1', name: '镇江船厂', regionId: 'r-zj' }],
    });
    expect(base.rejected).toEqual([]);
    const requests = [
      '编号,类型,诉求,点单企业,呼叫部门',
      'q-1,审批服务,环评审批加快办理,e-1,d-env:已接单；d-fire',
    ].join('\n');
    const agenda = JSON.stringify([{ topic: '超期诉求', sourceId: 'q-1', title: '环评审批加快办理', rank: 1 }]);
    const meetings = [
      '编号,标题,日期,产业链,地区,议程',
      `m-1,船舶海工产业链联席会议,2026-11-18,c-ship,r-zj,"${agenda.replaceAll('"', '""')}"`,
    ].join('\n');
    const reports = [
      await importFile(store, { name: '诉求.csv', content: Buffer.from(requests) }),
      await importFile(store, { name: '联席会议.csv', content: Buffer.from(meetings) }),
    ];
    expect(rejectedOf(reports)).toEqual([]);
    const out = await exportBundle(store);
    const request = (out['requests'] as Rec[]).find((r) => r['id'] === 'q-1');
    expect(request?.['departments']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ departmentId: 'd-env', status: 'accepted' }),
        expect.objectContaining({ departmentId: 'd-fire', status: 'called' }),
      ]),
    );
    const meeting = (out['jointMeetings'] as Rec[]).find((m) => m['id'] === 'm-1');
    expect(meeting?.['agenda']).toEqual([
      expect.objectContaining({ topic: 'overdue_request', sourceId: 'q-1', title: '环评审批加快办理', rank: 1 }),
    ]);
  });
});
