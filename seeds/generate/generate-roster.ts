import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usccCheckCharacter } from '../../src/domain';
import { seedsRoot } from '../../src/ingest/seed-files';
import { loadIndustryCodes } from '../../src/reference/industry-codes';
import { Prng } from './prng';
import {
  CHAIN_GENERAL_LINES,
  GENERAL_CLAUSE,
  OUTSIDE_CHAINS,
  PRODUCT_QUALIFIERS,
  ROADS,
  SCOPE_PATTERNS,
  SIDE_LINES,
} from './roster-vocabulary';
import { LEGAL_FORMS, TRADE_SYLLABLES } from './vocabulary';

/** The registry's headers, in its order: the columns of the sample roster. */
export const ROSTER_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '登记状态',
  '成立日期',
  '注册资本',
  '国民经济行业',
  '经营范围',
  '住所',
  '所属园区',
  '主营产品',
  '规模',
] as const;

export type RosterRow = Record<(typeof ROSTER_HEADERS)[number], string>;

export interface GeneratedRoster {
  rows: RosterRow[];
  /**
   * The truth, kept apart from the rows (the classifier never reads it): each company's segments by
   * USCC, [] for a company outside every chain; `kind` says how its licence was written.
   */
  truth: { uscc: string; segments: string[]; kind: 'product' | 'general' | 'outside' }[];
}

export const ROSTER_DEFAULTS = { enterprises: 300, seed: 20261202 };

/** The park's chains and how many of its companies each has (the rest are outside every chain). */
const PARK_CHAINS: [string, number][] = [
  ['chain-lithium-battery', 0.45],
  ['chain-new-materials', 0.2],
  ['chain-smart-manufacturing', 0.1],
  ['chain-high-end-equipment', 0.1],
];
/** Share of chain companies whose licence names no product of their segment (the hard ones). */
const GENERAL_SHARE = 0.15;
/** 登记状态 as the registry words it, and how often: a few companies are deregistered or revoked. */
const STATUSES = ['存续', '在业', '注销', '吊销，未注销'];
const STATUS_WEIGHTS = [92, 3, 3, 2];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 白银市 and 白银区 (GB/T 2260): the registering authorities of the park's companies. */
const DIVISIONS = ['620400', '620402'];

interface TemplateSegment {
  id: string;
  chainId: string;
  keywords: string[];
  industryCodes: string[];
}

function templateSegments(): TemplateSegment[] {
  const chains = new Set(PARK_CHAINS.map(([c]) => c));
  const folder = path.join(seedsRoot(), 'templates');
  const files = ['lithium-battery', 'new-materials', 'smart-manufacturing', 'high-end-equipment'];
  return files
    .flatMap(
      (f) =>
        (JSON.parse(readFileSync(path.join(folder, `${f}.json`), 'utf8')) as { segments: TemplateSegment[] }).segments,
    )
    .filter((s) => chains.has(s.chainId));
}

/**
 * A fictional roster of one park (白银高新区 of the seed regions), as the market-regulation registry
 * would export it: USCCs registered in 白银, Chinese headers, 经营范围 in the licence's wording, the
 * GB/T 4754 class written several ways or missing, some companies deregistered. Deterministic.
 */
export function generateRoster({
  enterprises = ROSTER_DEFAULTS.enterprises,
  seed = ROSTER_DEFAULTS.seed,
} = {}): GeneratedRoster {
  const prng = new Prng(seed);
  const industry = loadIndustryCodes();
  const segments = templateSegments();
  const byChain = new Map(PARK_CHAINS.map(([c]) => [c, segments.filter((s) => s.chainId === c)]));
  const names = new Set<string>();
  const usccs = new Set<string>();
  const rows: RosterRow[] = [];
  const truth: GeneratedRoster['truth'] = [];
  const industryText = (code: string) => {
    const entry = industry.get(code)!;
    const section = industry.lineage(code)!.section.code;
    return prng.pick([
      `${section}${code}`,
      code,
      entry.name,
      `${section}${code} ${entry.name}`,
      `${entry.name}（${code}）`,
    ]);
  };
  for (let i = 0; i < enterprises; i++) {
    const chainIndex = prng.weighted([
      ...PARK_CHAINS.map(([, w]) => w),
      1 - PARK_CHAINS.reduce((a, [, w]) => a + w, 0),
    ]);
    const chain = PARK_CHAINS[chainIndex]?.[0];
    let scope: string;
    let code: string | undefined;
    let products = '';
    let nameWord: string;
    let kind: GeneratedRoster['truth'][number]['kind'];
    let segmentIds: string[] = [];
    if (chain) {
      const segment = prng.pick(byChain.get(chain)!);
      segmentIds = [segment.id];
      const [main, second] = prng.sample(segment.keywords, 2) as [string, string | undefined];
      const product = `${prng.pick(PRODUCT_QUALIFIERS)}${main}`;
      if (prng.chance(GENERAL_SHARE)) {
        kind = 'general';
        scope = prng.sample(CHAIN_GENERAL_LINES[chain]!, 2).join('；');
        code = prng.chance(0.5) ? prng.pick(segment.industryCodes) : undefined;
        nameWord = prng.pick(['科技', '实业', '新材料', '装备']);
      } else {
        kind = 'product';
        const lines = [prng.pick(SCOPE_PATTERNS).replaceAll('{p}', product)];
        if (second && prng.chance(0.5)) lines.push(`${second}销售`);
        scope = lines.join('；');
        code = prng.chance(0.7) ? prng.pick(segment.industryCodes) : undefined;
        if (prng.chance(0.5)) products = [main, ...(second && prng.chance(0.4) ? [second] : [])].join('、');
        nameWord =
          prng.chance(0.3) && main.length <= 6 ? main : prng.pick(['科技', '新材料', '实业', '新能源', '装备', '材料']);
      }
    } else {
      kind = 'outside';
      const business = prng.pick(OUTSIDE_CHAINS);
      scope = business.scope;
      code = prng.chance(0.7) ? business.industry : undefined;
      nameWord = prng.pick(business.names);
    }
    const side = prng.sample(SIDE_LINES, prng.between(0, 3));
    const licence = `一般项目：${[scope, ...side].join('；')}。${GENERAL_CLAUSE}`;
    const uscc = draw(usccs, () => usccOf(prng));
    const name = draw(
      names,
      () =>
        `${prng.pick(['白银', '白银', '甘肃', ''])}${prng.pick(TRADE_SYLLABLES)}${prng.pick(TRADE_SYLLABLES)}${nameWord}${prng.pick(LEGAL_FORMS)}`,
    );
    const inSubPark = prng.chance(0.2);
    const parkGiven = prng.chance(0.7);
    rows.push({
      统一社会信用代码: uscc,
      企业名称: name,
      登记状态: STATUSES[prng.weighted(STATUS_WEIGHTS)]!,
      成立日期: `${prng.between(2003, 2024)}-${pad(prng.between(1, 12))}-${pad(prng.between(1, 28))}`,
      注册资本: `${prng.pick([50, 100, 200, 300, 500, 1000, 2000, 5000, 10000, 30000])}万元人民币`,
      国民经济行业: code ? industryText(code) : '',
      经营范围: licence,
      住所: `甘肃省白银市${inSubPark ? '白银高新区银东工业园' : '白银高新区'}${prng.pick(ROADS)}${prng.between(1, 300)}号`,
      所属园区: parkGiven ? (inSubPark ? '银东工业园' : '白银高新区') : '',
      主营产品: products,
      规模: prng.pick(['微型', '微型', '小型', '小型', '中型', '大型']),
    });
    truth.push({ uscc, segments: segmentIds, kind });
  }
  return { rows, truth };
}

function usccOf(prng: Prng): string {
  let body = `91${prng.pick(DIVISIONS)}`;
  for (let i = 0; i < 9; i++) body += USCC_ALPHABET[prng.int(USCC_ALPHABET.length)];
  return body + usccCheckCharacter(body);
}

function draw(seen: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
