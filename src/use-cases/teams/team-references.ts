import type { NodeKind } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphStore } from '../../store/graph-store';

/**
 * 400 naming the first id that is not in the graph, by the body field that holds it: the write
 * would refuse it too, but in the bundle's words (members[0].personId), not the caller's.
 */
export async function refuseUnknown(
  store: GraphStore,
  kind: NodeKind,
  ids: readonly string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const known = await store.existingIds(kind, [...ids]);
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw AppError.badInput(fieldOf(missing), `names no ${kind} ('${ids[missing]}')`);
}

/** Runs a check whose errors name the bundle's fields, renaming them to the body's. */
export async function renamedFields(renames: [RegExp, string][], check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const rename = (text: string) => renames.reduce((t, [from, to]) => t.replace(from, to), text);
    throw new AppError(
      error.code,
      rename(error.message),
      error.fields.map((f) => ({ field: rename(f.field), reason: rename(f.reason) })),
    );
  }
}
