import Fuse from 'fuse.js';
import { coreName, normaliseName } from './company-name';
import { alignmentScore, isSubsequence } from './name-alignment';
import { placesAbbreviatedBy, type Place } from './place-lookup';
import { parseRegisteredName, placeEvidence, type RegisteredName } from './registered-name';

/**
 * Resolves an incoming company name to an existing enterprise (DESIGN.md §6 Names): an exact
 * USCC wins; then the normalised name or alias; then the core name (place prefixes removed)
 * unless the query's place contradicts the candidate's; then the short name as people write it,
 * aligned in order against each registered name's parts (name-alignment.ts) with the query's
 * place — or its one-character abbreviation, 粤 for 广东 — as evidence for or against; last,
 * fuzzy matching with fuse.js for misspellings, over the few candidates that share character
 * bigrams with the query (blocking, as record-linkage systems do). It answers match only when the
 * score and the margin over the next candidate make it safe, otherwise ambiguous (with
 * candidates, never a guess) or none. A query carrying a legal form (…有限公司) is a registered
 * name: an in-order alignment to a longer registered name is another company (平顶山新能源科技 is
 * not 平顶山立充新能源科技), so it is matched only by name, core name or a near-exact spelling,
 * and otherwise answered none with the similar names as candidates (a new registration, not a
 * question of which known company it is).
 *
 * Scores are distances here (0 certain, 1 unrelated) so that a negative threshold turns a path off.
 * The alignment thresholds are calibrated on the listed companies' short names (bench/eval,
 * `npm run eval -- real`); the fuse thresholds on the generated misspellings (npm run bench).
 */
export const RESOLVE_DEFAULTS = {
  /** Distance (1 - alignment score) at or under which the best short-name candidate may be a match. */
  matchScore: 0.3,
  /** Fuse score (0 perfect, 1 unrelated) at or under which a misspelled name may be a match (and not above matchScore). */
  fuzzyMatchScore: 0.2,
  /** Taken off a candidate's alignment score when the query's place contradicts the candidate's. */
  placeAgainst: 0.5,
  /** Taken off when the query names a place the candidate's registered name does not show. */
  placeUnshown: 0.15,
  /** Fuse score at or under which a candidate is worth showing as ambiguous. */
  candidateScore: 0.45,
  /** How much better than the runner-up a match by alignment or fuzzy must be. */
  margin: 0.16,
  /** Query length (characters) from which `margin` applies as it is; shorter ones need margin × fullLength / length. */
  fullLength: 4,
  /** Candidates taken from the bigram index for fuzzy scoring. */
  blockSize: 30,
  /** A bigram shared by more names than this is too common to block on (公司, 科技). */
  commonBigram: 2000,
  /** Candidates returned with ambiguous and none. */
  maxCandidates: 5,
} as const;

export type ResolveOptions = { -readonly [K in keyof typeof RESOLVE_DEFAULTS]: number };

/** An enterprise node's name entry: its id, name, aliases and USCC. */
export function nameEntryOf(node: { id: string; props: Record<string, unknown> }): NameEntry {
  const uscc = node.props['uscc'];
  return {
    id: node.id,
    name: String(node.props['name']),
    aliases: (node.props['aliases'] as string[] | undefined) ?? [],
    ...(typeof uscc === 'string' ? { uscc } : {}),
  };
}

export interface NameEntry {
  id: string;
  name: string;
  aliases?: string[];
  uscc?: string;
}

export interface NameCandidate {
  id: string;
  name: string;
  /** 1 = certain, 0 = unrelated (1 - fuse score). */
  similarity: number;
  matched: string;
}

export type Resolution =
  | {
      outcome: 'match';
      id: string;
      name: string;
      by: 'uscc' | 'name' | 'core' | 'fuzzy';
      similarity: number;
      /** Why, for a person reading the import report: the place evidence and the margin. */
      evidence?: string;
    }
  | { outcome: 'ambiguous'; candidates: NameCandidate[] }
  | { outcome: 'none'; candidates: NameCandidate[] };

interface Variant {
  entry: number;
  text: string;
  core: string;
  parsed: RegisteredName;
}

interface Scored {
  entry: number;
  variant: number;
  score: number;
  text: string;
  evidence: string;
}

export class NameResolver {
  private readonly options: ResolveOptions;
  private readonly entries: NameEntry[] = [];
  private readonly indexById = new Map<string, number>();
  private readonly byUscc = new Map<string, number>();
  private readonly byNormal = new Map<string, Set<number>>();
  private readonly byCore = new Map<string, Set<number>>();
  private readonly variants: Variant[] = [];
  /** The places any of an enterprise's names show: an alias without its place (世丰新材料) keeps the company's. */
  private readonly placesOf: Place[][] = [];
  /** Character bigrams of core names → variants, for the fuzzy layer's blocking. */
  private readonly postings = new Map<string, number[]>();
  /** Characters of spelled names → variants, for the alignment's blocking. */
  private readonly charPostings = new Map<string, number[]>();

  constructor(entries: Iterable<NameEntry> = [], options: Partial<ResolveOptions> = {}) {
    this.options = { ...RESOLVE_DEFAULTS, ...options };
    for (const entry of entries) this.add(entry);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Adds an enterprise (e.g. one just imported, so later rows of the same file resolve to it).
   * Adding an id again adds its new names and aliases to the same entry.
   */
  add(entry: NameEntry): void {
    const known = this.indexById.get(entry.id);
    const index = known ?? this.entries.push(entry) - 1;
    this.indexById.set(entry.id, index);
    if (entry.uscc) this.byUscc.set(entry.uscc.toUpperCase(), index);
    for (const text of [entry.name, ...(entry.aliases ?? [])]) {
      const normal = normaliseName(text);
      const core = coreName(text);
      addTo(this.byNormal, normal, index);
      addTo(this.byCore, core, index);
      const parsed = parseRegisteredName(text);
      (this.placesOf[index] ??= []).push(...parsed.places);
      const variant = this.variants.push({ entry: index, text, core, parsed }) - 1;
      for (const gram of new Set(bigrams(core))) pushTo(this.postings, gram, variant);
      for (const char of new Set(parsed.text)) pushTo(this.charPostings, char, variant);
    }
  }

  /** @example resolver.resolve({ name: '镇江船厂' }) // { outcome: 'match', id: 'ent-zj-shipyard', by: 'core', ... } */
  resolve(query: { name: string; uscc?: string }): Resolution {
    if (query.uscc) {
      const hit = this.byUscc.get(query.uscc.trim().toUpperCase());
      if (hit !== undefined) return this.match(hit, 'uscc', 1);
    }
    const normal = normaliseName(query.name);
    const exact = this.byNormal.get(normal);
    if (exact?.size === 1) return this.match(first(exact), 'name', 1);
    if (exact && exact.size > 1) return this.ambiguous([...exact].map((i) => this.candidate(i, 1, query.name)));

    const parsed = parseRegisteredName(query.name);
    const core = coreName(query.name);
    const byCore = [...(this.byCore.get(core) ?? [])].filter((i) => !this.placeUnconfirmed(parsed, i));
    if (byCore.length === 1) return this.match(byCore[0] as number, 'core', 1);
    if (byCore.length > 1) return this.ambiguous(byCore.map((i) => this.candidate(i, 1, core)));

    const aligned = this.aligned(parsed);
    if (aligned.length > 0) return this.decide(aligned, parsed);
    return this.fuzzy(core, parsed);
  }

  /** Short-name candidates by in-order alignment, best first, one per enterprise. */
  private aligned(query: RegisteredName): Scored[] {
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
      for (const v of this.blockByCharacters(form.text)) {
        const variant = this.variants[v] as Variant;
        if (!isSubsequence(form.text, variant.parsed.text)) continue;
        let score = alignmentScore(form.text, variant.parsed);
        if (score === null) continue;
        const places = this.placesOf[variant.entry] ?? [];
        const evidence = placeEvidence(form.places, places);
        if (evidence === 'against') score -= this.options.placeAgainst;
        else if (form.places.length > 0 && places.length === 0) score -= this.options.placeUnshown;
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
  private blockByCharacters(text: string): number[] {
    const lists: number[][] = [];
    for (const char of new Set(text)) {
      const list = this.charPostings.get(char);
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let block = lists[0] ?? [];
    for (const list of lists.slice(1, 3)) block = intersectSorted(block, list);
    return block;
  }

  private decide(ranked: Scored[], query: RegisteredName): Resolution {
    const registered = query.hasForm;
    const { matchScore, candidateScore, margin, maxCandidates } = this.options;
    const [top, runnerUp] = ranked as [Scored, Scored | undefined];
    const lead = top.score - (runnerUp?.score ?? 0);
    // fewer characters are less evidence: a two-character name (天成) fits many registered names
    const needed = margin * Math.max(1, this.options.fullLength / [...query.text].length);
    const placeLeftOut = registered && this.onlyPlaceLeftOut(query, top.variant);
    if ((!registered || placeLeftOut) && 1 - top.score <= matchScore && lead >= needed) {
      const evidence = `${placeLeftOut ? 'registered name without its place' : top.evidence}; score ${top.score.toFixed(2)}, next ${(runnerUp?.score ?? 0).toFixed(2)}`;
      return { ...this.match(top.entry, 'fuzzy', top.score), evidence } as Resolution;
    }
    const top5 = ranked.slice(0, maxCandidates);
    const shown = top5.map((s) => this.candidate(s.entry, Math.max(0, s.score), s.text));
    // a registered name one character short of another may be a slip (十州电 for 十州电气): ask
    const worth = top5.filter(
      (s, i) =>
        1 - (shown[i] as NameCandidate).similarity <= candidateScore && (!registered || this.oneShort(query, s)),
    );
    return worth.length > 0
      ? this.ambiguous(worth.map((s) => this.candidate(s.entry, Math.max(0, s.score), s.text)))
      : { outcome: 'none', candidates: shown };
  }

  /**
   * A registered name that is another's without its leading place (梅聚化工有限公司 for
   * 澧阳梅聚化工有限公司, the place perhaps one no table lists) is the same registration written
   * shorter; anything else written inside a longer name is not (平顶山新能源科技 is not 平顶山立充新能源科技).
   */
  private onlyPlaceLeftOut(query: RegisteredName, variant: number): boolean {
    const { parsed } = this.variants[variant] as Variant;
    const name = parsed.text.slice(0, parsed.formStart);
    const asked = query.text.slice(0, query.formStart);
    const prefix = name.length - asked.length;
    return asked.length >= 3 && prefix >= 2 && prefix <= 4 && name.endsWith(asked);
  }

  private oneShort(query: RegisteredName, scored: Scored): boolean {
    const { parsed } = this.variants[scored.variant] as Variant;
    const asked = query.text.slice(0, query.formStart);
    return parsed.formStart - query.formStart === 1 && isSubsequence(asked, parsed.text.slice(0, parsed.formStart));
  }

  /** A query that names a place links by core name only to a company registered there. */
  private placeUnconfirmed(query: RegisteredName, entry: number): boolean {
    if (query.places.length === 0) return false;
    return placeEvidence(query.places, this.placesOf[entry] ?? []) !== 'for';
  }

  private fuzzy(core: string, query: RegisteredName): Resolution {
    const block = this.block(core);
    if (block.length === 0) return { outcome: 'none', candidates: [] };
    const fuse = new Fuse(block, {
      keys: ['core'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 1,
      isCaseSensitive: true,
    });
    const best = new Map<number, { score: number; text: string }>();
    const askedTrade = tradeOf(query);
    for (const result of fuse.search(core.slice(0, 32))) {
      // a hit that shares no character of the trade name (字号) shares only industry or place words
      // (百耀新材料 and XX新材料有限公司): neither a misspelling nor a question
      const trade = tradeOf(result.item.parsed);
      if (askedTrade && trade && ![...askedTrade].some((char) => trade.includes(char))) continue;
      let score = result.score ?? 1;
      // a misspelling changes a character or two; fuse also scores 数源科技 inside 新能源科技 well.
      // Such a name is not a match, and for a registered name not even a question (another registration)
      if (Math.abs(result.item.core.length - core.length) > 1) {
        score = Math.max(score, query.hasForm ? 1 : this.options.candidateScore);
      }
      if (placeEvidence(query.places, this.placesOf[result.item.entry] ?? []) === 'against')
        score += this.options.placeAgainst;
      const current = best.get(result.item.entry);
      if (!current || score < current.score) best.set(result.item.entry, { score, text: result.item.text });
    }
    const ranked = [...best.entries()].sort((a, b) => a[1].score - b[1].score);
    const [top, runnerUp] = ranked;
    if (!top) return { outcome: 'none', candidates: [] };
    const { matchScore, fuzzyMatchScore, candidateScore, margin, maxCandidates } = this.options;
    const shown = ranked.slice(0, maxCandidates).map(([i, s]) => this.candidate(i, Math.max(0, 1 - s.score), s.text));
    if (
      top[1].score <= Math.min(matchScore, fuzzyMatchScore) &&
      (!runnerUp || runnerUp[1].score - top[1].score >= margin)
    ) {
      return { ...this.match(top[0], 'fuzzy', 1 - top[1].score), evidence: 'misspelling' } as Resolution;
    }
    // a registered name is a question only about near-misspellings of it (吉林电力 is not a slip for 长江电力)
    const askUpTo = query.hasForm ? Math.min(candidateScore, matchScore) : candidateScore;
    if (top[1].score <= askUpTo) {
      return this.ambiguous(shown.filter((c) => 1 - c.similarity <= askUpTo));
    }
    return { outcome: 'none', candidates: shown };
  }

  /** The variants sharing the most bigrams with the query, ignoring bigrams too common to tell. */
  private block(core: string): Variant[] {
    const grams = [...new Set(bigrams(core))];
    const lists = grams.map((g) => this.postings.get(g) ?? []).filter((l) => l.length > 0);
    const usable = lists.filter((l) => l.length <= this.options.commonBigram);
    const counts = new Map<number, number>();
    for (const list of usable.length > 0 ? usable : lists.sort((a, b) => a.length - b.length).slice(0, 1)) {
      for (const variant of list) counts.set(variant, (counts.get(variant) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          Math.abs((this.variants[a[0]] as Variant).core.length - core.length) -
            Math.abs((this.variants[b[0]] as Variant).core.length - core.length),
      )
      .slice(0, this.options.blockSize)
      .map(([variant]) => this.variants[variant] as Variant);
  }

  private match(index: number, by: 'uscc' | 'name' | 'core' | 'fuzzy', similarity: number): Resolution {
    const entry = this.entries[index] as NameEntry;
    return { outcome: 'match', id: entry.id, name: entry.name, by, similarity };
  }

  private ambiguous(candidates: NameCandidate[]): Resolution {
    return { outcome: 'ambiguous', candidates: candidates.slice(0, this.options.maxCandidates) };
  }

  private candidate(index: number, similarity: number, matched: string): NameCandidate {
    const entry = this.entries[index] as NameEntry;
    return { id: entry.id, name: entry.name, similarity: Math.round(similarity * 1000) / 1000, matched };
  }
}

/** Character bigrams; a one-character name is its own gram. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
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

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function first(set: Set<number>): number {
  return set.values().next().value as number;
}

/** The trade name (字号) of a parsed name: between its place and its industry words. */
function tradeOf(name: RegisteredName): string {
  return name.text.slice(name.coreStart, name.industryStart);
}
