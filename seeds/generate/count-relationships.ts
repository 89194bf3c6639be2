import type { NodeKind } from '../../src/domain';
import { BUNDLE_SECTIONS } from '../../src/ingest/bundle.schema';
import { isEdgeSection, sectionSpecs } from '../../src/ingest/bundle-sections';

/** How many relationships a bundle becomes, by the same rules the importer uses. */
export function countRelationships(bundle: Record<string, unknown>): number {
  let count = 0;
  for (const section of BUNDLE_SECTIONS) {
    const spec = sectionSpecs[section];
    for (const record of (bundle[section] as Record<string, unknown>[] | undefined) ?? []) {
      if (isEdgeSection(spec)) count++;
      else
        count += spec
          .refs(record, { kind: spec.kind as NodeKind, id: String(record['id']) })
          .filter((use) => use.build !== null).length;
    }
  }
  return count;
}
