import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { escapeFormula, unescapeFormula } from '../../src/ingest/tabular/formula-escape';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
/** The payload: opens a calculator in Excel when the cell is read as a formula. */
const PAYLOAD = "=cmd|' /C calc'!A0";

/** A park whose enterprises are named and described like formulas (OWASP's = + - @ starts). */
async function parkWithFormulas(): Promise<MemoryGraphStore> {
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, {
    format: 'redchain-bundle/1',
    regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    enterprises: [
      { id: 'e-cmd', name: PAYLOAD, regionId: 'r-zj', description: "@SUM(1+1)*cmd|' /C calc'!A0" },
      { id: 'e-plus', name: '+86 船舶配套有限公司', regionId: 'r-zj', description: "-2+3+cmd|' /C calc'!A0" },
      { id: 'e-quoted', name: "'=already quoted", regionId: 'r-zj', description: 'plain text' },
    ],
  });
  expect(report.rejected).toEqual([]);
  return store;
}

async function namesAndDescriptions(store: MemoryGraphStore): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const id of ['e-cmd', 'e-plus', 'e-quoted']) {
    const node = await store.getNode('Enterprise', id);
    out[id] = [node?.props['name'], node?.props['description']];
  }
  return out;
}

describe('CSV injection on export (OWASP)', () => {
  test('when an enterprise named =cmd|… is exported as CSV, then no cell starts a formula, and the file imports back unchanged', async () => {
    const store = await parkWithFormulas();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const answer = await request(app).get('/api/v1/export?format=csv&section=enterprises').set(admin);
    expect(answer.status).toBe(200);
    const csv = answer.text;
    // escaped with a leading quote, and the cell quoted
    expect(csv).toContain(`"'${PAYLOAD.replace(/"/gu, '""')}"`);
    expect(csv).toContain(`"'+86 船舶配套有限公司"`);
    expect(csv).toContain(`"''=already quoted"`);
    for (const line of csv.replace(/^\uFEFF/u, '').split('\n'))
      for (const cell of line.split(',')) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);

    const fresh = await MemoryGraphStore.open();
    await importBundle(fresh, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    });
    const report = await importFile(fresh, { name: 'enterprises.csv', content: Buffer.from(csv) });
    expect(report.rejected).toEqual([]);
    expect(await namesAndDescriptions(fresh)).toEqual(await namesAndDescriptions(store));
  });

  test('when the same park is exported as XLSX, then its cells are escaped too, and the workbook imports back unchanged', async () => {
    const store = await parkWithFormulas();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const answer = await request(app)
      .get('/api/v1/export?format=xlsx')
      .set(admin)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(answer.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.body as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text))));
    expect(texts).toContain(`'${PAYLOAD}`);
    expect(texts.filter((text) => /^[=+\-@\t\r]/u.test(text))).toEqual([]);

    const fresh = await MemoryGraphStore.open();
    const report = await importFile(fresh, { name: 'park.xlsx', content: answer.body as Buffer });
    expect(report.rejected).toEqual([]);
    expect(await namesAndDescriptions(fresh)).toEqual(await namesAndDescriptions(store));
  });

  test('when cells start with each of = + - @ TAB CR, then each is escaped, and unescaping gives it back', () => {
    for (const value of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', "'=1", "''+1"]) {
      expect(escapeFormula(value)).toBe(`'${value}`);
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
    for (const value of ['镇江船厂', "'quoted", '1-2', 'a=b', '']) {
      expect(escapeFormula(value)).toBe(value);
      expect(unescapeFormula(value)).toBe(value);
    }
  });
});
