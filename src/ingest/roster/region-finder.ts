/**
 * Regions as a roster names them: by id, by name or alias (白银高新区), by GB/T 2260 code
 * (620402, or its 9- or 12-digit town form 620402000000), or inside an address (the longest
 * region name or alias in 住所). A name two regions share is ambiguous and names neither.
 * A code no region of the graph carries falls back up GB/T 2260's hierarchy — a county's
 * 620403 to its prefecture's 620400, then the province's 620000 — so an enterprise registered in
 * a district the park never entered still lands in the city that holds it.
 */
export interface RegionEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  code?: string;
  level?: string;
}

export type RegionMatch =
  { id: string; by: 'id' | 'name' | 'code' | 'address' | 'uscc'; text: string } | { ambiguous: string[]; text: string };

/** More specific first: in an address, 白银区 says more than 白银市 of the same length. */
const LEVEL_RANK: Record<string, number> = { park: 4, district: 3, city: 2, province: 1 };
/** Shorter names are words, not places (区, 市). */
const MIN_NAME = 2;

export class RegionFinder {
  private readonly byId = new Map<string, RegionEntry>();
  private readonly byName = new Map<string, RegionEntry[]>();
  private readonly byCode = new Map<string, RegionEntry[]>();
  /** Every name and alias, longest first, for addresses. */
  private names: string[] = [];

  constructor(regions: Iterable<RegionEntry>) {
    for (const region of regions) {
      this.byId.set(region.id, region);
      for (const name of new Set([region.name, ...region.aliases].map((n) => n.trim())))
        if (name.length >= MIN_NAME) push(this.byName, name, region);
      if (region.code) push(this.byCode, trimCode(region.code), region);
    }
    this.names = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** A region named by a roster cell: an id, a name or alias, a code. */
  named(text: string): RegionMatch | undefined {
    const value = text.trim();
    if (this.byId.has(value)) return { id: value, by: 'id', text: value };
    const byName = this.byName.get(value);
    if (byName) return one(byName, 'name', value);
    if (/^\d{6,12}$/u.test(value)) return this.coded(value, 'code', value);
    return undefined;
  }

  /** The region an address lies in: the longest name found in it, the most specific on a tie. */
  inAddress(address: string): RegionMatch | undefined {
    let found: RegionEntry[] | undefined;
    let length = 0;
    for (const name of this.names) {
      if (name.length < length) break;
      if (!address.includes(name)) continue;
      const regions = this.byName.get(name)!;
      if (!found || rank(regions) > rank(found)) found = regions;
      length = name.length;
    }
    return found ? one(found, 'address', address) : undefined;
  }

  /** The registering authority's division: a USCC's characters 3–8 (GB 32100-2015). */
  ofUscc(uscc: string): RegionMatch | undefined {
    const division = uscc.trim().slice(2, 8);
    if (!/^\d{6}$/u.test(division)) return undefined;
    return this.coded(division, 'uscc', division);
  }

  /** The region of a division code, or of the nearest division above it that the graph has. */
  private coded(code: string, by: 'code' | 'uscc', text: string): RegionMatch | undefined {
    for (const candidate of divisionsUp(trimCode(code))) {
      const regions = this.byCode.get(candidate);
      if (regions) return one(regions, by, text);
    }
    return undefined;
  }
}

/** A division code and those above it: 620403 → 620403, 620400, 620000 (a longer town code first itself). */
export function divisionsUp(code: string): string[] {
  if (code.length !== 6) return [code, ...divisionsUp(code.slice(0, 6))].filter((c, i, all) => all.indexOf(c) === i);
  return [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`].filter((c, i, all) => all.indexOf(c) === i);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** 620402000000 and 620402 name the same division: trailing zero pairs past the sixth digit go. */
function trimCode(code: string): string {
  let c = code.trim();
  while (c.length > 6 && c.endsWith('000')) c = c.slice(0, -3);
  return c;
}

function rank(regions: RegionEntry[]): number {
  return Math.max(...regions.map((r) => LEVEL_RANK[r.level ?? ''] ?? 0));
}

function one(regions: RegionEntry[], by: 'name' | 'code' | 'address' | 'uscc', text: string): RegionMatch {
  return regions.length === 1 ? { id: regions[0]!.id, by, text } : { ambiguous: regions.map((r) => r.id), text };
}
