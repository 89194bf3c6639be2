import type { NodeKind, RelInput } from '../domain';
import { isEdgeSection, nodeProps, sectionSpecs } from './bundle-sections';
import { selfOf, type ImportCandidate } from './import-references';
import type { PlacementPlan } from './roster/plan-placements';
import type { ImportWrite } from './write-import';

type Rec = Record<string, unknown>;

/**
 * What the import writes: each live record as a node of its kind (with its placement, for an
 * enterprise), or as an alias of the enterprise it was linked to; every relationship checked.
 */
export function planWrite(
  live: ImportCandidate[],
  rels: Map<ImportCandidate, RelInput[]>,
  idMap: Map<string, string>,
  merges: Map<ImportCandidate, Rec>,
  placement: PlacementPlan,
): ImportWrite {
  const nodes = new Map<NodeKind, Rec[]>();
  const aliases: ImportWrite['aliases'] = [];
  for (const c of live) {
    const spec = sectionSpecs[c.section];
    if (isEdgeSection(spec)) continue;
    const self = selfOf(c, idMap) as { kind: NodeKind; id: string };
    if (self.id !== c.record['id']) {
      aliases.push({ kind: self.kind, id: self.id, alias: String(c.record['name']), fields: merges.get(c) ?? {} });
      continue;
    }
    const props = { ...nodeProps(spec, c.record), ...(spec.kind === 'Enterprise' ? placement.props.get(self.id) : {}) };
    // an outcome keeps the ids of what it is about as its ties name them: an enterprise the import
    // matched by name to one already in the graph goes by that one's id
    for (const rel of rels.get(c) ?? []) {
      if (rel.type === 'OUTCOME_OF') props['subjectId'] = rel.to.id;
      if (rel.type === 'OUTCOME_WITH') props['candidateId'] = rel.to.id;
    }
    const list = nodes.get(spec.kind) ?? [];
    list.push(props);
    nodes.set(spec.kind, list);
  }
  return { nodes, rels: [...live.flatMap((c) => rels.get(c) ?? []), ...placement.rels], aliases };
}
