import { describeIssue } from '../shared/describe-issue';
import { BUNDLE_SECTIONS, bundleSections, type BundleSection } from './bundle.schema';
import { recordProblem } from './bundle-sections';
import type { ImportReport } from './import-report';
import type { ImportCandidate } from './import-references';

type Rec = Record<string, unknown>;

/** Each record against its section's schema; a repeated id within a section is rejected. */
export function parseSections(
  bundle: Rec,
  report: ImportReport,
  reject: (
    c: ImportCandidate | { section: BundleSection; index: number; record?: Rec },
    field: string,
    reason: string,
  ) => void,
): ImportCandidate[] {
  const accepted: ImportCandidate[] = [];
  for (const section of BUNDLE_SECTIONS) {
    const value = bundle[section] ?? [];
    if (!Array.isArray(value)) {
      report.rejected.push({ section, position: section, field: section, reason: 'must be an array of records' });
      continue;
    }
    report.counts[section] = { received: value.length, imported: 0, rejected: 0, held: 0 };
    const seen = new Map<string, number>();
    value.forEach((item: unknown, index) => {
      const parsed = bundleSections[section].safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          reject(
            { section, index, record: item as Rec },
            issue.path.join('.') || '(record)',
            describeIssue(issue, item),
          );
        return;
      }
      const record = parsed.data as Rec;
      const problem = recordProblem(section, record);
      if (problem) return reject({ section, index, record }, problem.field, problem.reason);
      const id = typeof record['id'] === 'string' ? (record['id'] as string) : null;
      if (id !== null) {
        const first = seen.get(id);
        if (first !== undefined)
          return reject({ section, index, record }, 'id', `duplicate id '${id}', first at ${section}[${first}]`);
        seen.set(id, index);
      }
      accepted.push({ section, index, record });
    });
  }
  return accepted;
}
