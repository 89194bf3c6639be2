import fc from 'fast-check';
import { Bm25Index } from '../../src/text/bm25';
import { StaticBm25 } from '../../src/text/bm25-static';
import { coveredSkills, skillCoverage } from '../../src/text/skill-overlap';
import { englishTerm } from '../../src/text/english';
import { dot, TfIdfSpace } from '../../src/text/tfidf-space';
import { bigramTokenizer, jiebaTokenizer, jiebaTokenizerWith } from '../../src/text/tokenizer';

describe('tokenizers', () => {
  test('when Chinese and English are mixed, then Chinese runs become bigrams and English words stay whole', () => {
    expect(bigramTokenizer('磷酸铁锂LFP正极')).toEqual(['磷酸', '酸铁', '铁锂', 'lfp', '正极']);
    expect(bigramTokenizer('（全角）ＬｉＤＡＲ')).toEqual(['全角', 'lidar']);
  });

  test('when jieba cuts a problem title, then it yields words without punctuation or stop words', () => {
    expect(jiebaTokenizer('高精度激光雷达的研发瓶颈，')).toEqual(['高精度', '激光雷达', '研发', '瓶颈']);
  });

  test('when English prose is tokenized, then stop words go, words are stemmed and inflections meet', () => {
    const sentence = 'The networks are learning to rank the submitted papers.';
    expect(jiebaTokenizer(sentence)).toEqual(['network', 'learn', 'rank', 'submit', 'paper']);
    expect(bigramTokenizer(sentence)).toEqual(jiebaTokenizer(sentence));
    // "network", "networks" and "networking" are one term; acronyms and numbered names are left whole
    expect(new Set(jiebaTokenizer('network networks networking'))).toEqual(new Set(['network']));
    expect(jiebaTokenizer('LiDAR 5G C++')).toEqual(['lidar', '5g', 'c++']);
    // each step can be turned off, to measure what it is worth
    expect(jiebaTokenizerWith({ stem: false, stopWords: false })('The networks')).toEqual(['the', 'networks']);
    expect(englishTerm('methods.')).toBe('method');
    expect(englishTerm('of')).toBeNull();
  });

  test('when Chinese and English are mixed, then both halves are tokenized as they would be alone', () => {
    expect(jiebaTokenizer('基于深度学习的激光雷达 point clouds 分割')).toEqual([
      ...jiebaTokenizer('基于深度学习的激光雷达'),
      'point',
      'cloud',
      ...jiebaTokenizer('分割'),
    ]);
    expect(jiebaTokenizer('graph-based')).toEqual(['graph', 'base']);
  });

  test('when texts are joined by a space, then the tokens are each text’s tokens in turn (the expert index reuses the profiles’ tokens of each work)', () => {
    // Chinese, Latin letters and digits, the characters tokens are cut at, NFKC and case folding
    const piece = fc.string({
      unit: fc.constantFrom(...'激光雷达点云的研究技术电池 abcXYZ09-.+_/,，。Σσ（）ＡＢ１é'.split('')),
      maxLength: 30,
    });
    for (const tokenizer of [jiebaTokenizer, bigramTokenizer]) {
      fc.assert(
        fc.property(piece, piece, (a, b) => {
          expect(tokenizer(`${a} ${b}`)).toEqual([...tokenizer(a), ...tokenizer(b)]);
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe('BM25 with field weights', () => {
  const index = new Bm25Index(bigramTokenizer, { skills: 3, bio: 1 });
  index.add('lidar-expert', { skills: '激光雷达 点云', bio: '长期从事车载激光雷达研究' });
  index.add('battery-expert', { skills: '正极材料 磷酸铁锂', bio: '研究锂电池正极材料' });
  index.add('bio-mentions-lidar', { skills: '图像处理', bio: '曾参与激光雷达项目' });

  test('when a query matches a skill, then that document ranks above one that only mentions it in a bio', () => {
    const scores = index.search('激光雷达研发');
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(ranked).toEqual(['lidar-expert', 'bio-mentions-lidar']);
    expect(scores.has('battery-expert')).toBe(false);
  });

  test('when a field weight is negative, then the index refuses it naming the field', () => {
    expect(() => new Bm25Index(bigramTokenizer, { skills: -1 })).toThrow(
      "bm25: weight of field 'skills' must be a number ≥ 0",
    );
  });
});

describe('BM25 finished into arrays (StaticBm25)', () => {
  const docs = [
    { id: 'lidar-expert', skills: '激光雷达 点云', bio: '长期从事车载激光雷达研究' },
    { id: 'battery-expert', skills: '正极材料 磷酸铁锂', bio: '研究锂电池正极材料' },
    { id: 'bio-mentions-lidar', skills: '图像处理', bio: '曾参与激光雷达项目，研究点云' },
    { id: 'empty', skills: '', bio: '' },
  ];
  const plain = new Bm25Index(bigramTokenizer, { skills: 3, bio: 1 });
  const finished = new StaticBm25(bigramTokenizer, { skills: 3, bio: 1 });
  for (const { id, ...text } of docs) {
    plain.add(id, text);
    finished.add(id, text);
  }
  finished.seal();

  test('when it searches, then it finds the documents and scores Bm25Index finds, by either index', () => {
    for (const query of ['激光雷达研发', '正极材料', '点云 激光', '无关的词']) {
      const expected = plain.search(query);
      const { docs: found, scores } = finished.search(query);
      const got = new Map([...found].map((doc, i) => [finished.idOf(doc), scores[i]!]));
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, score] of expected) expect(got.get(id)).toBeCloseTo(score, 10);
      // scoring chosen documents gives the same numbers, whichever way it reads them
      const all = Int32Array.from(docs.map((_d, i) => i));
      const chosen = [...finished.scoreDocs(query, all)];
      const few = [...finished.scoreDocs(query, Int32Array.of(0))];
      docs.forEach((d, i) => expect(chosen[i]).toBeCloseTo(expected.get(d.id) ?? 0, 10));
      expect(few[0]).toBeCloseTo(expected.get('lidar-expert') ?? 0, 10);
    }
  });

  test('when the query terms are common, then scoring a few documents reads their own terms and agrees', () => {
    const common = new Bm25Index(bigramTokenizer, { text: 1 });
    const finishedCommon = new StaticBm25(bigramTokenizer, { text: 1 });
    for (let i = 0; i < 60; i++) {
      const text = i % 2 === 0 ? `锂电材料 样品${i}` : `锂电 设备`;
      common.add(`d${i}`, { text });
      finishedCommon.add(`d${i}`, { text });
    }
    finishedCommon.seal();
    // 60 postings for 锂电 against one short document: the forward path
    const [score] = finishedCommon.scoreDocs('锂电材料', Int32Array.of(4));
    expect(score).toBeCloseTo(common.search('锂电材料').get('d4')!, 10);
  });

  test('when it is used before seal or added to after, then it says so', () => {
    const index = new StaticBm25(bigramTokenizer, { text: 1 });
    expect(() => index.search('x')).toThrow('bm25: seal() before searching');
    index.seal();
    expect(() => index.add('late', { text: 'x' })).toThrow('bm25: add after seal');
  });
});

describe('skill coverage', () => {
  test('when skills are the same, contained or near, then they count fully, mostly or half', () => {
    expect(skillCoverage(['激光雷达'], ['激光雷达'])).toBe(1);
    expect(skillCoverage(['激光雷达', '光学设计'], ['车载激光雷达'])).toBeCloseTo(0.35);
    expect(skillCoverage(['Ｌｉｄａｒ'], ['lidar'])).toBe(1);
    expect(skillCoverage(['双燃料发动机'], ['正极材料'])).toBe(0);
    expect(skillCoverage([], ['x'])).toBe(0);
  });

  test('when coverage is explained, then each covered skill names what covers it', () => {
    expect(coveredSkills(['激光雷达', '光学设计'], ['车载激光雷达', '光学设计'])).toEqual([
      { skill: '激光雷达', by: '车载激光雷达', score: 0.7 },
      { skill: '光学设计', by: '光学设计', score: 1 },
    ]);
  });
});

describe('TF-IDF cosine (TfIdfSpace)', () => {
  test('when vectors are compared, then the cosine is 1 for the same text, 0 for no shared word, and in between otherwise', () => {
    const space = new TfIdfSpace();
    const docs = [
      ['lidar', 'point', 'cloud'],
      ['cathode', 'coat'],
      ['lidar', 'range'],
    ];
    for (const tokens of docs) space.count(tokens);
    space.seal();
    const [a, b, c] = docs.map((tokens) => space.vector([{ tokens, weight: 1 }]));
    expect(dot(a!, a!)).toBeCloseTo(1, 12);
    expect(dot(a!, b!)).toBe(0);
    expect(dot(a!, c!)).toBeGreaterThan(0);
    expect(dot(a!, c!)).toBeLessThan(1);
    // words the collection never saw add nothing
    expect(space.vector([{ tokens: ['unseen'], weight: 1 }]).terms.length).toBe(0);
  });
});
