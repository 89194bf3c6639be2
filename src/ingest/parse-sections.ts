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
 * One record against its section's schema and the rules the schema cannot say. A repeated id
 * within a section is the session's to find (import-session.ts): the first may be chunks back.
 */
export function parseRecord(
  section: BundleSection,
  index: number,
  item: unknown,
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
  return { section, index, record };
}

/** Why a record whose id its section gave before is rejected. */
export function duplicateReason(section: BundleSection, id: string, first: number): string {
  return `duplicate id '${id}', first at ${section}[${first}]`;
}
