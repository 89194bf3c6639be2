import Fuse from 'fuse.js';
import type { NodeKind } from '../domain';
import { normaliseName } from './company-name';
import { bigrams } from './name-resolver';
import { placeAt } from './place-lookup';

export interface SearchEntry {
  kind: NodeKind;
  id: string;
  /** What a user types: the name, title or alias. */
  names: string[];
  /** Words that describe it (products, skills, description), matched too but weighed less. */
  text: string;
}

export interface SearchHit {
  kind: NodeKind;
  id: string;
  name: string;
  /** 1 = exact, towards 0 = loosely related. */
  score: number;
}

/** Candidates rescored with fuse.js per query: enough to hold every plausible hit. */
const BLOCK = 200;

/**
 * Search across kinds by name and text, fuzzy (GET /search): character bigrams find the entries
 * that share something with the query (blocking, so a province's 245k nodes answer in
 * milliseconds), fuse.js ranks those. Exact and prefix name matches come first.
 */
export class SearchIndex {
  private readonly entries: SearchEntry[] = [];
  private readonly postings = new Map<string, number[]>();

  add(entry: SearchEntry): void {
    const at = this.entries.push(entry) - 1;
    const grams = new Set([
      ...entry.names.flatMap((n) => bigrams(normaliseName(n))),
      ...bigrams(entry.text.toLowerCase()),
    ]);
    for (const gram of grams) {
      const list = this.postings.get(gram);
      if (list) list.push(at);
      else this.postings.set(gram, [at]);
    }
  }

  search(query: string, { limit = 20, kinds }: { limit?: number; kinds?: ReadonlySet<NodeKind> } = {}): SearchHit[] {
    const q = normaliseName(query);
    if (!q) return [];
    const shared = new Map<number, number>();
    for (const gram of new Set(bigrams(q)))
      for (const at of this.postings.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const beyondPlace = this.sharingBeyondPlace(q);
    const block = [...shared]
      .filter(([at]) => (!kinds || kinds.has(this.entries[at]!.kind)) && (!beyondPlace || beyondPlace.has(at)))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, BLOCK)
      .map(([at]) => this.entries[at]!);
    const fuse = new Fuse(block, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
      keys: [
        { name: 'names', weight: 3 },
        { name: 'text', weight: 1 },
      ],
    });
    return fuse
      .search(q)
      .map(({ item, score }) => {
        const exact = item.names.some((n) => normaliseName(n) === q);
        const prefix = item.names.some((n) => normaliseName(n).startsWith(q) || normaliseName(n).includes(q));
        return {
          kind: item.kind,
          id: item.id,
          name: item.names[0] ?? item.id,
          score: Math.round((exact ? 1 : prefix ? 0.9 : Math.max(0, 0.85 * (1 - (score ?? 1)))) * 1000) / 1000,
        };
      })
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  }

  /**
   * The entries that share something with the query beyond its leading place names, or null when
   * it has none (a bare place, or no place). Asked for 镇江船厂, an entry must share 江船 or 船厂:
   * the 镇江 firms that share only the city were listed below the shipyard as loosely related,
   * which they are not. The bigram across the place's end counts (镇江船舶配套 shares 江船).
   */
  private sharingBeyondPlace(q: string): Set<number> | null {
    let at = 0;
    for (let found = placeAt(q, 0); found && at + found.length < q.length; found = placeAt(q, at)) at += found.length;
    if (at === 0) return null;
    const entries = new Set<number>();
    // place names are of the Basic Multilingual Plane, so q[at - 1] is a whole character
    for (const gram of new Set(bigrams(q.slice(at - 1))))
      for (const entry of this.postings.get(gram) ?? []) entries.add(entry);
    return entries;
  }
}
