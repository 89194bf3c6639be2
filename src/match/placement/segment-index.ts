import type { IndustryCodes } from '../../reference/industry-codes';
import { TfIdfSpace, type SparseVector } from '../../text/tfidf-space';
import { jiebaTokenizer, type Tokenizer } from '../../text/tokenizer';
import { PhraseMatcher } from './phrase-matcher';
import type { PlacementSegment } from './placement-types';

/** What a phrase is to the segment that has it: its name, a part of its name, a keyword, an industry class name. */
export type PhraseSource = 'name' | 'name-part' | 'keyword' | 'industry-name';

/** How much each source's phrase says of the segment (a keyword or the name: fully). */
const SOURCE_WEIGHT: Record<PhraseSource, number> = { name: 1, keyword: 1, 'name-part': 0.7, 'industry-name': 0.6 };

export interface PhraseOwner {
  segment: number;
  weight: number;
}

/** How deep an enterprise's industry code meets a segment's: the same 小类, the same 中类, the same 大类. */
export type CodeDepth = 'class' | 'group' | 'division';

/** Parts of a segment name joined by 与/和/及/、 (钛白粉及副产硫酸亚铁): each names the segment too. */
const NAME_JOINS = /[与和及、/]|以及|等/u;
/** Parts too general to name a segment on their own (销售与体验中心, 集成电路设计与制造, 舾装与配套). */
const GENERAL_PARTS = new Set([
  '制造',
  '设计',
  '生产',
  '加工',
  '销售',
  '服务',
  '运营',
  '应用',
  '配套',
  '开发',
  '研发',
  '管理',
  '检测',
  '系统',
  '设备',
  '材料',
]);

/** Words of company descriptions and licence boilerplate (依法须经批准的项目…) that say nothing of a segment. */
const GENERIC_WORDS = new Set(
  '企业 公司 有限公司 集团 股份 科技 项目 产业 活动 合作 成立 发展 建设 推动 开展 包括 其他 经营 依法 批准 许可 一般 部门 营业执照 自主 凭 须经 方可 相关 销售 生产 制造 加工 服务 开发 咨询 转让 推广 交流'.split(
    ' ',
  ),
);

/** Text is compared lower-case and in NFKC (full-width Ｌ and ＬＦＰ as LFP). */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Everything about the segments the classifier needs, computed once for a set of segments so that
 * an enterprise costs a pass over its own text: the phrases (names, keywords, the names of their
 * industry classes) in one PhraseMatcher with their owners, each phrase's specificity, the owners
 * of each industry code, and a TF-IDF vector of each segment's words for the fuzzy part.
 */
export class SegmentIndex {
  readonly matcher: PhraseMatcher;
  readonly phrases: string[] = [];
  readonly owners: PhraseOwner[][] = [];
  /** 1 / √(segments sharing the phrase): 负极材料 in two chains says less than 六氟磷酸锂 in one. */
  readonly specificity: number[] = [];
  readonly space = new TfIdfSpace();
  readonly vectors: SparseVector[] = [];
  /** Each segment's words (for the evidence of a match by words in common). */
  readonly words: Set<string>[] = [];
  /** For each term, the segments whose vector has it and the weight there (an inverted index). */
  readonly postings = new Map<number, { segment: number; weight: number }[]>();
  /** Segments by the 小类, 中类 and 大类 they draw on (a 中类 annotation holds each of its 小类). */
  private readonly byCode: Record<CodeDepth, Map<string, number[]>> = {
    class: new Map(),
    group: new Map(),
    division: new Map(),
  };

  /**
   * Words of two characters or more (jieba's single characters, 药 链 一, match everything a little),
   * without the words every enterprise's text has (GENERIC_WORDS).
   */
  readonly tokenizer: Tokenizer;

  constructor(
    readonly segments: readonly PlacementSegment[],
    readonly industry: IndustryCodes,
    tokenizer: Tokenizer = jiebaTokenizer,
  ) {
    this.tokenizer = (text) => tokenizer(text).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
    const phraseIds = new Map<string, number>();
    const own = (text: string, segment: number, source: PhraseSource) => {
      const phrase = normaliseText(text.trim());
      if (phrase.length < 2) return;
      let id = phraseIds.get(phrase);
      if (id === undefined) {
        phraseIds.set(phrase, (id = this.phrases.length));
        this.phrases.push(phrase);
        this.owners.push([]);
      }
      const list = this.owners[id]!;
      const existing = list.find((o) => o.segment === segment);
      const weight = SOURCE_WEIGHT[source];
      if (existing) existing.weight = Math.max(existing.weight, weight);
      else list.push({ segment, weight });
    };
    const profiles: { tokens: string[]; weight: number }[][] = [];
    segments.forEach((s, i) => {
      own(s.name, i, 'name');
      const parts = s.name.split(NAME_JOINS).filter((p) => p.length >= 2 && !GENERAL_PARTS.has(p));
      if (parts.length > 1) for (const part of parts) own(part, i, 'name-part');
      for (const keyword of s.keywords) own(keyword, i, 'keyword');
      const classNames: string[] = [];
      for (const code of s.industryCodes ?? []) {
        const entry = industry.get(code);
        if (!entry) continue;
        classNames.push(entry.name);
        // 其他… names say nothing of their own (其他电池制造)
        if (!entry.name.startsWith('其他')) own(entry.name, i, 'industry-name');
        this.addCode(entry.code, i);
      }
      const profile = [
        { tokens: this.tokenizer(s.name), weight: 2 },
        { tokens: s.keywords.flatMap((k) => this.tokenizer(k)), weight: 2 },
        { tokens: this.tokenizer(s.description ?? ''), weight: 1 },
        { tokens: classNames.flatMap((n) => this.tokenizer(n)), weight: 0.5 },
      ];
      profiles.push(profile);
      this.words.push(new Set(profile.flatMap((p) => p.tokens)));
      for (const part of profile) this.space.count(part.tokens);
    });
    this.specificity = this.owners.map((list) => 1 / Math.sqrt(list.length));
    this.matcher = new PhraseMatcher(this.phrases);
    this.space.seal();
    profiles.forEach((profile, segment) => {
      const vector = this.space.vector(profile);
      this.vectors.push(vector);
      vector.terms.forEach((term, k) => {
        const list = this.postings.get(term) ?? [];
        list.push({ segment, weight: vector.weights[k]! });
        this.postings.set(term, list);
      });
    });
  }

  /** The segments an enterprise's industry code (2 to 4 digits) meets, each at its deepest. */
  segmentsOfCode(code: string): Map<number, CodeDepth> {
    const met = new Map<number, CodeDepth>();
    const meet = (depth: CodeDepth, key: string) => {
      for (const segment of this.byCode[depth].get(key) ?? []) if (!met.has(segment)) met.set(segment, depth);
    };
    if (code.length === 4) meet('class', code);
    if (code.length >= 3) meet('group', code.slice(0, 3));
    meet('division', code.slice(0, 2));
    return met;
  }

  private addCode(code: string, segment: number): void {
    const add = (depth: CodeDepth, key: string) => {
      const list = this.byCode[depth].get(key) ?? [];
      if (!list.includes(segment)) list.push(segment);
      this.byCode[depth].set(key, list);
    };
    const classes = code.length === 4 ? [code] : this.industry.classesOf(code);
    for (const c of classes) add('class', c);
    add('group', code.slice(0, 3));
    add('division', code.slice(0, 2));
  }
}
