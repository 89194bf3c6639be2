import { Bm25Index } from '../../src/text/bm25';
import { coveredSkills, skillCoverage } from '../../src/text/skill-overlap';
import { bigramTokenizer, jiebaTokenizer } from '../../src/text/tokenizer';

describe('tokenizers', () => {
  test('when Chinese and English are mixed, then Chinese runs become bigrams and English words stay whole', () => {
    expect(bigramTokenizer('磷酸铁锂LFP正极')).toEqual(['磷酸', '酸铁', '铁锂', 'lfp', '正极']);
    expect(bigramTokenizer('（全角）ＬｉＤＡＲ')).toEqual(['全角', 'lidar']);
  });

  test('when jieba cuts a problem title, then it yields words without punctuation or stop words', () => {
    expect(jiebaTokenizer('高精度激光雷达的研发瓶颈，')).toEqual(['高精度', '激光雷达', '研发', '瓶颈']);
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
