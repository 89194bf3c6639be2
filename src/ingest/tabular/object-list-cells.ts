import { isDeepStrictEqual } from 'node:util';
import { codeOf, type Labelled } from '../../domain';

/**
 * A cell holding a list of objects (a person's 工作单位, a request's 呼叫部门, a meeting's 议程), in
 * one of two forms that import reads and export writes:
 *
 * - short: items separated by ；、| or a new line, each item `first:second` (`inst-just:教授；
 *   ent-1:顾问`, `dept-fire:已吹哨`), which is what a person types; the identifying key comes first;
 * - JSON: an array of objects (`[{"departmentId":"dept-fire","status":"已销号","calledAt":"…"}]`),
 *   for items with more than two fields or with text the short form would cut (a note holding
 *   ：or 、).
 *
 * Enum values inside the items (a call's status, an agenda item's topic) are written in Chinese and
 * read as any spelling of the vocabulary. Export writes the short form only when reading it back
 * gives the very same items, and JSON otherwise, so an export always re-imports unchanged.
 */
export type ItemEnums = Readonly<Record<string, Labelled<string>>>;

type Item = Record<string, unknown>;

const ITEM_SEPARATORS = /[;；、|\n]+/u;
const KEY_SEPARATOR = /[:：@]/u;

/** The short form's order of an item's keys: the identifying ones (…Id) first, then schema order. */
export function shortFormKeys(keys: readonly string[]): string[] {
  const ids = keys.filter((k) => k.endsWith('Id'));
  return [...ids, ...keys.filter((k) => !k.endsWith('Id'))];
}

/**
 * A cell's items (`keys`: an item's fields in schema order); enum values translated to their
 * codes, anything else left as written for validation to name.
 *
 * @example readObjectList('dept-fire:已吹哨', ['departmentId', 'status'], { status: CallStatuses })
 * // [{ departmentId: 'dept-fire', status: 'called' }]
 */
export function readObjectList(cell: string, keys: readonly string[], enums: ItemEnums = {}): unknown[] {
  const json = jsonItems(cell);
  if (json) return json.map((item) => translated(item, enums, (labels, v) => codeOf(labels, v) ?? v));
  const [first, second] = shortFormKeys(keys);
  return cell
    .split(ITEM_SEPARATORS)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [head, ...rest] = item.split(KEY_SEPARATOR);
      const tail = rest.join(':').trim();
      return translated(
        { [first as string]: (head ?? '').trim(), ...(tail ? { [second as string]: tail } : {}) },
        enums,
        (labels, v) => codeOf(labels, v) ?? v,
      );
    });
}

/** Items as a cell: the short form when it reads back as the same items, JSON when not. */
export function writeObjectList(items: readonly Item[], keys: readonly string[], enums: ItemEnums = {}): string {
  const inChinese = items.map((item) => translated(item, enums, (labels, v) => labels.zh[v] ?? v));
  const [first, second] = shortFormKeys(keys);
  const short = inChinese
    .map((item) => [item[first as string], item[second as string]].filter((v) => v !== undefined).join(':'))
    .join('；');
  if (isDeepStrictEqual(readObjectList(short, keys, enums), items.map(withoutUndefined))) return short;
  // keys in schema order whatever order the store gave them, so exports of one graph are alike
  return JSON.stringify(inChinese.map((item) => ordered(item, keys)));
}

/** A cell that is a JSON array of objects, or null (then it is read as the short form). */
function jsonItems(cell: string): Item[] | null {
  if (!cell.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)))
    return null;
  return parsed as Item[];
}

function translated(item: Item, enums: ItemEnums, to: (labels: Labelled<string>, value: string) => string): Item {
  const out: Item = {};
  for (const [key, value] of Object.entries(item)) {
    const labels = enums[key];
    out[key] = labels && typeof value === 'string' ? to(labels, value) : value;
  }
  return out;
}

function withoutUndefined(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

function ordered(item: Item, keys: readonly string[]): Item {
  const known = keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]);
  const others = Object.entries(item).filter(([k, v]) => !keys.includes(k) && v !== undefined);
  return Object.fromEntries([...known, ...others]);
}
