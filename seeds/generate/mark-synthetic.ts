import { BUNDLE_SECTIONS } from '../../src/ingest/bundle.schema';
import { isEdgeSection, sectionSpecs } from '../../src/ingest/bundle-sections';

type Rec = Record<string, unknown>;

/**
 * The bundle with every node record marked `synthetic: true`. The province generator's own output
 * stays as it was (benchmarks compare it byte for byte); what `seed --synthetic` loads is marked.
 */
export function markedSynthetic(bundle: Rec): Rec {
  const marked: Rec = { ...bundle };
  for (const section of BUNDLE_SECTIONS) {
    const records = bundle[section];
    if (Array.isArray(records) && !isEdgeSection(sectionSpecs[section]))
      marked[section] = records.map((r: Rec) => ({ ...r, synthetic: true }));
  }
  return marked;
}
