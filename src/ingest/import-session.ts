import type { GraphStore } from '../store/graph-store';
import { BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import type { RefUse } from './bundle-sections';
import { emptyReport, type ImportReport, type PlacementSummary } from './import-report';
import {
  addIds,
  bundleIds,
  idsInAny,
  referencesOf,
  storeIds,
  type IdsByKind,
  type ImportCandidate,
} from './import-references';
import { scopeRefusals, type ImportCaller, type ScopeRefusal } from './import-scope';
import { parseRecord } from './parse-sections';
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
 * through the whole pipeline — resolve names, region scope, references, write — and what later
 * chunks need of it is kept small: the ids met per section (duplicates), the ids written or held
 * per kind (references), the enterprise ids linked to others, the new enterprises' names (a
 * company given twice is created once), and for a region-scoped caller the records that place
 * others. These grow with the input (ids, not records); everything else is released per chunk.
 */
export class ImportSession {
  readonly report: ImportReport;
  private readonly where: PositionOf;
  private readonly seen = new Map<BundleSection, Map<string, number>>();
  private readonly idMap = new Map<string, string>();
  private readonly earlierLive: IdsByKind = new Map();
  private readonly earlierHeld: IdsByKind = new Map();
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
  ) {
    this.report = emptyReport(options.dryRun, notes);
    for (const section of BUNDLE_SECTIONS)
      this.report.counts[section] = { received: 0, imported: 0, rejected: 0, held: 0 };
    this.where = positionsIn(options.lineOf);
    this.places =
      options.caller && options.caller.regionId !== null ? new RecordPlaces(store, [], this.idMap) : undefined;
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
    let seen = this.seen.get(section);
    if (!seen) this.seen.set(section, (seen = new Map()));
    return parseRecord(section, index, item, seen, this.reject);
  }

  /** A chunk of valid records of one section, through the rest of the pipeline. */
  async importChunk(parsed: ImportCandidate[], received: number): Promise<void> {
    const { store, report, options } = this;
    const { held, merges } = await resolveEnterprises(store, parsed, report, this.where, this.names, this.idMap);
    const refused = options.caller
      ? await scopeRefusals(
          store,
          options.caller,
          parsed.filter((c) => !held.has(c)),
          this.idMap,
          this.places,
        )
      : new Map<ImportCandidate, ScopeRefusal>();
    for (const [c, refusal] of refused) this.reject(c, refusal.field, refusal.reason);
    const accepted = parsed.filter((c) => !refused.has(c));

    const refs = new Map<ImportCandidate, RefUse[]>(accepted.map((c) => [c, referencesOf(c, this.idMap)]));
    const inStore = await storeIds(store, accepted, refs, this.idMap, this.earlierLive);
    const { live, rels, gone } = cascadeReferences(
      accepted.filter((c) => !held.has(c)),
      held,
      refs,
      idsInAny(inStore, this.earlierLive),
      this.idMap,
      { keepHistory: options.keepHistory, heldBefore: this.earlierHeld },
      {
        hold: (c, reason) => report.review.push({ ...this.where(c), reason, candidates: [] }),
        reject: this.reject,
      },
    );
    addIds(this.earlierLive, bundleIds(live, this.idMap));
    addIds(this.earlierHeld, bundleIds([...held], this.idMap));
    this.tally(live, gone);
    for (const c of live) {
      if (c.section === 'segments') this.templates.segments.push(c.record);
      if (c.section === 'feeds') this.templates.feeds.push(c.record);
    }
    const placement = await this.placementsOf(live);
    if (placement.summary) this.addPlacements(placement.summary);
    if (!options.dryRun) await writeImport(store, planWrite(live, rels, this.idMap, merges, placement), report);
    options.onProgress?.((this.done += received), this.total);
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
  private placementsOf(live: ImportCandidate[]): Promise<PlacementPlan> {
    const { lineOf, roster } = this.options;
    return planPlacements(
      this.store,
      live
        .filter((c) => c.section === 'enterprises' && !this.idMap.has(String(c.record['id'])))
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
