import type { ChainCoverage } from '../../api/types';
import type { Sheet } from '../../components/export-sheet';

type Segment = ChainCoverage['segments'][number];
/** A row of the coverage sheet: a chain's totals (no segment), then each of its segments. */
interface CoverageRow {
  chain: ChainCoverage;
  segment: Segment | null;
}

const rate = (covered: number, of: number) => (of > 0 ? `${Math.round((covered / of) * 100)}%` : '');

/** Party coverage (党建覆盖) as a sheet: each chain with enterprises, its totals, then its segments. */
export function coverageSheet(chains: readonly ChainCoverage[]): Sheet<CoverageRow> {
  const rows = chains.flatMap((chain) => [
    { chain, segment: null },
    ...chain.segments.map((segment) => ({ chain, segment })),
  ]);
  const chainOnly = (value: (c: ChainCoverage) => number) => (row: CoverageRow) =>
    row.segment ? '' : value(row.chain);
  return {
    what: '党组织覆盖',
    where: [],
    rows,
    columns: [
      { header: '产业链', width: 24, cell: (r) => r.chain.name },
      { header: '环节', width: 24, cell: (r) => r.segment?.name ?? '（全链）' },
      { header: '企业数', width: 10, cell: (r) => (r.segment ?? r.chain).enterprises },
      { header: '党组织覆盖企业数', width: 16, cell: (r) => (r.segment ?? r.chain).covered },
      { header: '覆盖率', width: 10, cell: (r) => rate((r.segment ?? r.chain).covered, (r.segment ?? r.chain).enterprises) },
      { header: '党组织数', width: 10, cell: chainOnly((c) => c.partyOrgs) },
      { header: '党员（填报）', width: 12, cell: chainOnly((c) => c.membersStated) },
      { header: '党建指导员', width: 12, cell: chainOnly((c) => c.instructors) },
      { header: '结对共建', width: 10, cell: chainOnly((c) => c.pairings) },
      { header: '双重管理党员（关系在外）', width: 14, cell: chainOnly((c) => c.membersManaged) },
    ],
  };
}
