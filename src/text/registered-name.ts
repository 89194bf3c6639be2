import { placePrefixLength, spelledName, stripSuffixes } from './company-name';
import { placeAt, type Place } from './place-lookup';

/**
 * A registered Chinese company name in its four parts (GB/T 2260 places, then 字号, 行业, 组织形式):
 * 江苏省镇江船厂(集团)有限公司 → place 江苏省镇江, core 船厂, industry '', form (集团)有限公司;
 * 深圳市兴森快捷电路科技股份有限公司 → place 深圳市, core 兴森快捷电路, industry 科技, form 股份有限公司.
 * People write short names from these parts (兴森科技, 深科技), so the resolver aligns a query
 * against them and treats the place as evidence.
 */
export interface RegisteredName {
  /** The name as spelled (identity-normalised, legal form kept). */
  text: string;
  places: Place[];
  /** Where each place starts in `text` (a place is written whole or by its first character). */
  placeStarts: number[];
  /** Where the trade name (字号) starts, the industry words start and the legal form starts. */
  coreStart: number;
  industryStart: number;
  formStart: number;
  /** True when the name carries a legal form: a full registered name, not a short one. */
  hasForm: boolean;
}

/** A registered name ends with a legal form proper; 集团 alone does not make one (中集集团 is a short name). */
const LEGAL_FORM_END = /(公司|ltd|inc)$/u;

/** Industry words that end the part before the legal form, longest first. */
const INDUSTRY_WORDS = [
  '新能源',
  '新材料',
  '科技',
  '技术',
  '电子',
  '电气',
  '电力',
  '能源',
  '材料',
  '生物',
  '医药',
  '制药',
  '药业',
  '化工',
  '化学',
  '实业',
  '投资',
  '控股',
  '发展',
  '信息',
  '网络',
  '软件',
  '通信',
  '机械',
  '装备',
  '汽车',
  '智能',
  '环保',
  '建设',
  '工程',
  '地产',
  '置业',
  '银行',
  '证券',
  '保险',
  '信托',
  '传媒',
  '文化',
  '食品',
  '纺织',
  '服饰',
  '矿业',
  '钢铁',
  '航空',
  '物流',
  '贸易',
  '商贸',
  '旅游',
  '集团',
  '工业',
  '股份',
].sort((a, b) => b.length - a.length);

/** @example parseRegisteredName('甘肃东方钛业有限公司').places[0]?.province // '甘肃' */
export function parseRegisteredName(raw: string): RegisteredName {
  const text = spelledName(raw);
  const formStart = stripSuffixes(text).length;
  const base = text.slice(0, formStart);
  const coreStart = placePrefixLength(base);
  const places: Place[] = [];
  const placeStarts: number[] = [];
  for (let at = 0; at < coreStart;) {
    const found = placeAt(base, at);
    if (!found) break;
    places.push(found.place);
    placeStarts.push(at);
    at += found.length;
  }
  let industryStart = formStart;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of INDUSTRY_WORDS) {
      if (
        industryStart - word.length >= coreStart + 2 &&
        base.slice(industryStart - word.length, industryStart) === word
      ) {
        industryStart -= word.length;
        changed = true;
        break;
      }
    }
  }
  return { text, places, placeStarts, coreStart, industryStart, formStart, hasForm: LEGAL_FORM_END.test(text) };
}

/**
 * Evidence from places: 'against' when the query names a province or city the candidate is not
 * registered in (湖北… is not 甘肃…), 'for' when it names one it is, 'none' when either is silent.
 */
export function placeEvidence(query: readonly Place[], candidate: readonly Place[]): 'for' | 'against' | 'none' {
  if (query.length === 0 || candidate.length === 0) return 'none';
  const provinces = new Set(candidate.map((p) => p.province));
  const cities = new Set(candidate.flatMap((p) => (p.city ? [p.city] : [])));
  for (const place of query) {
    if (!provinces.has(place.province)) return 'against';
    if (place.city && cities.size > 0 && !cities.has(place.city)) return 'against';
  }
  return 'for';
}
