import type { NameCandidate, Resolution } from '../text/name-resolver';
import { parseRegisteredName } from '../text/registered-name';

/**
 * What an import does with an incoming enterprise record once the resolver has answered (issue
 * 16, "Imports merge different companies"): the rules, apart from the import's plumbing.
 *
 * - Strong evidence links: the same USCC, or the same registered name once normalised (NFKC,
 *   invisible characters, brackets, legal form). The row is the known enterprise.
 * - A record that brings a full registered name (one with a legal form, 有限公司…) is otherwise a
 *   new enterprise: two registered names that differ are two registrations. Similar names are
 *   listed for a person to check, never made an alias.
 * - A short name (宁德时代) links when the resolver answered match (its thresholds make that safe,
 *   the evidence goes into the report); ambiguous is held for review; none is a new enterprise.
 */
export type EnterpriseLinkDecision =
  | { action: 'link'; to: string; toName: string; by: string; evidence: string }
  | { action: 'create'; similar: NameCandidate[] }
  | { action: 'hold'; reason: string; candidates: NameCandidate[] };

/** @example decideEnterpriseLink({ name: '甘肃东方钛业有限公司' }, resolver.resolve(...)) // { action: 'create', similar: [...] } */
export function decideEnterpriseLink(record: { name: string }, resolution: Resolution): EnterpriseLinkDecision {
  const registered = parseRegisteredName(record.name).hasForm;
  if (resolution.outcome === 'match') {
    const strong = resolution.by === 'uscc' || resolution.by === 'name';
    if (strong || !registered) {
      return {
        action: 'link',
        to: resolution.id,
        toName: resolution.name,
        by: resolution.by,
        evidence: evidenceOf(resolution),
      };
    }
    return {
      action: 'create',
      similar: [{ id: resolution.id, name: resolution.name, similarity: resolution.similarity, matched: record.name }],
    };
  }
  if (resolution.outcome === 'ambiguous' && !registered) {
    return { action: 'hold', reason: 'the name matches more than one enterprise', candidates: resolution.candidates };
  }
  return { action: 'create', similar: resolution.outcome === 'ambiguous' ? resolution.candidates : [] };
}

function evidenceOf(resolution: Extract<Resolution, { outcome: 'match' }>): string {
  switch (resolution.by) {
    case 'uscc':
      return 'same USCC';
    case 'name':
      return 'same registered name';
    case 'core':
      return 'same trade name, no place against it';
    default:
      return resolution.evidence ?? `similarity ${resolution.similarity.toFixed(2)}`;
  }
}
