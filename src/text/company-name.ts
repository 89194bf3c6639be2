import { identityText } from './identity-text';
import { placeAt } from './place-lookup';
/**
 * Chinese company-name normalisation (docs/architecture.md, Import, in short). Two forms:
 *
 * - `normaliseName`: formatting only — NFKC (full-width → half-width), invisible and bidi
 *   characters gone (identity-text.ts), one kind of bracket, no
 *   spaces or punctuation, legal-form suffixes removed. 江苏省镇江船厂（集团）有限公司 →
 *   江苏省镇江船厂.
 * - `coreName`: also without leading place names (province, city, district, with or without
 *   省/市/区/县), the form people use when they say 镇江船厂 or 东方钛业.
 */

/** Legal forms, longest first so 股份有限公司 goes before 有限公司. */
const LEGAL_SUFFIXES = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '(集团)',
  '集团公司',
  '集团',
  '公司',
  'coltd',
  'ltd',
  'inc',
].sort((a, b) => b.length - a.length);

const BRACKETS: [RegExp, string][] = [
  [/[【〔［[{「『]/gu, '('],
  [/[】〕］\]}」』]/gu, ')'],
];
const NOISE = /[\s·•.,，。、'"“”‘’!！?？:：;；\-—_/\\&＆]+/gu;

/** Formatting-only normal form; the same for every spelling of the same registered name. */
export function normaliseName(raw: string): string {
  return stripSuffixes(spelledName(raw)).replace(/\(\)/gu, '');
}

/** Formatting only, legal form kept: 江苏省镇江\u200b船厂（集团）有限公司 → 江苏省镇江船厂(集团)有限公司. */
export function spelledName(raw: string): string {
  let name = identityText(raw).toLowerCase();
  for (const [pattern, replacement] of BRACKETS) name = name.replace(pattern, replacement);
  return name.replace(NOISE, '');
}

export function stripSuffixes(name: string): string {
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
        name = name.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return name;
}

/**
 * The name without leading place names: 湖北美的 → 美的, 甘肃东方钛业 → 东方钛业,
 * 江苏省镇江船厂 → 镇江船厂. A bare city name is kept when fewer than three characters would be
 * left, since then it is part of the trade name (镇江船厂 is not 船厂).
 */
export function coreName(raw: string): string {
  const name = normaliseName(raw);
  return name.slice(placePrefixLength(name));
}

/**
 * How many leading characters of a normalised name are place names. A province, or any place
 * with its unit word (镇江市), goes whenever two characters remain; a bare city only before 3+.
 */
export function placePrefixLength(name: string): number {
  let at = 0;
  for (;;) {
    const found = placeAt(name, at);
    if (!found) return at;
    const rest = name.length - at - found.length;
    const bare = found.length === [...found.place.name].length;
    const isProvince = found.place.name === found.place.province;
    if (rest < 2 || (bare && !isProvince && rest < 3)) return at;
    at += found.length;
  }
}
