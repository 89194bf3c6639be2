/**
 * Chinese company-name normalisation (DESIGN.md §6 Names). Two forms:
 *
 * - `normaliseName`: formatting only — NFKC (full-width → half-width), one kind of bracket, no
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

/** Provinces and autonomous regions, by the short name used as a prefix. */
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];

/**
 * Cities and districts that prefix company names in the parks redchain serves. Place names
 * followed by 省/市/区/县/州 are recognised without being listed; this list covers the bare
 * forms (镇江船厂).
 */
const PLACES = new Set<string>([
  ...PROVINCES,
  '武汉',
  '咸宁',
  '荆州',
  '镇江',
  '白银',
  '平顶山',
  '兰州',
  '南京',
  '苏州',
  '无锡',
  '常州',
  '扬州',
  '郑州',
  '洛阳',
  '长沙',
  '广州',
  '深圳',
  '珠海',
  '佛山',
  '东莞',
  '杭州',
  '宁波',
  '合肥',
  '成都',
  '西安',
  '青岛',
  '济南',
  '厦门',
  '江岸',
  '咸安',
  '通城',
  '沙市',
  '宜昌',
  '襄阳',
  '黄石',
  '十堰',
  '孝感',
  '黄冈',
  '鄂州',
  '随州',
  '恩施',
  '天门',
]);

const BRACKETS: [RegExp, string][] = [
  [/[【〔［[{「『]/gu, '('],
  [/[】〕］\]}」』]/gu, ')'],
];
const NOISE = /[\s·•.,，。、'"“”‘’!！?？:：;；\-—_/\\&＆]+/gu;

/** Formatting-only normal form; the same for every spelling of the same registered name. */
export function normaliseName(raw: string): string {
  let name = raw.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of BRACKETS) name = name.replace(pattern, replacement);
  name = name.replace(NOISE, '');
  name = stripSuffixes(name);
  return name.replace(/\(\)/gu, '');
}

function stripSuffixes(name: string): string {
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
  let name = normaliseName(raw);
  for (;;) {
    const next = stripOnePlace(name);
    if (next === name || next.length < 2) return name;
    name = next;
  }
}

const PROVINCE_SET = new Set(PROVINCES);

/** Province prefixes go whenever two characters remain; a bare city only before 3+ (镇江船厂 stays). */
function stripOnePlace(name: string): string {
  // 省/市/区/县 forms: any 2-4 characters followed by the unit word, if what is left is long enough
  const administrative = /^(.{2,4}?)(省|自治区|市|区|县)(.+)$/u.exec(name);
  if (administrative && PLACES.has(administrative[1] as string) && (administrative[3] as string).length >= 2) {
    return administrative[3] as string;
  }
  for (let length = 4; length >= 2; length--) {
    const head = name.slice(0, length);
    const rest = name.length - length;
    if (PROVINCE_SET.has(head) && rest >= 2) return name.slice(length);
    if (PLACES.has(head) && rest >= 3) return name.slice(length);
  }
  return name;
}
