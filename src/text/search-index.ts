import Fuse from 'fuse.js';
import type { NodeKind } from '../domain';
import { normaliseName } from './company-name';
import { bigrams } from './name-resolver';

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
    const block = [...shared]
      .filter(([at]) => !kinds || kinds.has(this.entries[at]!.kind))
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
}
