/**
 * The fields an import row brings for an enterprise it was linked to (by name or USCC), merged by
 * stated rules instead of dropped: a field the enterprise lacks is filled, a list gains the new
 * entries, and a field holding another value keeps the enterprise's and is reported with both
 * values, for a person to settle. Identity fields (id, name) are not merged: the row's name
 * becomes an alias.
 */
export interface FieldConflict {
  field: string;
  kept: unknown;
  incoming: unknown;
}

const IDENTITY = new Set(['id', 'name']);

/** @example mergeEnterpriseFields({ scale: 'large' }, { scale: 'small', products: ['船'] }) // patch { products: ['船'] }, one conflict */
export function mergeEnterpriseFields(
  existing: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
): { patch: Record<string, unknown>; conflicts: FieldConflict[] } {
  const patch: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    if (IDENTITY.has(field) || isEmpty(value)) continue;
    const current = existing[field];
    if (Array.isArray(value)) {
      const known = Array.isArray(current) ? current : [];
      const added = value.filter((v) => !known.some((k) => same(k, v)));
      if (added.length > 0) patch[field] = [...known, ...added];
    } else if (isEmpty(current)) {
      patch[field] = value;
    } else if (!same(current, value)) {
      conflicts.push({ field, kept: current, incoming: value });
    }
  }
  return { patch, conflicts };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string'
    ? a.trim() === b.trim()
    : JSON.stringify(a) === JSON.stringify(b);
}
