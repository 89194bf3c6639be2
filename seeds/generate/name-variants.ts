import { Prng } from './prng';
import { TRADE_SYLLABLES } from './vocabulary';

export type VariantKind = 'short' | 'no-prefix' | 'no-suffix' | 'brackets' | 'typo' | 'absent';

export interface NameVariant {
  query: string;
  /** The enterprise the query means; null for a company that is not in the graph. */
  truth: string | null;
  kind: VariantKind;
}

const LEGAL = /(（集团）|\(集团\))?(股份有限公司|有限责任公司|有限公司)$/u;

/**
 * Noisy spellings of existing enterprise names, as they arrive in imports and meeting lists:
 * the short trade name, the name without its place prefix or legal form, brackets written
 * the other width, and typos (one character replaced, dropped or swapped). Plus names of
 * companies that are not in the graph at all, which must not be matched.
 */
export function nameVariants(
  enterprises: { id: string; name: string }[],
  places: string[],
  count: number,
  seed: number,
  absent = 0,
): NameVariant[] {
  const prng = new Prng(seed);
  const out: NameVariant[] = [];
  const kinds: VariantKind[] = ['short', 'no-prefix', 'no-suffix', 'brackets', 'typo'];
  for (let i = 0; i < count; i++) {
    const e = prng.pick(enterprises);
    const kind = kinds[i % kinds.length] as VariantKind;
    out.push({ query: vary(e.name, kind, places, prng), truth: e.id, kind });
  }
  const known = new Set(enterprises.map((e) => e.name));
  while (out.filter((v) => v.kind === 'absent').length < absent) {
    const name = `${Array.from({ length: 4 }, () => prng.pick(TRADE_SYLLABLES)).join('')}贸易有限公司`;
    if (!known.has(name)) out.push({ query: name, truth: null, kind: 'absent' });
  }
  return out;
}

/** One noisy spelling; `places` are the bare place names a company name may start with. */
function vary(name: string, kind: VariantKind, places: string[], prng: Prng): string {
  const legal = LEGAL.exec(name)?.[0] ?? '';
  const body = name.slice(0, name.length - legal.length);
  const place = places.find((p) => body.startsWith(p) && body.length - p.length >= 2) ?? '';
  const trade = body.slice(place.length);
  switch (kind) {
    case 'short':
      return trade;
    case 'no-prefix':
      return `${trade}${legal}`;
    case 'no-suffix':
      return body;
    case 'brackets':
      return legal.includes('（')
        ? name.replace('（', '(').replace('）', ')')
        : `${body}（集团）${legal.replace(/^（集团）/u, '')}`;
    case 'typo': {
      const chars = [...body];
      const at = prng.int(chars.length);
      const roll = prng.next();
      if (roll < 0.5) chars[at] = prng.pick(TRADE_SYLLABLES);
      else if (roll < 0.75 && chars.length > 3) chars.splice(at, 1);
      else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
      return `${chars.join('')}${legal}`;
    }
    default:
      return name;
  }
}
