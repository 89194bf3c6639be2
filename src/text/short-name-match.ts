import { alignmentScore, isSubsequence } from './name-alignment';
import type { NameIndex, Variant } from './name-index';
import type { NameCandidate, Resolution } from './name-resolution';
import { placesAbbreviatedBy } from './place-lookup';
import { placeEvidence, type RegisteredName } from './registered-name';

/**
 * The short-name path of the resolver: the query as people write it, aligned in order against
 * each registered name's parts, with its place (or the place's one-character abbreviation) as
 * evidence for or against; then the decision between match, ambiguous and none.
 */

/** A candidate enterprise of the alignment: its best spelling and score, and why. */
export interface Scored {
  entry: number;
  variant: number;
  score: number;
  text: string;
  evidence: string;
}

/** Short-name candidates by in-order alignment, best first, one per enterprise. */
export function shortNameCandidates(names: NameIndex, query: RegisteredName): Scored[] {
  // a short name keeps its 集团 / 股份 (中集集团, 紫光股份): the candidates keep theirs
  const base = query.hasForm ? query.text.slice(0, query.formStart) : query.text;
  const forms: { text: string; places: RegisteredName['places']; via: string }[] = [
    { text: base, places: [], via: 'written out' },
  ];
  if (query.coreStart > 0 && base.length - query.coreStart >= 2) {
    forms.push({ text: base.slice(query.coreStart), places: query.places, via: 'core' });
  }
  for (const place of placesAbbreviatedBy(base.slice(0, 1))) {
    forms.push({ text: place + base.slice(1), places: [], via: `${base.slice(0, 1)} for ${place}` });
  }
  const best = new Map<number, Scored>();
  for (const form of forms) {
    for (const v of blockByCharacters(names, form.text)) {
      const variant = names.variants[v] as Variant;
      if (!isSubsequence(form.text, variant.parsed.text)) continue;
      let score = alignmentScore(form.text, variant.parsed);
      if (score === null) continue;
      const places = names.placesOf[variant.entry] ?? [];
      const evidence = placeEvidence(form.places, places);
      if (evidence === 'against') score -= names.options.placeAgainst;
      else if (form.places.length > 0 && places.length === 0) score -= names.options.placeUnshown;
      const current = best.get(variant.entry);
      if (!current || score > current.score) {
        const place = evidence === 'none' ? '' : `, place ${evidence === 'for' ? 'agrees' : 'differs'}`;
        best.set(variant.entry, {
          entry: variant.entry,
          variant: v,
          score,
          text: variant.text,
          evidence: `${form.via}${place}`,
        });
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The variants holding the query's three rarest characters (every candidate must hold them
 * all): posting lists are in variant order, so intersecting them is a merge.
 */
function blockByCharacters(names: NameIndex, text: string): number[] {
  const lists: number[][] = [];
  for (const char of new Set(text)) {
    const list = names.charPostings.get(char);
    if (!list) return [];
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  let block = lists[0] ?? [];
  for (const list of lists.slice(1, 3)) block = intersectSorted(block, list);
  return block;
}

/**
 * Match when the best candidate scores well enough and leads the next by the margin (more for a
 * short query); else ambiguous with the candidates worth asking about, or none.
 */
export function decideShortName(names: NameIndex, ranked: Scored[], query: RegisteredName): Resolution {
  const registered = query.hasForm;
  const { matchScore, candidateScore, margin, maxCandidates } = names.options;
  const [top, runnerUp] = ranked as [Scored, Scored | undefined];
  const lead = top.score - (runnerUp?.score ?? 0);
  // fewer characters are less evidence: a two-character name (天成) fits many registered names
  const needed = margin * Math.max(1, names.options.fullLength / [...query.text].length);
  const placeLeftOut = registered && onlyPlaceLeftOut(names, query, top.variant);
  if ((!registered || placeLeftOut) && 1 - top.score <= matchScore && lead >= needed) {
    const evidence = `${placeLeftOut ? 'registered name without its place' : top.evidence}; score ${top.score.toFixed(2)}, next ${(runnerUp?.score ?? 0).toFixed(2)}`;
    return { ...names.match(top.entry, 'fuzzy', top.score), evidence } as Resolution;
  }
  const top5 = ranked.slice(0, maxCandidates);
  const shown = top5.map((s) => names.candidate(s.entry, Math.max(0, s.score), s.text));
  // a registered name one character short of another may be a slip (十州电 for 十州电气): ask
  const worth = top5.filter(
    (s, i) =>
      1 - (shown[i] as NameCandidate).similarity <= candidateScore && (!registered || oneShort(names, query, s)),
  );
  return worth.length > 0
    ? names.ambiguous(worth.map((s) => names.candidate(s.entry, Math.max(0, s.score), s.text)))
    : { outcome: 'none', candidates: shown };
}

/**
 * A registered name that is another's without its leading place (梅聚化工有限公司 for
 * 澧阳梅聚化工有限公司, the place perhaps one no table lists) is the same registration written
 * shorter; anything else written inside a longer name is not (平顶山新能源科技 is not 平顶山立充新能源科技).
 */
function onlyPlaceLeftOut(names: NameIndex, query: RegisteredName, variant: number): boolean {
  const { parsed } = names.variants[variant] as Variant;
  const name = parsed.text.slice(0, parsed.formStart);
  const asked = query.text.slice(0, query.formStart);
  const prefix = name.length - asked.length;
  return asked.length >= 3 && prefix >= 2 && prefix <= 4 && name.endsWith(asked);
}

function oneShort(names: NameIndex, query: RegisteredName, scored: Scored): boolean {
  const { parsed } = names.variants[scored.variant] as Variant;
  const asked = query.text.slice(0, query.formStart);
  return parsed.formStart - query.formStart === 1 && isSubsequence(asked, parsed.text.slice(0, parsed.formStart));
}

function intersectSorted(a: number[], b: number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both;
}
