import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { readCsvRecords } from '../../src/ingest/tabular/csv-records';

describe('reading CSV records', () => {
  test('when any table is written by csv-stringify, then it reads back cell for cell, with each record’s first line', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', '"', '""', 'a,b', '第一行\n第二行', 'x\r\ny', ' 镇江船厂 ', "'=1+1"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        const text = stringify(table);
        const { records, broken } = readCsvRecords(`\uFEFF${text}`);
        expect(broken).toEqual([]);
        expect(records.map((r) => r.cells)).toEqual(table);
        // a record starts one line after the previous one's last line
        let line = 1;
        records.forEach((record, i) => {
          expect(record.line).toBe(line);
          line += stringify([table[i]!]).split(/\r\n|\r|\n/u).length - 1;
        });
      }),
      { numRuns: 500 },
    );
  });

  test('when quotes are broken in three ways, then each broken row is named by its line, and every other row is read', () => {
    const text = [
      'id,name,region',
      'e-1,镇江甲,r',
      'e-2,"镇江乙,r', // opens a quote that the next quote in the file "closes"
      'e-3,镇江"丙,r', // a quote inside a field
      'e-4,"镇江丁"x,r', // something after the closing quote
      '',
      'e-5,"镇江戊, 有限公司",r',
      'e-6,"镇江己,r', // never closed
      'e-7,镇江庚,r',
    ].join('\r\n');
    const { records, broken } = readCsvRecords(text);
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'id'],
      [2, 'e-1'],
      [7, 'e-5'],
      [9, 'e-7'],
    ]);
    expect(broken.map((b) => b.line)).toEqual([3, 4, 5, 8]);
    expect(broken[3]!.reason).toBe('a quote (") opens a field here and is never closed; double a quote inside a field');
  });
});
