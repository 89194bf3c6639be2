import type { NodeKind, RelInput } from '../domain';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import { NameResolver, type Resolution } from '../text/name-resolver';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import { isEdgeSection, nodeProps, sectionSpecs, type NodeSection, type RefUse } from './bundle-sections';
import type { ImportReport } from './import-report';
import { bundleIds, checkReferences, referencesOf, selfOf, storeIds, type ImportCandidate } from './import-references';
import { scopeRefusals, type ImportCaller, type ScopeRefusal } from './import-scope';
import { loadEnterpriseNames } from './load-enterprise-names';
import { writeImport, type ImportWrite } from './write-import';
import { decideEnterpriseLink } from './link-enterprise';
import { mergeEnterpriseFields } from './merge-enterprise-fields';
import { parseSections } from './parse-sections';
import { planPlacements, type PlacementPlan } from './roster/plan-placements';
import { prepareRoster } from './roster/prepare-roster';

export interface ImportOptions {
  /** Validate and report without writing anything. */
  dryRun?: boolean;
  /** Called as records are written: done of total. */
  onProgress?: (done: number, total: number) => void;
  /** File line of a record, for reports of CSV and XLSX imports. */
  lineOf?: (section: BundleSection, index: number) => number | undefined;
  /**
   * Keep a record of the past (an outcome) whose subject or candidate names nothing — deleted
   * since, as in an export re-imported — rather than reject it. Default true; the API's writes,
   * which record the present, pass false.
   */
  keepHistory?: boolean;
  /**
   * Who imports: a key limited to a region imports only what lies in it, and only an admin
   * imports the regions, chains, segments and feeds (import-scope.ts); the others are rejected
   * row by row. Absent: an admin's import (the CLI, the seeds).
   */
  caller?: ImportCaller;
  /**
   * A park's roster (file imports): enterprises without ids get stable ones, regions and segments
   * may be named rather than given by id, and enterprises without segments are placed on the
   * chains (挂链) or queued for review. Off for the seeds and the API's record writes.
   */
  roster?: boolean;
}

type Rec = Record<string, unknown>;

/**
 * Imports a redchain-bundle/1 document: every record is validated on its own, references are
 * checked against the bundle and the graph, enterprise names are resolved so that a company
 * already in the graph is not created twice, and every valid record is written in batches. A
 * record with any problem writes nothing of itself (never half a record) and is reported with
 * its position, field and reason; records that depend on it are reported too. Ambiguous names go
 * to a review list. Re-importing the same input changes nothing.
 */
export async function importBundle(
  store: GraphStore,
  raw: unknown,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { dryRun = false, onProgress, lineOf = () => undefined, keepHistory = true, caller, roster = false } = options;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput('bundle', 'must be a JSON object');
  const prepared = roster ? await prepareRoster(store, raw as Rec) : { bundle: raw as Rec, notes: [] };
  const bundle = prepared.bundle;
  if (bundle['format'] !== BUNDLE_FORMAT) {
    throw AppError.badInput('format', `must be '${BUNDLE_FORMAT}', got ${JSON.stringify(bundle['format'])}`);
  }
  const report: ImportReport = {
    dryRun,
    counts: {},
    written: { nodesCreated: 0, nodesUpdated: 0, nodesUnchanged: 0, relsCreated: 0, relsUpdated: 0, relsUnchanged: 0 },
    rejected: [],
    review: [],
    linked: [],
    notes: prepared.notes,
  };
  const where = (c: { section: BundleSection; index: number; record?: Rec }) => {
    const line = lineOf(c.section, c.index);
    const id = typeof c.record?.['id'] === 'string' ? (c.record['id'] as string) : undefined;
    return {
      section: c.section,
      position: `${c.section}[${c.index}]`,
      ...(line ? { line } : {}),
      ...(id ? { id } : {}),
    };
  };
  const reject = (c: { section: BundleSection; index: number; record?: Rec }, field: string, reason: string) =>
    report.rejected.push({ ...where(c), field, reason });

  const parsed = parseSections(bundle, report, reject);
  const { idMap, held, merges } = await resolveEnterprises(store, parsed, report, where);
  const refused = caller
    ? await scopeRefusals(
        store,
        caller,
        parsed.filter((c) => !held.has(c)),
        idMap,
      )
    : new Map<ImportCandidate, ScopeRefusal>();
  for (const [c, refusal] of refused) reject(c, refusal.field, refusal.reason);
  const accepted = parsed.filter((c) => !refused.has(c));

  const refs = new Map<ImportCandidate, RefUse[]>(accepted.map((c) => [c, referencesOf(c, idMap)]));
  const inStore = await storeIds(store, accepted, refs, idMap);
  let live = accepted.filter((c) => !held.has(c));
  let rels = new Map<ImportCandidate, RelInput[]>();
  let gone = new Map<ImportCandidate, RefUse[]>();
  // a record that fails takes down the records that reference it: repeat until nothing changes
  for (let changed = true; changed;) {
    changed = false;
    const liveIds = bundleIds(live, idMap);
    const heldIds = bundleIds([...held], idMap);
    rels = new Map();
    gone = new Map();
    live = live.filter((c) => {
      const check = checkReferences(c, refs.get(c) ?? [], liveIds, heldIds, inStore, { keepHistory });
      if (check.ok) {
        rels.set(c, check.rels);
        if (check.gone.length > 0) gone.set(c, check.gone);
        return true;
      }
      changed = true;
      if (check.held) {
        held.add(c);
        report.review.push({ ...where(c), reason: check.reason, candidates: [] });
      } else reject(c, check.field, check.reason);
      return false;
    });
  }

  for (const c of live) report.counts[c.section]!.imported++;
  for (const [c, uses] of gone) {
    const at = where(c);
    for (const use of uses)
      report.notes.push(
        `${at.position}${at.id ? ` (${at.id})` : ''}: ${use.field} '${use.id}' names no ${use.kinds.join(' or ')} in this bundle or the graph (deleted since?); kept without its tie`,
      );
  }
  for (const section of BUNDLE_SECTIONS) {
    const counts = report.counts[section];
    if (!counts) continue;
    counts.rejected = new Set(report.rejected.filter((r) => r.section === section).map((r) => r.position)).size;
    counts.held = new Set(report.review.filter((r) => r.section === section).map((r) => r.position)).size;
  }
  const placement = await planPlacements(
    store,
    live
      .filter((c) => c.section === 'enterprises' && !idMap.has(String(c.record['id'])))
      .map((c) => ({ candidate: c, id: String(c.record['id']), line: lineOf(c.section, c.index) })),
    live.filter((c) => c.section === 'segments').map((c) => c.record),
    { classify: roster },
  );
  if (placement.summary) report.placements = placement.summary;
  if (!dryRun) await writeImport(store, planWrite(live, rels, idMap, merges, placement), report, onProgress);
  return report;
}

/**
 * A new enterprise id whose name (or USCC) is already in the graph or earlier in the bundle is
 * linked to that enterprise; an ambiguous name is held for review. Fuzzy matches are only made
 * against the graph, so two new companies with similar names in one file are both created.
 */
async function resolveEnterprises(
  store: GraphStore,
  accepted: ImportCandidate[],
  report: ImportReport,
  where: (c: ImportCandidate) => { section: BundleSection; position: string; line?: number; id?: string },
): Promise<{ idMap: Map<string, string>; held: Set<ImportCandidate>; merges: Map<ImportCandidate, Rec> }> {
  const enterprises = accepted.filter((c) => c.section === 'enterprises');
  const idMap = new Map<string, string>();
  const held = new Set<ImportCandidate>();
  /** The fields a linked row brings, merged onto the enterprise it was linked to when written. */
  const merges = new Map<ImportCandidate, Rec>();
  if (enterprises.length === 0) return { idMap, held, merges };
  const known = await store.existingIds(
    'Enterprise',
    enterprises.map((c) => String(c.record['id'])),
  );
  const inGraph = new NameResolver(await loadEnterpriseNames(store));
  const inBundle = new NameResolver([], { matchScore: -1, candidateScore: -1 });
  for (const c of enterprises) {
    const id = String(c.record['id']);
    if (known.has(id)) continue;
    const query = { name: String(c.record['name']), ...(c.record['uscc'] ? { uscc: String(c.record['uscc']) } : {}) };
    let resolution: Resolution = inGraph.resolve(query);
    if (resolution.outcome === 'none') resolution = inBundle.resolve(query);
    const decision = decideEnterpriseLink(query, resolution);
    if (decision.action === 'link' && decision.to !== id) {
      idMap.set(id, decision.to);
      // the row's other fields are merged by stated rules, each conflict reported with both values
      const incoming = nodeProps(sectionSpecs.enterprises as NodeSection, c.record);
      const existing = await store.getNode('Enterprise', decision.to);
      const { patch, conflicts } = existing
        ? mergeEnterpriseFields(existing.props, incoming)
        : { patch: {}, conflicts: [] };
      merges.set(c, incoming);
      report.linked.push({
        position: where(c).position,
        incomingId: id,
        incomingName: query.name,
        linkedTo: decision.to,
        linkedName: decision.toName,
        by: decision.by,
        evidence: decision.evidence,
        filled: Object.keys(patch),
        conflicts,
      });
    } else if (decision.action === 'hold') {
      held.add(c);
      report.review.push({ ...where(c), name: query.name, reason: decision.reason, candidates: decision.candidates });
    } else if (decision.action === 'create') {
      if (decision.similar.length > 0) {
        const at = where(c);
        report.notes.push(
          `${at.position} (${id}) ${query.name}: created as a new enterprise; similar names in the graph, to check: ${decision.similar
            .map((s) => `${s.name} (${s.id})`)
            .join(', ')}`,
        );
      }
      inBundle.add({
        id,
        name: query.name,
        aliases: (c.record['aliases'] as string[] | undefined) ?? [],
        ...(query.uscc ? { uscc: query.uscc } : {}),
      });
    }
  }
  return { idMap, held, merges };
}

function planWrite(
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
