import { coreName, normaliseName } from './company-name';
import type { NameCandidate, NameEntry, Resolution, ResolveOptions } from './name-resolution';
import type { Place } from './place-lookup';
import { parseRegisteredName, type RegisteredName } from './registered-name';

/** One spelling of an enterprise (its name or an alias), parsed once. */
export interface Variant {
  entry: number;
  text: string;
  core: string;
  parsed: RegisteredName;
}

/**
 * The known enterprises' names as the resolver looks them up: by USCC, normalised name and core
 * name, every spelling parsed, with the postings that block the alignment and fuzzy paths; and
 * the answers shaped from an entry, under the resolver's options.
 */
export class NameIndex {
  readonly entries: NameEntry[] = [];
  private readonly indexById = new Map<string, number>();
  readonly byUscc = new Map<string, number>();
  readonly byNormal = new Map<string, Set<number>>();
  readonly byCore = new Map<string, Set<number>>();
  readonly variants: Variant[] = [];
  /** The places any of an enterprise's names show: an alias without its place (世丰新材料) keeps the company's. */
  readonly placesOf: Place[][] = [];
  /** Character bigrams of core names → variants, for the fuzzy layer's blocking. */
  readonly postings = new Map<string, number[]>();
  /** Characters of spelled names → variants, for the alignment's blocking. */
  readonly charPostings = new Map<string, number[]>();

  constructor(readonly options: ResolveOptions) {}

  /**
   * Adds an enterprise's names; an id added again adds its new names and aliases to the same entry.
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

  match(index: number, by: 'uscc' | 'name' | 'core' | 'fuzzy', similarity: number): Resolution {
    const entry = this.entries[index] as NameEntry;
    return { outcome: 'match', id: entry.id, name: entry.name, by, similarity };
  }

  ambiguous(candidates: NameCandidate[]): Resolution {
    return { outcome: 'ambiguous', candidates: candidates.slice(0, this.options.maxCandidates) };
  }

  candidate(index: number, similarity: number, matched: string): NameCandidate {
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

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
