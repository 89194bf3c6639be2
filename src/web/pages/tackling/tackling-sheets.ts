import type { Consortium, Problem, Team } from '../../api/types';
import { joined, type Sheet, syntheticCell } from '../../components/export-sheet';
import { zh, type MessageKey } from '../../i18n/zh';

type Member = Consortium['members'][number];

/** The board's problems as a sheet (红链技术攻坚榜), as filtered on screen: status in Chinese, the poster, the skills wanted. */
export function problemsSheet(problems: readonly Problem[], where: readonly string[]): Sheet<Problem> {
  return {
    what: '红链技术攻坚榜',
    where,
    rows: problems,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '难题', width: 40, cell: (p) => p.title },
      { header: '难题编号', width: 24, cell: (p) => p.id },
      { header: '状态', width: 10, cell: (p) => zh[`problem.${p.status}` as MessageKey] ?? p.status },
      { header: '发榜单位', width: 36, cell: (p) => p.postedBy?.name },
      { header: '所需技能', width: 40, cell: (p) => joined(p.skills) },
      { header: '团队规模', width: 10, cell: (p) => p.teamSize },
      { header: '截止日期', width: 12, cell: (p) => p.deadline },
      { header: '榜额（万元）', width: 12, cell: (p) => p.bounty },
      { header: '说明', width: 60, cell: (p) => p.description },
      { header: '合成数据', width: 8, cell: (p) => syntheticCell(p.synthetic) },
    ],
  };
}

/** The consortium proposed for a problem as a sheet: its people, where they work, the skills each covers. */
export function consortiumSheet(problemTitle: string, consortium: Consortium): Sheet<Member> {
  return {
    what: '建议攻关联合体',
    where: [problemTitle],
    rows: consortium.members,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '姓名', width: 16, cell: (m) => m.name },
      { header: '人员编号', width: 24, cell: (m) => m.personId },
      { header: '单位', width: 36, cell: (m) => m.employer },
      {
        header: '单位类别',
        width: 10,
        cell: (m) => (m.employerKind === 'Institution' ? '高校院所' : m.employerKind ? '企业' : ''),
      },
      { header: '覆盖技能', width: 40, cell: (m) => joined(m.covers) },
    ],
  };
}

/** The teams tackling a problem as a sheet: name, kind in Chinese, how many people. */
export function teamsSheet(problemTitle: string, teams: readonly Team[]): Sheet<Team> {
  return {
    what: '攻关团队',
    where: [problemTitle],
    rows: teams,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '团队', width: 36, cell: (team) => team.name },
      { header: '团队编号', width: 24, cell: (team) => team.id },
      { header: '类别', width: 12, cell: (team) => zh[`team.${team.kind}` as MessageKey] ?? team.kind },
      { header: '成员人数', width: 10, cell: (team) => team.memberCount },
    ],
  };
}
