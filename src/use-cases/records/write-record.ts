import type { Caller } from '../../access/caller';
import { BUNDLE_FORMAT, type BundleSection } from '../../ingest/bundle.schema';
import { importBundle } from '../../ingest/import-bundle.use-case';
import { scopeRefusals } from '../../ingest/import-scope';
import type { ImportReport } from '../../ingest/import-report';
import { AppError } from '../../shared/app-error';
import type { GraphStore } from '../../store/graph-store';

/**
 * Writes one record the way an import does — validated against its schema, references checked,
 * an enterprise's name resolved against the graph — so the API and imports accept exactly the
 * same records. A rejection is a 400 naming the field; an enterprise name that is already in
 * the graph under another id (when creating), or that matches several, is a 409 with the candidates.
 */
export async function writeRecord(
  store: GraphStore,
  section: BundleSection,
  record: Record<string, unknown>,
  { creating }: { creating: boolean },
): Promise<ImportReport> {
  const bundle = { format: BUNDLE_FORMAT, [section]: [record] };
  // a create tries first: an import links a known name to the existing enterprise, which a create
  // must refuse before anything is written (a replacement needs no trial: an import never writes
  // a rejected or held record)
  // the API records the present: every reference must name something that exists
  if (creating) refuseProblems(await importBundle(store, bundle, { dryRun: true, keepHistory: false }), creating);
  const report = await importBundle(store, bundle, { keepHistory: false });
  refuseProblems(report, creating);
  return report;
}

function refuseProblems(report: ImportReport, creating: boolean): void {
  if (report.rejected.length > 0) {
    const fields = report.rejected.map((r) => ({ field: `body.${r.field}`, reason: r.reason }));
    throw new AppError('bad_input', fields.map((f) => `${f.field} ${f.reason}`).join('; '), fields);
  }
  const review = report.review[0];
  if (review) {
    throw new AppError(
      'conflict',
      `${review.reason}: ${review.candidates.map((c) => `${c.name} (${c.id})`).join(', ')}`,
      [{ field: 'body.name', reason: review.reason }],
    );
  }
  const link = report.linked[0];
  if (creating && link) {
    throw new AppError(
      'conflict',
      `already in the graph as ${link.linkedName} (${link.linkedTo}), matched by ${link.by}`,
      [{ field: 'body.name', reason: `is ${link.linkedName} (${link.linkedTo})` }],
    );
  }
}

/**
 * The import's scope rule (import-scope.ts) on one record written through the API: a key limited
 * to a region adds only what lies in it (403 naming what lies elsewhere) and says where it lies
 * (400 naming the field).
 */
export async function refuseOutOfScope(
  store: GraphStore,
  caller: Caller,
  section: BundleSection,
  record: Record<string, unknown>,
): Promise<void> {
  const candidate = { section, index: 0, record };
  const refusal = (await scopeRefusals(store, caller, [candidate], new Map())).get(candidate);
  if (!refusal) return;
  if (refusal.why === 'unplaced') throw AppError.badInput(`body.${refusal.field}`, refusal.reason);
  throw new AppError('forbidden', `body.${refusal.field}: ${refusal.reason}`);
}
