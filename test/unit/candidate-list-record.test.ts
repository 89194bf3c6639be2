import type { Candidate } from '../../src/domain';
import {
  decodeList,
  encodeList,
  encodeListBody,
  LIST_FORMAT,
  listText,
} from '../../src/store/neo4j/candidate-list-record';
import { digestOfList } from '../../src/store/list-digest';

const path = ['甲公司 —所属党组织→ 乙党委 —覆盖→ 丙公司', 'A Co -COVERS (reverse)-> B committee -COVERS-> C Co'];
const partner = (id: string, name: string, score: number): Candidate => ({
  to: { kind: 'Enterprise', id },
  rank: 0,
  score,
  detail: {
    name,
    components: { segmentFit: 1, textFit: 0.777, proximity: 0.999, quality: 0.12, trust: 0.6 },
    via: { segmentId: 'seg-1', segmentName: '液晶材料·高端型', how: 'feeds' },
    orgPath: [{ from: '甲公司', to: '乙党委', type: 'COVERS', reversed: true }],
    why: { text: true, km: 5, tags: [], path, empty: '', none: null, gone: undefined },
  },
});

describe('a stored candidate list record', () => {
  it('reads back the candidates, ranks, scores and details it was written with', () => {
    const candidates = [partner('e-1', '融沛光电有限公司', 0.864), partner('e-2', '广桂 检测  公司 ', 0.5)];
    candidates.push({ to: { kind: 'Person', id: 'p-1' }, rank: 0, score: 0.1 });
    const read = decodeList(encodeList('run-1', '2026-12-03T08:00:00.000Z', candidates));
    expect(read).toEqual({
      runId: 'run-1',
      computedAt: '2026-12-03T08:00:00.000Z',
      candidates: candidates.map((c, i) => ({ ...c, rank: i + 1 })),
    });
    // JSON leaves out undefined keys: so does the record
    expect(Object.keys(read!.candidates[0]!.detail!['why'] as object)).not.toContain('gone');
    expect((read!.candidates[1]!.detail as { name: string }).name).toBe('广桂 检测  公司 ');
  });

  it('is smaller than the details written as JSON when candidates repeat keys and names', () => {
    const candidates = Array.from({ length: 20 }, (_, i) => partner(`e-${i}`, `企业${i}`, 1 - i / 20));
    expect(encodeList('r', 't', candidates).length).toBeLessThan(JSON.stringify(candidates).length / 2);
  });

  it('is its run, then a body that says the same of the same candidates under any run, and its digest with it', () => {
    const candidates = [partner('e-1', '融沛光电有限公司', 0.864), partner('e-2', '广桂检测公司', 0.5)];
    const body = encodeListBody(candidates);
    expect(encodeList('run-1', 't1', candidates)).toBe(listText('run-1', 't1', body));
    expect(JSON.parse(listText('run-2', 't2', body))).toMatchObject({ v: LIST_FORMAT, run: 'run-2', at: 't2' });
    expect(encodeListBody(structuredClone(candidates))).toBe(body);
    const norm = { bestText: 2.5, bestTextOf: 'e-1' };
    const moved = [candidates[0]!, { ...candidates[1]!, score: 0.49 }];
    expect(digestOfList(encodeListBody(structuredClone(candidates)), norm)).toBe(digestOfList(body, norm));
    expect(digestOfList(encodeListBody(moved), norm)).not.toBe(digestOfList(body, norm));
    expect(digestOfList(body, { ...norm, bestText: 2.4 })).not.toBe(digestOfList(body, norm));
  });

  it('reads a record in an older format as not stored', () => {
    const older = JSON.stringify({ run: 'r', at: 't', to: ['Enterprise:e-1'], scores: [1], detail: [0] });
    expect(decodeList(older)).toBeNull();
  });
});
