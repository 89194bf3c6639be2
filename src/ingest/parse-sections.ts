import { describeIssue } from '../shared/describe-issue';
import { bundleSections, type BundleSection } from './bundle.schema';
import { recordProblem } from './bundle-sections';
import type { ImportCandidate } from './import-references';

type Rec = Record<string, unknown>;

export type RejectRecord = (
  c: ImportCandidate | { section: BundleSection; index: number; record?: Rec },
  field: string,
  reason: string,
) => void;

/**
 * One record against its section's schema; a repeated id within a section is rejected. `seen`
 * holds the section's ids met so far with their index (for the report's "first at"): the one
 * thing about a section's records an import keeps whole.
 */
export function parseRecord(
  section: BundleSection,
  index: number,
  item: unknown,
  seen: Map<string, number>,
  reject: RejectRecord,
): ImportCandidate | null {
  const parsed = bundleSections[section].safeParse(item);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      reject({ section, index, record: item as Rec }, issue.path.join('.') || '(record)', describeIssue(issue, item));
    return null;
  }
  const record = parsed.data as Rec;
  const problem = recordProblem(section, record);
  if (problem) {
    reject({ section, index, record }, problem.field, problem.reason);
    return null;
  }
  const id = typeof record['id'] === 'string' ? (record['id'] as string) : null;
  if (id !== null) {
    const first = seen.get(id);
    if (first !== undefined) {
      reject({ section, index, record }, 'id', `duplicate id '${id}', first at ${section}[${first}]`);
      return null;
    }
    seen.set(id, index);
  }
  return { section, index, record };
}
