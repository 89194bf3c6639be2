import type { GraphStore } from '../store/graph-store';
import { NameResolver, type NameEntry, type Resolution } from '../text/name-resolver';
import { nodeProps, sectionSpecs, type NodeSection } from './bundle-sections';
import type { ImportReport } from './import-report';
import type { ImportCandidate } from './import-references';
import { decideEnterpriseLink, type EnterpriseLinkDecision } from './link-enterprise';
import { loadEnterpriseNames } from './load-enterprise-names';
import { mergeEnterpriseFields } from './merge-enterprise-fields';
import type { PositionOf } from './record-position';

type Rec = Record<string, unknown>;

/** What name resolution decided for the bundle's new enterprises. */
export interface EnterpriseResolution {
  /** A new id linked to the enterprise the graph already has under another id. */
  idMap: Map<string, string>;
  /** Rows whose name matches more than one enterprise: a person decides. */
  held: Set<ImportCandidate>;
  /** The fields a linked row brings, merged onto the enterprise it was linked to when written. */
  merges: Map<ImportCandidate, Rec>;
}

type EnterpriseQuery = { name: string; uscc?: string };

/**
 * The names an import resolves against: the graph's as they were before it wrote anything (read
 * once, on the first enterprises it meets) and the new enterprises met so far in the input, so
 * that a company given twice is still created once. A streamed import keeps the latter in its
 * ledger (import-ledger.ts) and gives each chunk those that share a key with its rows
 * (`forChunk`); what the chunk creates is `added`, for the ledger.
 */
export class EnterpriseNames {
  private inGraph: NameResolver | null = null;
  private inBundle = exactOnly([]);
  added: NameEntry[] = [];

  async graph(store: GraphStore): Promise<NameResolver> {
    this.inGraph ??= new NameResolver(await loadEnterpriseNames(store));
    return this.inGraph;
  }

  /** A new chunk: the bundle's earlier enterprises that its rows could match exactly. */
  forChunk(earlier: NameEntry[]): void {
    this.inBundle = exactOnly(earlier);
    this.added = [];
  }

  resolveInBundle(query: EnterpriseQuery): Resolution {
    return this.inBundle.resolve(query);
  }

  addInBundle(entry: NameEntry): void {
    this.inBundle.add(entry);
    this.added.push(entry);
  }
}

/** A resolver with its thresholds off: exact names, cores and USCCs only (name-resolver.ts skips the other paths). */
function exactOnly(entries: NameEntry[]): NameResolver {
  return new NameResolver(entries, { matchScore: -1, candidateScore: -1 });
}

/**
 * A new enterprise id whose name (or USCC) is already in the graph or earlier in the bundle is
 * linked to that enterprise; an ambiguous name is held for review. Fuzzy matches are only made
 * against the graph, so two new companies with similar names in one file are both created.
 */
export async function resolveEnterprises(
  store: GraphStore,
  accepted: ImportCandidate[],
  report: ImportReport,
  where: PositionOf,
  names: EnterpriseNames = new EnterpriseNames(),
  idMap: Map<string, string> = new Map(),
): Promise<EnterpriseResolution> {
  const enterprises = accepted.filter((c) => c.section === 'enterprises');
  const resolution: EnterpriseResolution = { idMap, held: new Set(), merges: new Map() };
  if (enterprises.length === 0) return resolution;
  const known = await store.existingIds(
    'Enterprise',
    enterprises.map((c) => String(c.record['id'])),
  );
  const inGraph = await names.graph(store);
  for (const c of enterprises) {
    const id = String(c.record['id']);
    if (known.has(id)) continue;
    const query: EnterpriseQuery = {
      name: String(c.record['name']),
      ...(c.record['uscc'] ? { uscc: String(c.record['uscc']) } : {}),
    };
    let found: Resolution = inGraph.resolve(query);
    if (found.outcome === 'none') found = names.resolveInBundle(query);
    const decision = decideEnterpriseLink(query, found);
    if (decision.action === 'link' && decision.to !== id) {
      await linkEnterprise(store, { c, id, query, decision }, resolution, report, where);
    } else if (decision.action === 'hold') {
      resolution.held.add(c);
      report.review.push({ ...where(c), name: query.name, reason: decision.reason, candidates: decision.candidates });
    } else if (decision.action === 'create') {
      if (decision.similar.length > 0) noteSimilar(report, where(c).position, id, query.name, decision.similar);
      names.addInBundle({
        id,
        name: query.name,
        aliases: (c.record['aliases'] as string[] | undefined) ?? [],
        ...(query.uscc ? { uscc: query.uscc } : {}),
      });
    }
  }
  return resolution;
}

/** A row that is an enterprise of the graph: its id maps there, its other fields merge by stated rules. */
async function linkEnterprise(
  store: GraphStore,
  row: {
    c: ImportCandidate;
    id: string;
    query: EnterpriseQuery;
    decision: Extract<EnterpriseLinkDecision, { action: 'link' }>;
  },
  resolution: EnterpriseResolution,
  report: ImportReport,
  where: PositionOf,
): Promise<void> {
  const { c, id, query, decision } = row;
  resolution.idMap.set(id, decision.to);
  // the row's other fields are merged by stated rules, each conflict reported with both values
  const incoming = nodeProps(sectionSpecs.enterprises as NodeSection, c.record);
  const existing = await store.getNode('Enterprise', decision.to);
  const { patch, conflicts } = existing
    ? mergeEnterpriseFields(existing.props, incoming)
    : { patch: {}, conflicts: [] };
  resolution.merges.set(c, incoming);
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
}

function noteSimilar(
  report: ImportReport,
  position: string,
  id: string,
  name: string,
  similar: { id: string; name: string }[],
): void {
  report.notes.push(
    `${position} (${id}) ${name}: created as a new enterprise; similar names in the graph, to check: ${similar
      .map((s) => `${s.name} (${s.id})`)
      .join(', ')}`,
  );
}
