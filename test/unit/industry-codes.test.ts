import { readFileSync } from 'node:fs';
import { IndustryRow, industryCodesFile, loadIndustryCodes } from '../../src/reference/industry-codes';

const rows = JSON.parse(readFileSync(industryCodesFile(), 'utf8')) as IndustryRow[];
const codes = loadIndustryCodes();

describe('the GB/T 4754-2017 industry code table (seeds/reference)', () => {
  test('when the table is counted per level, then it has the standard 20 门类, 97 大类, 275 中类 rows and 1,380 小类', () => {
    const count = (level: number) => rows.filter((r) => r.level === level).length;
    expect([count(1), count(2), count(3), count(4)]).toEqual([20, 97, 275, 1380]);
  });

  test('when the table is loaded, then the source slip is put right: 3741 飞机制造 a 小类, 473 中类 as the standard has', () => {
    expect(codes.atLevel(1)).toHaveLength(20);
    expect(codes.atLevel(2)).toHaveLength(97);
    expect(codes.atLevel(3)).toHaveLength(473);
    expect(codes.atLevel(3).filter((c) => !c.implicit)).toHaveLength(274);
    expect(codes.atLevel(4)).toHaveLength(1381);
    expect(codes.get('3741')?.name).toBe('飞机制造');
    expect(codes.get('374')?.name).toBe('航空、航天器及设备制造');
  });

  test('when each row is validated, then its codes are well formed and nested (A–T, 2, 3, 4 digits)', () => {
    for (const row of rows) expect(IndustryRow.safeParse(row).success).toBe(true);
    // codes are unique but for the one slip the loader puts right (374 twice, the second being 3741)
    expect(new Set(rows.map((r) => r.class ?? r.group ?? r.division ?? r.section)).size).toBe(rows.length - 1);
    expect(new Set(codes.atLevel(4).map((c) => c.code)).size).toBe(1381);
  });

  test('when a 小类 is looked up, then its 大类 and 中类 exist (a 中类 without a row has that single 小类)', () => {
    const classes = codes
      .atLevel(4)
      .map((c) => ({ class: c.code, group: c.code.slice(0, 3), division: c.code.slice(0, 2), section: c.section }));
    for (const row of classes) {
      const lineage = codes.lineage(row.class as string)!;
      expect(lineage.division?.code).toBe(row.division);
      expect(lineage.group?.code).toBe(row.group);
      expect(lineage.section.code).toBe(row.section);
      if (lineage.group?.implicit) expect(classes.filter((c) => c.group === row.group)).toHaveLength(1);
    }
  });

  test('when names are read, then none is empty', () => {
    for (const row of rows) expect(row.name.trim().length).toBeGreaterThan(0);
  });

  test('when 3841 is looked up by code, name or a registry cell, then it is 锂离子电池制造 under C / 38 / 384', () => {
    expect(codes.get('3841')?.name).toBe('锂离子电池制造');
    expect(codes.named('锂离子电池制造').map((c) => c.code)).toEqual(['3841']);
    const lineage = codes.lineage('3841')!;
    expect([lineage.section.code, lineage.division?.code, lineage.group?.code]).toEqual(['C', '38', '384']);
    expect(lineage.division?.name).toBe('电气机械和器材制造业');
    for (const cell of ['C3841', '3841', '3841 锂离子电池制造', 'c3841锂离子电池制造', '锂离子电池制造'])
      expect(codes.resolve(cell)?.code).toBe('3841');
    expect(codes.resolve('A3841')).toBeUndefined();
    expect(codes.resolve('不存在的行业')).toBeUndefined();
  });

  test('when the 2017 edition is checked, then its new classes are present (3612 新能源车整车制造, 6532)', () => {
    expect(codes.get('3612')?.name).toBe('新能源车整车制造');
    expect(codes.get('6532')).toBeDefined();
    expect(codes.get('C')?.level).toBe(1);
    expect(codes.get('38')?.level).toBe(2);
  });
});
