import Fuse from 'fuse.js';
import { coreName, normaliseName } from './company-name';

/**
 * Resolves an incoming company name to an existing enterprise (DESIGN.md §6 Names): an exact
 * USCC wins; then the normalised name or alias; then the core name (place prefixes removed);
 * then fuzzy matching with fuse.js over the few candidates that share character bigrams with
 * the query (blocking, as record-linkage systems do, so 10k names against 100k take seconds).
 * It answers match, ambiguous (with candidates, never a guess) or none.
 */
export const RESOLVE_DEFAULTS = {
  /** Fuse score (0 perfect, 1 unrelated) at or under which the best candidate may be a match. */
  matchScore: 0.25,
  /** Fuse score at or under which a candidate is worth showing as ambiguous. */
  candidateScore: 0.45,
  /** How much better than the runner-up a fuzzy match must be. */
  margin: 0.12,
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
  | { outcome: 'match'; id: string; name: string; by: 'uscc' | 'name' | 'core' | 'fuzzy'; similarity: number }
  | { outcome: 'ambiguous'; candidates: NameCandidate[] }
  | { outcome: 'none'; candidates: NameCandidate[] };

interface Variant {
  entry: number;
  text: string;
  core: string;
}

export class NameResolver {
  private readonly options: ResolveOptions;
  private readonly entries: NameEntry[] = [];
  private readonly indexById = new Map<string, number>();
  private readonly byUscc = new Map<string, number>();
  private readonly byNormal = new Map<string, Set<number>>();
  private readonly byCore = new Map<string, Set<number>>();
  private readonly variants: Variant[] = [];
  private readonly postings = new Map<string, number[]>();

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
      const variant = this.variants.push({ entry: index, text, core }) - 1;
      for (const gram of new Set(bigrams(core))) {
        const list = this.postings.get(gram);
        if (list) list.push(variant);
        else this.postings.set(gram, [variant]);
      }
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

    const core = coreName(query.name);
    const byCore = this.byCore.get(core);
    if (byCore?.size === 1) return this.match(first(byCore), 'core', 1);
    if (byCore && byCore.size > 1) return this.ambiguous([...byCore].map((i) => this.candidate(i, 1, core)));

    return this.fuzzy(core);
  }

  private fuzzy(core: string): Resolution {
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
    for (const result of fuse.search(core.slice(0, 32))) {
      const score = result.score ?? 1;
      const current = best.get(result.item.entry);
      if (!current || score < current.score) best.set(result.item.entry, { score, text: result.item.text });
    }
    const ranked = [...best.entries()].sort((a, b) => a[1].score - b[1].score);
    const [top, runnerUp] = ranked;
    if (!top) return { outcome: 'none', candidates: [] };
    const { matchScore, candidateScore, margin, maxCandidates } = this.options;
    const shown = ranked.slice(0, maxCandidates).map(([i, s]) => this.candidate(i, 1 - s.score, s.text));
    if (top[1].score <= matchScore && (!runnerUp || runnerUp[1].score - top[1].score >= margin)) {
      return this.match(top[0], 'fuzzy', 1 - top[1].score);
    }
    if (top[1].score <= candidateScore) {
      return this.ambiguous(shown.filter((c) => 1 - c.similarity <= candidateScore));
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

function first(set: Set<number>): number {
  return set.values().next().value as number;
}
