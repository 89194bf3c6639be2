import { createHash } from 'node:crypto';
import { normaliseName } from '../../text/company-name';

/**
 * The id of an enterprise a roster gives without one (registries have no redchain ids), stable
 * across re-imports so that a decision about it is found again: from its USCC, which never
 * changes, else from its normalised registered name (every spelling of the name gives the same).
 */
export function rosterEnterpriseId(record: { uscc?: unknown; name?: unknown }): string | undefined {
  const uscc = typeof record.uscc === 'string' ? record.uscc.trim().toUpperCase() : '';
  if (/^[0-9A-Z]{18}$/u.test(uscc)) return `ent-${uscc}`;
  const name = typeof record.name === 'string' ? normaliseName(record.name) : '';
  if (name === '') return undefined;
  return `ent-n${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}
