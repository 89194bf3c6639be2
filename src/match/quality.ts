import { EnterpriseTags, type EnterpriseTag } from '../domain';
import type { ProjectedNode } from '../projection/projected-graph';

const SCALE: Record<string, number> = { micro: 0.2, small: 0.4, medium: 0.7, large: 1 };
const TAG_BONUS = 0.1;

/** An enterprise's standing: its scale (0.6 of the score) and its qualifications (0.1 each, up to 0.4). */
export function enterpriseQuality(node: ProjectedNode): { score: number; zh: string; en: string } {
  const scale = SCALE[String(node.props['scale'] ?? '')] ?? 0.3;
  const tags = ((node.props['tags'] as EnterpriseTag[] | undefined) ?? []).filter((t) => t in EnterpriseTags.zh);
  const score = Math.min(1, 0.6 * scale + Math.min(0.4, TAG_BONUS * tags.length));
  return {
    score,
    zh: tags.map((t) => EnterpriseTags.zh[t]).join('、'),
    en: tags.map((t) => EnterpriseTags.en[t]).join(', '),
  };
}
