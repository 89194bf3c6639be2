import { relationshipProblem, relationshipProps, type NodeKind, type RelInput } from '../domain';
import type { GraphStore } from '../store/graph-store';
import type { BundleSection } from './bundle.schema';
import { isEdgeSection, sectionSpecs, type RefUse } from './bundle-sections';

type Rec = Record<string, unknown>;

export interface ImportCandidate {
  section: BundleSection;
  index: number;
  record: Rec;
}

/** The kind and id a node section's record is written as (a linked enterprise: the existing one). */
export function selfOf(c: ImportCandidate, idMap: Map<string, string>): { kind: NodeKind; id: string } | null {
  const spec = sectionSpecs[c.section];
  if (isEdgeSection(spec)) return null;
  const id = String(c.record['id']);
  return { kind: spec.kind, id: spec.kind === 'Enterprise' ? (idMap.get(id) ?? id) : id };
}

/** Every reference a record makes, with enterprise ids mapped to the enterprises they link to. */
export function referencesOf(c: ImportCandidate, idMap: Map<string, string>): RefUse[] {
  const spec = sectionSpecs[c.section];
  const uses: RefUse[] = isEdgeSection(spec)
    ? spec.endFields.map((field, end) => ({
        field,
        id: String(c.record[field]),
        kinds: spec.ends[end] as readonly NodeKind[],
        build: null,
      }))
    : spec.refs(c.record, selfOf(c, idMap) as { kind: NodeKind; id: string });
  return uses.map((use) =>
    use.kinds.includes('Enterprise') && idMap.has(use.id) ? { ...use, id: idMap.get(use.id) as string } : use,
  );
}

export type IdsByKind = Map<NodeKind, Set<string>>;

/** Read access to ids by kind: an IdsByKind, or several seen as one (idsInAny). */
export interface IdLookup {
  get(kind: NodeKind): { has(id: string): boolean } | undefined;
}

/** Several id sets seen as one, without copying them (a streamed import's earlier chunks are large). */
export function idsInAny(...layers: IdLookup[]): IdLookup {
  return {
    get: (kind) => {
      const sets = layers.map((layer) => layer.get(kind)).filter((set) => set !== undefined);
      return sets.length === 0 ? undefined : { has: (id) => sets.some((set) => set.has(id)) };
    },
  };
}

/** Adds every id of `from` to `into`. */
export function addIds(into: IdsByKind, from: IdsByKind): void {
  for (const [kind, ids] of from) for (const id of ids) addId(into, kind, id);
}

/** The ids of the node records among the candidates, by kind. */
export function bundleIds(candidates: ImportCandidate[], idMap: Map<string, string>): IdsByKind {
  const ids: IdsByKind = new Map();
  for (const c of candidates) {
    const self = selfOf(c, idMap);
    if (self) addId(ids, self.kind, self.id);
  }
  return ids;
}

/** Which referenced ids, absent from the bundle (and from `known`: earlier chunks' records), exist in the graph. */
export async function storeIds(
  store: GraphStore,
  candidates: ImportCandidate[],
  refs: Map<ImportCandidate, RefUse[]>,
  idMap: Map<string, string>,
  known: IdLookup = new Map(),
): Promise<IdsByKind> {
  const inBundle = idsInAny(bundleIds(candidates, idMap), known);
  const wanted: IdsByKind = new Map();
  for (const c of candidates) {
    for (const use of refs.get(c) ?? []) {
      for (const kind of use.kinds) if (!inBundle.get(kind)?.has(use.id)) addId(wanted, kind, use.id);
    }
  }
  const found: IdsByKind = new Map();
  for (const [kind, ids] of wanted) found.set(kind, await store.existingIds(kind, [...ids]));
  return found;
}

export type RefCheck =
  { ok: true; rels: RelInput[]; gone: RefUse[] } | { ok: false; held: boolean; field: string; reason: string };

/**
 * Resolves each reference to the kind that has its id (in the bundle's live records or the graph)
 * and builds the record's relationships, or says why the record cannot be written.
 */
export function checkReferences(
  c: ImportCandidate,
  uses: RefUse[],
  live: IdLookup,
  held: IdLookup,
  inStore: IdLookup,
  { keepHistory }: { keepHistory: boolean },
): RefCheck {
  const resolved: { use: RefUse; kind: NodeKind }[] = [];
  const gone: RefUse[] = [];
  for (const use of uses) {
    const kind = use.kinds.find((k) => live.get(k)?.has(use.id) || inStore.get(k)?.has(use.id));
    if (kind) {
      resolved.push({ use, kind });
      continue;
    }
    const heldKind = use.kinds.find((k) => held.get(k)?.has(use.id));
    if (heldKind)
      return {
        ok: false,
        held: true,
        field: use.field,
        reason: `${use.field} names ${heldKind} '${use.id}', which is held for review`,
      };
    if (use.history && keepHistory) {
      gone.push(use);
      continue;
    }
    return {
      ok: false,
      held: false,
      field: use.field,
      reason: `no ${use.kinds.join(' or ')} with id '${use.id}' in this bundle or the graph`,
    };
  }
  const spec = sectionSpecs[c.section];
  const rels: RelInput[] = [];
  if (isEdgeSection(spec)) {
    const [from, to] = resolved as [{ use: RefUse; kind: NodeKind }, { use: RefUse; kind: NodeKind }];
    const props = Object.fromEntries(Object.entries(spec.props(c.record)).filter(([, v]) => v !== undefined));
    rels.push({
      type: spec.edge,
      from: { kind: from.kind, id: from.use.id },
      to: { kind: to.kind, id: to.use.id },
      props,
    });
  } else {
    for (const { use, kind } of resolved) if (use.build) rels.push(use.build({ kind, id: use.id }));
  }
  for (const rel of rels) {
    rel.props = Object.fromEntries(Object.entries(rel.props ?? {}).filter(([, v]) => v !== undefined));
    const problem = relationshipProblem(rel);
    if (problem) return { ok: false, held: false, field: '(relationship)', reason: problem };
    rel.props = relationshipProps(rel);
  }
  return { ok: true, rels, gone };
}

/** Adds one id of a kind. */
export function addId(ids: IdsByKind, kind: NodeKind, id: string): void {
  const set = ids.get(kind);
  if (set) set.add(id);
  else ids.set(kind, new Set([id]));
}
