import { createHash } from 'node:crypto';

const shortHash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);

/**
 * The id of the lead_attracted outcome a squad's signing or landing records: one per lead (a
 * chain's lead in a region), however many visits sign or land it and whether the API or a seed
 * writes it.
 */
export function attractedOutcomeId(chainId: string, regionId: string, enterpriseId: string): string {
  return `outcome-squad-${shortHash(chainId, regionId, enterpriseId)}`;
}

/** The id of a lead given to a squad: giving the same lead again names the same record. */
export function squadLeadId(squadId: string, chainId: string, enterpriseId: string): string {
  return `squad-lead-${shortHash(squadId, chainId, enterpriseId)}`;
}
