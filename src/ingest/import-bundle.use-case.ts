import type { GraphStore } from '../store/graph-store';
import { AppError } from '../shared/app-error';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import type { RefUse } from './bundle-sections';
import { emptyReport, type ImportReport } from './import-report';
import { referencesOf, storeIds, type ImportCandidate } from './import-references';
import { scopeRefusals, type ImportCaller, type ScopeRefusal } from './import-scope';
import { writeImport } from './write-import';
import { parseSections } from './parse-sections';
import { planWrite } from './plan-write';
import { positionsIn, type Positioned, type PositionOf } from './record-position';
import { cascadeReferences } from './reference-cascade';
import { resolveEnterprises } from './resolve-enterprises';
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
  const prepared = await openBundle(store, raw, roster);
  const report = emptyReport(dryRun, prepared.notes);
  const where = positionsIn(lineOf);
  const reject = (c: Positioned, field: string, reason: string) => report.rejected.push({ ...where(c), field, reason });

  const parsed = parseSections(prepared.bundle, report, reject);
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
  const { live, rels, gone } = cascadeReferences(
    accepted.filter((c) => !held.has(c)),
    held,
    refs,
    inStore,
    idMap,
    { keepHistory },
    {
      hold: (c, reason) => report.review.push({ ...where(c), reason, candidates: [] }),
      reject,
    },
  );
  tally(report, live, gone, where);
  const placement = await placementsOf(store, live, idMap, { lineOf, classify: roster });
  if (placement.summary) report.placements = placement.summary;
  if (!dryRun) await writeImport(store, planWrite(live, rels, idMap, merges, placement), report, onProgress);
  return report;
}

/** The bundle to import: a JSON object of redchain-bundle/1, a roster first made one (prepare-roster.ts). */
async function openBundle(store: GraphStore, raw: unknown, roster: boolean): Promise<{ bundle: Rec; notes: string[] }> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput('bundle', 'must be a JSON object');
  const prepared = roster ? await prepareRoster(store, raw as Rec) : { bundle: raw as Rec, notes: [] };
  if (prepared.bundle['format'] !== BUNDLE_FORMAT) {
    throw AppError.badInput('format', `must be '${BUNDLE_FORMAT}', got ${JSON.stringify(prepared.bundle['format'])}`);
  }
  return prepared;
}

/** The report's counts once the checks are done, and a note for each tie to what is gone. */
function tally(
  report: ImportReport,
  live: ImportCandidate[],
  gone: Map<ImportCandidate, RefUse[]>,
  where: PositionOf,
): void {
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
}

/** 挂链 of the bundle's new enterprises, against the graph's segments and the bundle's own. */
function placementsOf(
  store: GraphStore,
  live: ImportCandidate[],
  idMap: Map<string, string>,
  { lineOf, classify }: { lineOf: (section: BundleSection, index: number) => number | undefined; classify: boolean },
): Promise<PlacementPlan> {
  return planPlacements(
    store,
    live
      .filter((c) => c.section === 'enterprises' && !idMap.has(String(c.record['id'])))
      .map((c) => ({ candidate: c, id: String(c.record['id']), line: lineOf(c.section, c.index) })),
    {
      segments: live.filter((c) => c.section === 'segments').map((c) => c.record),
      feeds: live.filter((c) => c.section === 'feeds').map((c) => c.record),
    },
    { classify },
  );
}
