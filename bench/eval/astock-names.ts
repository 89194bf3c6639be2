import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The listed companies of ../shared/eval-data/company-names/astock.csv (a Tushare stock_basic
 * export, development half): the 证券简称 people use and the registered 公司全称. Read in place,
 * never copied into the repository.
 */
export interface ListedCompany {
  id: string;
  /** The 证券简称 as people write it: leading *ST / ST and a trailing A / B removed. */
  shortName: string;
  fullName: string;
  /** The province as the export names it (深圳 for Shenzhen's companies). */
  area: string;
}

export const EVAL_DATA_DIR = path.resolve(__dirname, '../../../shared/eval-data');

export class EvalDataMissing extends Error {}

/** Strips the trading marks the data set's README names: *ST 华仪 → 华仪, 粤高速A → 粤高速. */
export function shortNameOf(tradingName: string): string {
  return tradingName
    .trim()
    .replace(/^\*?ST\s*/u, '')
    .replace(/[AB]$/u, '')
    .trim();
}

export function loadListedCompanies(dir = EVAL_DATA_DIR): ListedCompany[] {
  const file = path.join(dir, 'company-names', 'astock.csv');
  if (!existsSync(file)) {
    throw new EvalDataMissing(
      `the real-data evaluation needs ${file} (the development halves in ../shared/eval-data next to the repository); it is missing`,
    );
  }
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) => ({
    id: `listed-${row['ts_code'] ?? ''}`,
    shortName: shortNameOf(row['name'] ?? ''),
    fullName: (row['fullname'] ?? '').trim(),
    area: (row['area'] ?? '').trim(),
  }));
}
