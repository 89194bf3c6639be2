import { coreName, normaliseName } from './company-name';
import { fuzzyResolution } from './fuzzy-name-match';
import { NameIndex } from './name-index';
import { RESOLVE_DEFAULTS, type NameEntry, type Resolution, type ResolveOptions } from './name-resolution';
import { parseRegisteredName, placeEvidence, type RegisteredName } from './registered-name';
import { decideShortName, shortNameCandidates } from './short-name-match';

export { bigrams } from './name-index';
export {
  nameEntryOf,
  RESOLVE_DEFAULTS,
  type NameCandidate,
  type NameEntry,
  type Resolution,
  type ResolveOptions,
} from './name-resolution';

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
 * The names are indexed in name-index.ts; the short-name path is short-name-match.ts, the fuzzy
 * one fuzzy-name-match.ts; settings and answers are name-resolution.ts.
 */
export class NameResolver {
  private readonly names: NameIndex;

  constructor(entries: Iterable<NameEntry> = [], options: Partial<ResolveOptions> = {}) {
    this.names = new NameIndex({ ...RESOLVE_DEFAULTS, ...options });
    for (const entry of entries) this.add(entry);
  }

  get size(): number {
    return this.names.entries.length;
  }

  /**
   * Adds an enterprise (e.g. one just imported, so later rows of the same file resolve to it).
   * Adding an id again adds its new names and aliases to the same entry.
   */
  add(entry: NameEntry): void {
    this.names.add(entry);
  }

  /** @example resolver.resolve({ name: '镇江船厂' }) // { outcome: 'match', id: 'ent-zj-shipyard', by: 'core', ... } */
  resolve(query: { name: string; uscc?: string }): Resolution {
    if (query.uscc) {
      const hit = this.names.byUscc.get(query.uscc.trim().toUpperCase());
      if (hit !== undefined) return this.names.match(hit, 'uscc', 1);
    }
    const normal = normaliseName(query.name);
    const exact = this.names.byNormal.get(normal);
    if (exact?.size === 1) return this.names.match(first(exact), 'name', 1);
    if (exact && exact.size > 1)
      return this.names.ambiguous([...exact].map((i) => this.names.candidate(i, 1, query.name)));

    const parsed = parseRegisteredName(query.name);
    const core = coreName(query.name);
    const byCore = [...(this.names.byCore.get(core) ?? [])].filter((i) => !this.placeUnconfirmed(parsed, i));
    if (byCore.length === 1) return this.names.match(byCore[0] as number, 'core', 1);
    if (byCore.length > 1) return this.names.ambiguous(byCore.map((i) => this.names.candidate(i, 1, core)));

    // with both thresholds off (a resolver over an import's own new names: exact links only) the
    // alignment and fuzzy paths can answer nothing but none; they were most of a 100k import's time
    const { matchScore, candidateScore } = this.names.options;
    if (matchScore < 0 && candidateScore < 0) return { outcome: 'none', candidates: [] };
    const aligned = shortNameCandidates(this.names, parsed);
    if (aligned.length > 0) return decideShortName(this.names, aligned, parsed);
    return fuzzyResolution(this.names, core, parsed);
  }

  /** A query that names a place links by core name only to a company registered there. */
  private placeUnconfirmed(query: RegisteredName, entry: number): boolean {
    if (query.places.length === 0) return false;
    return placeEvidence(query.places, this.names.placesOf[entry] ?? []) !== 'for';
  }
}

function first(set: Set<number>): number {
  return set.values().next().value as number;
}
