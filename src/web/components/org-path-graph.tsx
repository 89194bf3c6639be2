import type { OrgHop } from '../api/types';
import { useT } from '../i18n/i18n';

const RELATION: Record<string, { zh: string; en: string; reversedZh?: string; reversedEn?: string }> = {
  COVERS: { zh: '覆盖', en: 'covers', reversedZh: '所属党组织', reversedEn: 'party org of' },
  PAIRED_WITH: { zh: '结对共建', en: 'paired with' },
  UNDER: { zh: '隶属', en: 'under', reversedZh: '下辖', reversedEn: 'over' },
  ON_CHAIN: { zh: '建在链上', en: 'on chain', reversedZh: '链上党组织', reversedEn: 'org on chain' },
  INSTRUCTS: { zh: '指导', en: 'instructs', reversedZh: '指导员', reversedEn: 'instructed by' },
  MEMBER_OF: { zh: '党员', en: 'member of', reversedZh: '成员', reversedEn: 'has member' },
  WORKS_AT: { zh: '任职', en: 'works at', reversedZh: '员工', reversedEn: 'employs' },
};

const BOX_W = 150;
const GAP = 70;
const BOX_H = 44;

/** Cuts a long company name so the box stays readable; the full name is in the tooltip. */
const short = (name: string) => (name.length > 10 ? `${name.slice(0, 9)}…` : name);

/**
 * The party-organisation path that can make an introduction, drawn left to right: each box an
 * enterprise or organisation, each arrow the tie between them (结对共建, 覆盖, 隶属 …).
 */
export function OrgPathGraph({ hops }: { hops: OrgHop[] }) {
  const { t, pick } = useT();
  if (hops.length === 0) return <p class="muted small">{t('partners.noPath')}</p>;
  const names = [hops[0]!.from, ...hops.map((h) => h.to)];
  const width = names.length * BOX_W + (names.length - 1) * GAP;
  return (
    <svg
      class="org-path"
      viewBox={`0 0 ${width} ${BOX_H + 24}`}
      role="img"
      aria-label={`${t('partners.orgPath')}: ${names.join(' → ')}`}
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" class="org-arrow-head" />
        </marker>
      </defs>
      {hops.map((hop, i) => {
        const x1 = i * (BOX_W + GAP) + BOX_W;
        const relation = RELATION[hop.type];
        const label = relation
          ? hop.reversed
            ? pick(relation.reversedZh ?? relation.zh, relation.reversedEn ?? relation.en)
            : pick(relation.zh, relation.en)
          : hop.type;
        return (
          <g key={i}>
            <line
              x1={x1 + 2}
              y1={BOX_H / 2 + 12}
              x2={x1 + GAP - 4}
              y2={BOX_H / 2 + 12}
              class="org-edge"
              marker-end="url(#arrow)"
            />
            <text x={x1 + GAP / 2} y={BOX_H / 2 + 4} class="org-edge-label" text-anchor="middle">
              {label}
            </text>
          </g>
        );
      })}
      {names.map((name, i) => (
        <g key={i} transform={`translate(${i * (BOX_W + GAP)}, 12)`}>
          <title>{name}</title>
          <rect
            width={BOX_W}
            height={BOX_H}
            rx="8"
            class={i === 0 || i === names.length - 1 ? 'org-end' : 'org-node'}
          />
          <text x={BOX_W / 2} y={BOX_H / 2 + 5} text-anchor="middle" class="org-name">
            {short(name)}
          </text>
        </g>
      ))}
    </svg>
  );
}
