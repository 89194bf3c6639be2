/**
 * A lossless, smaller JSON for many values of the same few shapes (a candidate list's details):
 * each object's keys are written once per shape, not once per object, and each word (a string split
 * at spaces: names, path steps) once per text, referred to by its index. A list's twenty details
 * repeat their keys, segment and org names and path steps; a table of them is what makes a list
 * small. Self-contained (no shared dictionary), so one text still decodes alone.
 *
 * An encoded value is one of:
 * - a number, boolean or null, as is;
 * - a string: `[w1, w2, …]`, indices of its words (joined by single spaces when decoded);
 * - an object: `[-(shape + 1), v1, v2, …]`, its values in its shape's key order;
 * - an array: `[null, e1, e2, …]`.
 */
export interface CompactTables {
  /** Key lists, one per object shape met. */
  shapes: string[][];
  /** Words, each once. */
  words: string[];
}

/** A shape trie's node: the keys so far, and the shape's id once an object ended here (-1 before). */
interface ShapeNode {
  id: number;
  keys: string[];
  next: Map<string, ShapeNode>;
}

export type Compact = number | boolean | null | Compact[];

export class CompactWriter {
  private readonly shapeRoot: ShapeNode = { id: -1, keys: [], next: new Map() };
  private readonly wordIds = new Map<string, number>();
  readonly tables: CompactTables = { shapes: [], words: [] };

  encode(value: unknown): Compact {
    if (value === null || typeof value === 'boolean') return value;
    // as JSON.stringify writes them: NaN and infinities become null
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) {
      const out: Compact[] = [null];
      for (const item of value as unknown[]) out.push(this.encode(item ?? null));
      return out;
    }
    if (typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const out: Compact[] = [0];
      // the shape is found key by key in a trie: no signature string built per object
      let node = this.shapeRoot;
      for (const key in object) {
        const item = object[key];
        // keys JSON.stringify would leave out (undefined, functions) are left out here too
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || !Object.hasOwn(object, key))
          continue;
        let next = node.next.get(key);
        if (!next) node.next.set(key, (next = { id: -1, keys: [...node.keys, key], next: new Map() }));
        node = next;
        out.push(this.encode(item));
      }
      if (node.id < 0) node.id = this.tables.shapes.push(node.keys) - 1;
      out[0] = -(node.id + 1);
      return out;
    }
    throw new Error(`compact-json: cannot encode a ${typeof value}`);
  }

  private text(value: string): number[] {
    const ids: number[] = [];
    let from = 0;
    for (let space = value.indexOf(' '); space >= 0; space = value.indexOf(' ', from)) {
      ids.push(this.word(value.slice(from, space)));
      from = space + 1;
    }
    ids.push(this.word(value.slice(from)));
    return ids;
  }

  private word(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.tables.words.push(word) - 1;
      this.wordIds.set(word, id);
    }
    return id;
  }
}

export function decodeCompact(value: Compact, tables: CompactTables): unknown {
  if (!Array.isArray(value)) return value;
  const [head, ...rest] = value;
  if (head === null) return rest.map((item) => decodeCompact(item, tables));
  if (typeof head === 'number' && head < 0) {
    const keys = tables.shapes[-head - 1];
    if (!keys || keys.length !== rest.length) throw new Error('compact-json: an object does not match its shape');
    const object: Record<string, unknown> = {};
    keys.forEach((key, i) => (object[key] = decodeCompact(rest[i]!, tables)));
    return object;
  }
  return (value as number[]).map((id) => word(tables, id)).join(' ');
}

function word(tables: CompactTables, id: number): string {
  const found = tables.words[id];
  if (found === undefined) throw new Error(`compact-json: no word ${id}`);
  return found;
}
