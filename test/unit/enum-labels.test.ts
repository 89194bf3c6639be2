import { codeOf, Enterprise, EnterpriseTag, EnterpriseTags, RequestKinds } from '../../src/domain';
import * as enums from '../../src/domain/enums';
import { sheetsToBundle } from '../../src/ingest/tabular/tabular-to-bundle';

describe('enterprise tags as people write them', () => {
  test.each([
    ['链主', 'chain_master'],
    ['链主企业', 'chain_master'],
    ['专精特新', 'specialised_sme'],
    ['专精特新企业', 'specialised_sme'],
    ['chain master', 'chain_master'],
    ['chain_master', 'chain_master'],
  ])('when a tag is written %s, then it is kept as %s', (written, code) => {
    expect(EnterpriseTag.parse(written)).toBe(code);
    expect(codeOf(EnterpriseTags, written)).toBe(code);
  });

  test('when an enterprise is given through the API with short forms, then its tags are stored as codes', () => {
    expect(Enterprise.parse({ id: 'ent-1', name: '镇江船厂', tags: ['链主', '专精特新', 'listed'] }).tags).toEqual([
      'chain_master',
      'specialised_sme',
      'listed',
    ]);
  });

  test('when a tag is not known, then the refusal lists the Chinese options', () => {
    const refused = EnterpriseTag.safeParse('龙头');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('链主企业、上市公司');
  });

  test('when a spreadsheet says 链主 in its tags column, then the import reads chain_master', () => {
    const { bundle } = sheetsToBundle([
      { name: '企业', headers: ['名称', '标签'], rows: [{ line: 2, cells: ['镇江船厂', '链主；专精特新'] }] },
    ]);
    expect((bundle['enterprises'] as { tags: string[] }[])[0]?.tags).toEqual(['chain_master', 'specialised_sme']);
  });
});

describe('the labels of every vocabulary', () => {
  type Vocabulary = { values: readonly string[]; zh: Record<string, string>; en: Record<string, string> };
  const vocabularies = (Object.entries(enums) as [string, unknown][]).filter(
    (entry): entry is [string, Vocabulary] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'values' in entry[1] && 'en' in entry[1],
  );

  test('when the vocabularies are read, then there are some', () => {
    expect(vocabularies.map(([name]) => name)).toEqual(expect.arrayContaining(['EnterpriseTags', 'RequestKinds']));
  });

  test.each(vocabularies)(
    'when %s is shown, then every value has a Chinese and an English label, not its code',
    (_, v) => {
      for (const code of v.values) {
        expect([code, /\p{Script=Han}/u.test(v.zh[code] ?? '')]).toEqual([code, true]);
        expect([code, v.en[code]]).toEqual([code, expect.stringMatching(/^[^_]+$/u)]);
      }
    },
  );

  test('when a Chinese label is written, then it reads as its code', () => {
    expect(codeOf(RequestKinds, '融资需求')).toBe('financing');
    expect(codeOf(RequestKinds, '无此类')).toBeNull();
  });
});
