/**
 * How well one set of skill tags covers another: each wanted skill scores 1 when an offered
 * skill is the same tag after normalisation (NFKC, lower case, no spaces or punctuation), 0.7
 * when one contains the other (激光雷达 / 车载激光雷达), 0.5 when their character bigrams mostly
 * agree (Dice ≥ 0.6), else 0; the result is the mean over the wanted skills, in [0, 1].
 *
 * @example skillCoverage(['激光雷达', '光学设计'], ['车载激光雷达']) // 0.35
 */
export function skillCoverage(wanted: readonly string[], offered: readonly string[]): number {
  return normalisedCoverage(normaliseSkills(wanted), normaliseSkills(offered));
}

/** Tags normalised and deduplicated, for normalisedCoverage (an engine normalises each side once). */
export function normaliseSkills(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseSkill).filter(Boolean))];
}

/** skillCoverage of tags already passed through normaliseSkills. */
export function normalisedCoverage(want: readonly string[], have: readonly string[], match = tagMatch): number {
  if (want.length === 0) return 0;
  let total = 0;
  for (const w of want) {
    let best = 0;
    for (const h of have) best = Math.max(best, match(w, h));
    total += best;
  }
  return total / want.length;
}

/**
 * tagMatch remembered per pair of normalised tags: an engine comparing one problem's few tags
 * with thousands of experts meets the same pairs again and again (a province's skill vocabulary
 * is small), and the bigram comparison was most of a problem's ranking time.
 */
export function rememberingTagMatch(): (a: string, b: string) => number {
  const known = new Map<string, Map<string, number>>();
  return (a, b) => {
    let row = known.get(a);
    if (!row) known.set(a, (row = new Map()));
    let score = row.get(b);
    if (score === undefined) row.set(b, (score = tagMatch(a, b)));
    return score;
  };
}

/** The per-skill detail: which wanted skills are covered, and by what. */
export function coveredSkills(
  wanted: readonly string[],
  offered: readonly string[],
): { skill: string; by: string; score: number }[] {
  const covered: { skill: string; by: string; score: number }[] = [];
  for (const skill of wanted) {
    let best = { by: '', score: 0 };
    for (const candidate of offered) {
      const score = tagMatch(normaliseSkill(skill), normaliseSkill(candidate));
      if (score > best.score) best = { by: candidate, score };
    }
    if (best.score > 0) covered.push({ skill, ...best });
  }
  return covered;
}

export function normaliseSkill(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·•,，、;；/\\()（）-]+/gu, '');
}

function tagMatch(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) >= 2 ? 0.7 : 0;
  return dice(a, b) >= 0.6 ? 0.5 : 0;
}

function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const chars = [...s];
    return chars.length < 2 ? chars : chars.slice(0, -1).map((c, i) => `${c}${chars[i + 1]}`);
  };
  const x = grams(a);
  const y = new Map<string, number>();
  for (const g of grams(b)) y.set(g, (y.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const left = y.get(g) ?? 0;
    if (left > 0) {
      shared++;
      y.set(g, left - 1);
    }
  }
  return (2 * shared) / (x.length + grams(b).length);
}
