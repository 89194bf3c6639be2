import type { GraphStore } from '../store/graph-store';
import { BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import type { RefUse } from './bundle-sections';
import { emptyReport, type ImportReport, type PlacementSummary } from './import-report';
import { ImportLedger, keysOfQuery, type NameKeys } from './import-ledger';
import {
  addId,
  bundleIds,
  idsInAny,
  referencesOf,
  selfOf,
  storeIds,
  type IdsByKind,
  type ImportCandidate,
} from './import-references';
import { scopeRefusals, type ImportCaller, type ScopeRefusal } from './import-scope';
import { duplicateReason, parseRecord } from './parse-sections';
import { planWrite } from './plan-write';
import { RecordPlaces } from './record-places';
import { positionsIn, type Positioned, type PositionOf } from './record-position';
import { cascadeReferences } from './reference-cascade';
import { EnterpriseNames, resolveEnterprises } from './resolve-enterprises';
import { planPlacements, type PlacementPlan } from './roster/plan-placements';
import { writeImport } from './write-import';

type Rec = Record<string, unknown>;

export interface SessionOptions {
  dryRun: boolean;
  keepHistory: boolean;
  caller?: ImportCaller;
  roster: boolean;
  lineOf: (section: BundleSection, index: number) => number | undefined;
  onProgress?: (done: number, total: number) => void;
}

/**
 * One import, fed a chunk of records at a time (sections in BUNDLE_SECTIONS order, so that what
 * a record references has been met before it, save within its own section). Each chunk goes
 * through the whole pipeline — resolve names, region scope, references, write — as if the file
 * were one chunk: what it needs of the earlier ones (ids met per section, ids written or held
 * per kind, enterprise ids linked to others, new enterprises' names) it asks of the ledger for
 * the ids and names it mentions, and what it decided is added there when it is through
 * (import-ledger.ts; on disk for a large streamed file). For a region-scoped caller the records
 * that place others are kept too, and the live segments and feeds; everything else is released
 * per chunk.
 */
export class ImportSession {
  readonly report: ImportReport;
  private readonly where: PositionOf;
  private readonly names = new EnterpriseNames();
  private readonly places: RecordPlaces | undefined;
  /** The live segments and feeds: 挂链 places enterprises against the bundle's own too. */
  private readonly templates: { segments: Rec[]; feeds: Rec[] } = { segments: [], feeds: [] };
  private done = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly options: SessionOptions,
    notes: string[],
    private readonly total: number,
    private readonly ledger: ImportLedger = ImportLedger.inMemory(),
  ) {
    this.report = emptyReport(options.dryRun, notes);
    for (const section of BUNDLE_SECTIONS)
      this.report.counts[section] = { received: 0, imported: 0, rejected: 0, held: 0 };
    this.where = positionsIn(options.lineOf);
    this.places =
      options.caller && options.caller.regionId !== null ? new RecordPlaces(store, [], new Map()) : undefined;
    options.onProgress?.(0, total);
  }

  /** A section whose value is not an array: reported, nothing of it read. */
  notAnArray(section: BundleSection): void {
    delete this.report.counts[section];
    this.report.rejected.push({ section, position: section, field: section, reason: 'must be an array of records' });
  }

  /** One record as read: validated on its own; the candidate, or null when it was rejected. */
  read(section: BundleSection, index: number, item: unknown): ImportCandidate | null {
    this.report.counts[section]!.received++;
    return parseRecord(section, index, item, this.reject);
  }

  /** A chunk of valid records of one section, through the rest of the pipeline. */
  async importChunk(chunk: ImportCandidate[], received: number): Promise<void> {
    const { store, report, options, ledger } = this;
    const parsed = await this.withoutRepeatedIds(chunk);
    const idMap = await ledger.linked(mentionedEnterprises(parsed));
    this.names.forChunk(await ledger.names(queryKeys(parsed)));
    const { held, merges } = await resolveEnterprises(store, parsed, report, this.where, this.names, idMap);
    const refused = options.caller
      ? await scopeRefusals(
          store,
          options.caller,
          parsed.filter((c) => !held.has(c)),
          idMap,
          this.places,
        )
      : new Map<ImportCandidate, ScopeRefusal>();
    for (const [c, refusal] of refused) this.reject(c, refusal.field, refusal.reason);
    const accepted = parsed.filter((c) => !refused.has(c));

    const refs = new Map<ImportCandidate, RefUse[]>(accepted.map((c) => [c, referencesOf(c, idMap)]));
    const earlier = await ledger.earlier(referencedIds(refs));
    const inStore = await storeIds(store, accepted, refs, idMap, earlier.live);
    const { live, rels, gone } = cascadeReferences(
      accepted.filter((c) => !held.has(c)),
      held,
      refs,
      idsInAny(inStore, earlier.live),
      idMap,
      { keepHistory: options.keepHistory, heldBefore: earlier.held },
      {
        hold: (c, reason) => report.review.push({ ...this.where(c), reason, candidates: [] }),
        reject: this.reject,
      },
    );
    this.tally(live, gone);
    for (const c of live) {
      if (c.section === 'segments') this.templates.segments.push(c.record);
      if (c.section === 'feeds') this.templates.feeds.push(c.record);
    }
    const placement = await this.placementsOf(live, idMap);
    if (placement.summary) this.addPlacements(placement.summary);
    if (!options.dryRun) await writeImport(store, planWrite(live, rels, idMap, merges, placement), report);
    await ledger.record({
      seen: parsed.flatMap((c) => {
        const id = ownId(c);
        return id === null ? [] : [{ section: c.section, id, index: c.index }];
      }),
      live: bundleIds(live, idMap),
      held: bundleIds([...held], idMap),
      linked: idMap,
      names: this.names.added,
    });
    options.onProgress?.((this.done += received), this.total);
  }

  /** Releases the ledger (a disk ledger's files go with it). */
  close(): Promise<void> {
    return this.ledger.close();
  }

  /**
   * The chunk without the records whose id their section gave before, in this chunk or an
   * earlier one (the ledger's): each rejected, naming where the id was first given.
   */
  private async withoutRepeatedIds(chunk: ImportCandidate[]): Promise<ImportCandidate[]> {
    const bySection = new Map<BundleSection, string[]>();
    for (const c of chunk) {
      const id = ownId(c);
      if (id === null) continue;
      const ids = bySection.get(c.section);
      if (ids) ids.push(id);
      else bySection.set(c.section, [id]);
    }
    const first = new Map<BundleSection, Map<string, number>>();
    for (const [section, ids] of bySection) first.set(section, await this.ledger.firstSeen(section, ids));
    return chunk.filter((c) => {
      const id = ownId(c);
      if (id === null) return true;
      const met = first.get(c.section) as Map<string, number>;
      const at = met.get(id);
      if (at === undefined) {
        met.set(id, c.index);
        return true;
      }
      this.reject(c, 'id', duplicateReason(c.section, id, at));
      return false;
    });
  }

  /** The report, its per-section counts of rejected and held records made. */
  finish(): ImportReport {
    for (const section of BUNDLE_SECTIONS) {
      const counts = this.report.counts[section];
      if (!counts) continue;
      counts.rejected = new Set(this.report.rejected.filter((r) => r.section === section).map((r) => r.position)).size;
      counts.held = new Set(this.report.review.filter((r) => r.section === section).map((r) => r.position)).size;
    }
    return this.report;
  }

  private readonly reject = (c: Positioned, field: string, reason: string): void => {
    this.report.rejected.push({ ...this.where(c), field, reason });
  };

  /** The report's counts once a chunk is checked, and a note for each tie to what is gone. */
  private tally(live: ImportCandidate[], gone: Map<ImportCandidate, RefUse[]>): void {
    for (const c of live) this.report.counts[c.section]!.imported++;
    for (const [c, uses] of gone) {
      const at = this.where(c);
      for (const use of uses)
        this.report.notes.push(
          `${at.position}${at.id ? ` (${at.id})` : ''}: ${use.field} '${use.id}' names no ${use.kinds.join(' or ')} in this bundle or the graph (deleted since?); kept without its tie`,
        );
    }
  }

  /** 挂链 of the chunk's new enterprises, against the graph's segments and the bundle's own. */
  private placementsOf(live: ImportCandidate[], idMap: Map<string, string>): Promise<PlacementPlan> {
    const { lineOf, roster } = this.options;
    return planPlacements(
      this.store,
      live
        .filter((c) => c.section === 'enterprises' && !idMap.has(String(c.record['id'])))
        .map((c) => ({ candidate: c, id: String(c.record['id']), line: lineOf(c.section, c.index) })),
      this.templates,
      { classify: roster },
    );
  }

  private addPlacements(summary: PlacementSummary): void {
    const sum = this.report.placements;
    if (!sum) {
      this.report.placements = summary;
      return;
    }
    sum.placed += summary.placed;
    sum.queued += summary.queued;
    sum.kept += summary.kept;
    sum.needsInferred += summary.needsInferred;
    sum.enterprises.push(...summary.enterprises);
  }
}

/** A record's own id, when its section gives one (a tie's section does not). */
function ownId(c: ImportCandidate): string | null {
  return typeof c.record['id'] === 'string' ? c.record['id'] : null;
}

/** Every id a chunk's records give or reference that may be a new enterprise linked to another. */
function mentionedEnterprises(chunk: ImportCandidate[]): string[] {
  const ids = new Set<string>();
  const none = new Map<string, string>();
  for (const c of chunk) {
    const self = selfOf(c, none);
    if (self?.kind === 'Enterprise') ids.add(self.id);
    for (const use of referencesOf(c, none)) if (use.kinds.includes('Enterprise')) ids.add(use.id);
  }
  return [...ids];
}

/** The keys the chunk's enterprises are resolved by among the bundle's earlier ones. */
function queryKeys(chunk: ImportCandidate[]): NameKeys {
  const keys: NameKeys = { usccs: [], normals: [], cores: [] };
  for (const c of chunk) {
    if (c.section !== 'enterprises') continue;
    const uscc = c.record['uscc'];
    const k = keysOfQuery({ name: String(c.record['name']), ...(uscc ? { uscc: String(uscc) } : {}) });
    keys.usccs.push(...k.usccs);
    keys.normals.push(...k.normals);
    keys.cores.push(...k.cores);
  }
  return keys;
}

/** The ids the chunk's references name, by the kinds each may be. */
function referencedIds(refs: Map<ImportCandidate, RefUse[]>): IdsByKind {
  const wanted: IdsByKind = new Map();
  for (const uses of refs.values()) for (const use of uses) for (const kind of use.kinds) addId(wanted, kind, use.id);
  return wanted;
}
