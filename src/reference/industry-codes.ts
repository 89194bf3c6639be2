import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The national industry classification GB/T 4754-2017 (国民经济行业分类), read from
 * seeds/reference/gbt4754-2017.json (its README names the source). Four levels: 门类 (section,
 * a letter), 大类 (division, 2 digits), 中类 (group, 3 digits), 小类 (class, 4 digits). A 中类
 * with a single 小类 has no row of its own in the list (the standard prints it once, at level 4):
 * it is looked up all the same, under its 小类's name.
 *
 * One slip of the source is corrected on load (SOURCE_SLIPS): 3741 飞机制造 is transcribed as a
 * second row of 中类 374, so read as it stands 374 would name 飞机制造 and 3741 would be missing.
 * With it, the table has the standard's 473 中类 (274 rows and 199 single-小类 ones).
 */
const Section = z.string().regex(/^[A-T]$/u);
const Division = z.string().regex(/^\d{2}$/u);
const Group = z.string().regex(/^\d{3}$/u);
const Class = z.string().regex(/^\d{4}$/u);

export const IndustryRow = z
  .object({
    section: Section,
    division: Division.nullable(),
    group: Group.nullable(),
    class: Class.nullable(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    name: z.string().trim().min(1),
    note: z.string(),
  })
  .superRefine((row, ctx) => {
    const parts = [row.division, row.group, row.class];
    // a row of level n has its first n-1 codes and no deeper one, each code extending its parent's
    const wellNested = parts.every((code, i) => (i < row.level - 1 ? code !== null : code === null));
    const extends_ = [
      row.group?.startsWith(row.division ?? '') ?? true,
      row.class?.startsWith(row.group ?? '') ?? true,
    ];
    if (!wellNested || extends_.includes(false))
      ctx.addIssue({ code: 'custom', message: `level ${row.level} row with codes ${parts.join('/')}` });
  });
export type IndustryRow = z.infer<typeof IndustryRow>;

export type IndustryLevel = 1 | 2 | 3 | 4;

/** One code of the classification at any level: `C`, `38`, `384`, `3841`. */
export interface IndustryCode {
  code: string;
  level: IndustryLevel;
  name: string;
  note: string;
  section: string;
  /** A 中类 without a row of its own (its single 小类's name stands for it). */
  implicit?: boolean;
}

/** The 门类 / 大类 / 中类 a code sits under (those above its level), e.g. C / 38 / 384 for 3841. */
export interface IndustryLineage {
  section: IndustryCode;
  division?: IndustryCode;
  group?: IndustryCode;
  class?: IndustryCode;
}

/** Rows of the source transcribed at the wrong level: `中类 code|name` → the 小类 code it is. */
const SOURCE_SLIPS: ReadonlyMap<string, string> = new Map([['374|飞机制造', '3741']]);

/** A row as the standard has it (the source's slips put right). */
function corrected(row: IndustryRow): IndustryRow {
  const asClass = row.level === 3 ? SOURCE_SLIPS.get(`${row.group}|${row.name}`) : undefined;
  return asClass ? { ...row, level: 4, class: asClass } : row;
}

const LEADING_CODE = /^\s*([A-Ta-t])?\s*(\d{2,4})(?!\d)/u;

export class IndustryCodes {
  private readonly byCode = new Map<string, IndustryCode>();
  private readonly byName = new Map<string, IndustryCode[]>();

  constructor(sourceRows: readonly IndustryRow[]) {
    const rows = sourceRows.map(corrected);
    for (const row of rows) {
      const code = row.class ?? row.group ?? row.division ?? row.section;
      this.add({ code, level: row.level, name: row.name, note: row.note, section: row.section });
    }
    for (const row of rows) {
      if (row.level !== 4 || this.byCode.has(row.group as string)) continue;
      this.add({
        code: row.group as string,
        level: 3,
        name: row.name,
        note: row.note,
        section: row.section,
        implicit: true,
      });
    }
  }

  private add(entry: IndustryCode): void {
    if (this.byCode.has(entry.code)) throw new Error(`GB/T 4754: code ${entry.code} appears twice`);
    this.byCode.set(entry.code, entry);
    if (entry.implicit) return;
    const named = this.byName.get(entry.name) ?? [];
    named.push(entry);
    this.byName.set(entry.name, named);
  }

  /** A code at any level (`C`, `38`, `384`, `3841`), or undefined when the standard has none. */
  get(code: string): IndustryCode | undefined {
    return this.byCode.get(code.trim().toUpperCase());
  }

  /** The codes of a name as the standard prints it (锂离子电池制造), most specific first. */
  named(name: string): IndustryCode[] {
    return [...(this.byName.get(name.trim()) ?? [])].sort((a, b) => b.level - a.level);
  }

  /** The section, division and group above a code (and the code itself at its level). */
  lineage(code: string): IndustryLineage | undefined {
    const entry = this.get(code);
    if (!entry) return undefined;
    const digits = entry.level === 1 ? '' : entry.code;
    const at = (length: number) => (digits.length >= length ? this.byCode.get(digits.slice(0, length)) : undefined);
    return {
      section: this.byCode.get(entry.section) as IndustryCode,
      ...(at(2) ? { division: at(2) } : {}),
      ...(at(3) ? { group: at(3) } : {}),
      ...(at(4) ? { class: at(4) } : {}),
    };
  }

  /**
   * The code a registry cell means: `C3841`, `3841`, `3841 锂离子电池制造`, `锂离子电池制造` (the
   * forms market-regulation exports and park ledgers write); undefined when it names none.
   */
  resolve(text: string): IndustryCode | undefined {
    const code = LEADING_CODE.exec(text);
    if (code) {
      const entry = this.get(code[2] as string);
      if (entry && (!code[1] || code[1].toUpperCase() === entry.section)) return entry;
    }
    const name = text.replace(LEADING_CODE, '').trim();
    return name.length > 0 ? this.named(name)[0] : undefined;
  }

  /** The 小类 codes under a 门类, 大类 or 中类 code (a 小类 is its own). */
  classesOf(code: string): string[] {
    const entry = this.get(code);
    if (!entry) return [];
    return this.atLevel(4)
      .filter((c) => (entry.level === 1 ? c.section === entry.code : c.code.startsWith(entry.code)))
      .map((c) => c.code);
  }

  /** Every code of one level; at level 3 the implicit 中类 (a single 小类) too. */
  atLevel(level: IndustryLevel): IndustryCode[] {
    return [...this.byCode.values()].filter((c) => c.level === level);
  }
}

/** seeds/reference/gbt4754-2017.json, found upwards (sources run from src/, builds from dist/src/). */
export function industryCodesFile(start = __dirname): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'seeds', 'reference', 'gbt4754-2017.json');
    if (existsSync(file)) return file;
  }
  throw new Error(`GB/T 4754: no seeds/reference/gbt4754-2017.json above ${start}`);
}

let loaded: IndustryCodes | null = null;

/** The table, validated row by row on first use and kept (it is 1,772 rows, read once). */
export function loadIndustryCodes(file?: string): IndustryCodes {
  if (file !== undefined) return new IndustryCodes(z.array(IndustryRow).parse(JSON.parse(readFileSync(file, 'utf8'))));
  loaded ??= loadIndustryCodes(industryCodesFile());
  return loaded;
}
