import type { Language } from './language';

/**
 * The import report speaks the bundle's own words (sections such as enterprises, fields such as
 * regionId), which machines read; the page shows them as people call them, as the spreadsheets'
 * Chinese headers do. A word not listed is shown as it came.
 */
const SECTIONS: Record<string, [zh: string, en: string]> = {
  regions: ['地区', 'Regions'],
  chains: ['产业链', 'Chains'],
  segments: ['环节', 'Segments'],
  feeds: ['环节关系', 'Segment links'],
  enterprises: ['企业', 'Enterprises'],
  supplies: ['供应关系', 'Supply ties'],
  institutions: ['高校院所', 'Institutions'],
  partyOrgs: ['党组织', 'Party organisations'],
  pairings: ['结对共建', 'Pairings'],
  departments: ['职能部门', 'Departments'],
  people: ['人员', 'People'],
  works: ['成果', 'Works'],
  problems: ['技术难题', 'Problems'],
  teams: ['团队', 'Teams'],
  requests: ['诉求', 'Requests'],
  talentNeeds: ['人才需求', 'Talent needs'],
  outcomes: ['成效', 'Outcomes'],
};

const FIELDS: Record<string, [zh: string, en: string]> = {
  id: ['编号', 'id'],
  name: ['名称', 'name'],
  title: ['标题', 'title'],
  aliases: ['别名', 'aliases'],
  uscc: ['统一社会信用代码', 'credit code (USCC)'],
  scale: ['规模', 'scale'],
  tags: ['标签', 'tags'],
  products: ['产品', 'products'],
  needs: ['需求', 'needs'],
  description: ['简介', 'description'],
  level: ['级别', 'level'],
  parentId: ['上级', 'parent'],
  code: ['行政区划代码', 'division code'],
  chainId: ['产业链', 'chain'],
  chainIds: ['产业链', 'chains'],
  stage: ['阶段', 'stage'],
  keywords: ['关键词', 'keywords'],
  industryCodes: ['行业代码', 'industry codes'],
  regionId: ['地区', 'region'],
  industry: ['所属行业', 'industry'],
  businessScope: ['经营范围', 'business scope'],
  address: ['住所', 'address'],
  founded: ['成立日期', 'founded'],
  registeredCapital: ['注册资本', 'registered capital'],
  registrationStatus: ['登记状态', 'registration status'],
  segments: ['环节', 'segments'],
  needsSegments: ['需求环节', 'segments needed'],
  chainMasterOf: ['链主', 'chain master of'],
  kind: ['类型', 'kind'],
  members: ['成员', 'members'],
  covers: ['覆盖企业', 'covers'],
  from: ['供方', 'from'],
  to: ['需方', 'to'],
  a: ['甲方', 'party A'],
  b: ['乙方', 'party B'],
  since: ['开始时间', 'since'],
  weight: ['权重', 'weight'],
  skills: ['技能', 'skills'],
  bio: ['简历', 'biography'],
  partyMember: ['党员', 'party member'],
  maxLoad: ['最大任务数', 'maximum load'],
  phone: ['电话', 'phone'],
  email: ['邮箱', 'email'],
  worksAt: ['工作单位', 'works at'],
  memberOf: ['所属党组织', 'member of'],
  instructs: ['指导企业', 'instructs'],
  chiefOf: ['链长', 'chain chief of'],
  abstract: ['摘要', 'abstract'],
  year: ['年份', 'year'],
  authorIds: ['作者', 'authors'],
  status: ['状态', 'status'],
  teamSize: ['团队规模', 'team size'],
  deadline: ['截止日期', 'deadline'],
  bounty: ['榜额', 'bounty'],
  postedBy: ['发榜单位', 'posted by'],
  problemIds: ['攻关难题', 'problems'],
  raisedBy: ['点单企业', 'raised by'],
  assignedTo: ['承接人', 'assigned to'],
  raisedAt: ['提出时间', 'raised at'],
  dueAt: ['办结时限', 'due'],
  escalations: ['升级次数', 'escalations'],
  escalatedAt: ['升级时间', 'escalated at'],
  escalationNotifiedAt: ['督办通知时间', 'escalation notified at'],
  feedbackRating: ['满意度', 'rating'],
  feedbackNote: ['反馈意见', 'feedback'],
  lat: ['纬度', 'latitude'],
  lng: ['经度', 'longitude'],
  source: ['来源', 'source'],
  synthetic: ['合成数据', 'synthetic'],
  engine: ['引擎', 'engine'],
  result: ['结果', 'result'],
  date: ['日期', 'date'],
  note: ['备注', 'note'],
  qualifier: ['清单', 'list'],
  rank: ['推荐名次', 'rank'],
  subjectId: ['对象', 'subject'],
  candidateId: ['候选', 'candidate'],
  runId: ['推荐批次', 'run'],
  recordedBy: ['记录人', 'recorded by'],
  orgId: ['单位', 'organisation'],
  position: ['职务', 'position'],
  row: ['整行', 'row'],
  '(record)': ['整条记录', 'record'],
};

const pickOf = (pair: [string, string] | undefined, language: Language, word: string) =>
  pair ? pair[language === 'zh' ? 0 : 1] : word;

export const sectionLabel = (section: string, language: Language): string =>
  pickOf(SECTIONS[section], language, section);

/** A field path as the report gives it (tags.0, worksAt.1.orgId): each name labelled, items counted from 1. */
export function fieldLabel(path: string, language: Language): string {
  return path
    .split('.')
    .map((part) =>
      /^\d+$/u.test(part)
        ? language === 'zh'
          ? `第${Number(part) + 1}项`
          : `#${Number(part) + 1}`
        : pickOf(FIELDS[part] ?? SECTIONS[part], language, part),
    )
    .join(' ');
}

/** A row's place (enterprises[1] ent-x, enterprises line 3) with its section labelled. */
export const positionLabel = (position: string, language: Language): string =>
  position
    .replace(/^([A-Za-z]+)(?=\[|\s|$)/u, (section) => sectionLabel(section, language))
    .replace(/ line (\d+)$/u, language === 'zh' ? ' 第$1行' : ' line $1');
