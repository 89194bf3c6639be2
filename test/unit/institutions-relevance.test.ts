import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { tacklingBundle } from '../helpers/tackling-fixture';

/**
 * Institutions for a problem (tackling-fixture: 光谷大学 researches 激光雷达与光学设计 in 武汉市,
 * where the poster is). Beside it, 武汉机电学院, in the same city, whose description shares only
 * the title's 高精度 with the lidar problem: being in the poster's city is no reason to propose it.
 */
async function indexWith(extra: (bundle: ReturnType<typeof tacklingBundle>) => void = () => {}) {
  const bundle = tacklingBundle();
  bundle.institutions!.push({
    id: 'M',
    name: '武汉机电学院',
    kind: 'university',
    regionId: 'r-wh',
    description: '高精度机床与数控加工',
  });
  extra(bundle);
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, bundle);
  expect(report.rejected).toEqual([]);
  return new TacklingIndex(await projectScope(store, {}));
}

describe('institutions for a problem: relevance first, never location alone', () => {
  test('when an institution shares only a generic title word and the poster’s city, then it is not proposed; the one whose research fits is, saying so', async () => {
    const { institutions } = (await indexWith()).rank('X');
    expect(institutions.map((i) => i.name)).toEqual(['光谷大学']);
    expect(institutions[0]!.reasons.zh).toContain('研究方向与难题相关');
  });

  test('when any institution is proposed, then its reasons name its relevance, not only where it is', async () => {
    const index = await indexWith();
    for (const problem of ['X', 'W', 'Y', 'Z'])
      for (const institution of index.rank(problem).institutions)
        expect(institution.reasons.zh[0]).toBe('研究方向与难题相关');
  });

  test('when nothing any institution researches relates to the problem’s skills, then the list is empty', async () => {
    const index = await indexWith((bundle) =>
      bundle.problems!.push({
        id: 'Q',
        title: '武汉高精度量子密钥分发',
        skills: ['量子密钥分发'],
        teamSize: 1,
        postedBy: 'P1',
        segments: ['s-lidar'],
      }),
    );
    expect(index.rank('Q').institutions).toEqual([]);
  });

  test('when an institution posted the problem itself, then it is not proposed for it', async () => {
    const index = await indexWith((bundle) =>
      bundle.problems!.push({
        id: 'U1',
        title: '激光雷达光学设计验证',
        skills: ['激光雷达', '光学设计'],
        teamSize: 1,
        postedBy: 'U',
        segments: ['s-lidar'],
      }),
    );
    expect(index.rank('U1').institutions.map((i) => i.name)).not.toContain('光谷大学');
  });
});
