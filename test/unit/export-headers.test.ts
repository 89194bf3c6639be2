import type { z } from 'zod';
import { BUNDLE_SECTIONS, bundleSections, type BundleSection } from '../../src/ingest/bundle.schema';
import { sheetsToBundle } from '../../src/ingest/tabular/tabular-to-bundle';
import { headerOf } from '../../src/ingest/tabular/tabular-vocabulary';
import { bundleToSheets } from '../../src/ingest/tabular/write-tabular';

const fieldsOf = (section: BundleSection) => Object.keys((bundleSections[section] as unknown as z.ZodObject).shape);
const HAN = /\p{Script=Han}/u;

describe('the Chinese headers of an export', () => {
  test.each(BUNDLE_SECTIONS)('when %s is exported, then every column has a Chinese header of its own', (section) => {
    const headers = fieldsOf(section).map((field) => headerOf(section, field));
    for (const [i, header] of headers.entries())
      expect([fieldsOf(section)[i], HAN.test(header)]).toEqual([fieldsOf(section)[i], true]);
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
  });

  test.each(BUNDLE_SECTIONS)(
    'when a %s sheet has the Chinese headers only, then each is read as its own field',
    (section) => {
      const fields = fieldsOf(section);
      const sheet = { name: section, headers: fields.map((f) => headerOf(section, f)), rows: [] };
      const { notes } = sheetsToBundle([sheet]);
      expect(notes).toEqual([]);
      // each header, alone in a sheet, is read as the field it was written for
      for (const field of fields) {
        const one = sheetsToBundle([
          { name: section, headers: [headerOf(section, field)], rows: [{ line: 2, cells: ['x'] }] },
        ]);
        expect([field, Object.keys((one.bundle[section] as Record<string, unknown>[])[0] ?? {})]).toEqual([
          field,
          [field],
        ]);
      }
    },
  );

  test('when the sheets the issue names are exported, then their headers say what the column holds', () => {
    const sheets = bundleToSheets({});
    const headersOf = (name: string) => sheets.find((s) => s.name === name)?.headers ?? [];
    expect(headersOf('团队')).toContain('成员(members)');
    expect(headersOf('团队')).not.toContain('党员人数(members)');
    expect(headersOf('党组织')).toContain('党员人数(members)');
    expect(headersOf('人员')).toContain('职称(title)');
    expect(headersOf('诉求')).toContain('升级时间(escalatedAt)');
  });
});
