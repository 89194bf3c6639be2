import { SEES_PARTY_MEMBERSHIP } from '../../access/roles';
import type { SquadItem, SquadVisitItem } from '../../domain/answers/squads.schema';
import type { Role } from '../../domain/roles';
import { squadCounts, type CountedSquad } from '../../match/squads/squad-counts';
import type { CatalogueSquad, CatalogueVisit } from './squad-catalogue';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const none = { id: '', name: '' };

/** A squad as the counting reads it. */
export function counted(squad: CatalogueSquad): CountedSquad {
  return {
    visits: squad.visits.filter((v) => v.enterprise).map((v) => ({ ...v, enterpriseId: v.enterprise!.id })),
    leadEnterpriseIds: squad.leads.flatMap((l) => (l.enterprise ? [l.enterprise.id] : [])),
  };
}

/**
 * A squad as answered. Its members are party members (党员招商小分队): who they are is shown only
 * to roles that see party membership; the others get the count, and `masked` names the hidden
 * fields.
 */
export function squadItem(squad: CatalogueSquad, role: Role): SquadItem {
  const sees = SEES_PARTY_MEMBERSHIP.has(role);
  const visitsOf = (enterpriseId: string) =>
    squad.visits.filter((v) => v.enterprise?.id === enterpriseId).sort((a, b) => b.date.localeCompare(a.date));
  return {
    id: squad.id,
    name: String(squad.props['name'] ?? squad.id),
    formedOn: str(squad.props['formedOn']),
    note: str(squad.props['note']) ?? '',
    source: str(squad.props['source']),
    synthetic: squad.props['synthetic'] === true,
    region: squad.region,
    chains: squad.chains,
    leader: sees ? squad.leader : null,
    members: sees ? squad.members : [],
    memberCount: squad.members.length,
    ...(sees ? {} : { masked: ['leader', 'members'] }),
    leads: squad.leads.map((l) => {
      const visits = l.enterprise ? visitsOf(l.enterprise.id) : [];
      return {
        id: l.id,
        enterprise: l.enterprise ?? none,
        chain: l.chain ?? none,
        assignedOn: String(l.props['assignedOn'] ?? ''),
        rank: typeof l.props['rank'] === 'number' ? l.props['rank'] : null,
        note: str(l.props['note']) ?? '',
        visits: visits.length,
        lastOutcome: visits[0]?.outcome ?? null,
        outcomeId: visits.map((v) => str(v.props['outcomeId'])).find((id) => id !== null) ?? null,
      };
    }),
    counts: squadCounts([counted(squad)]),
  };
}

export function visitItem(squad: CatalogueSquad, visit: CatalogueVisit, role: Role): SquadVisitItem {
  const sees = SEES_PARTY_MEMBERSHIP.has(role);
  const lead = squad.leads.find((l) => l.enterprise && l.enterprise.id === visit.enterprise?.id);
  return {
    id: visit.id,
    squad: { id: squad.id, name: String(squad.props['name'] ?? squad.id) },
    date: visit.date,
    enterprise: visit.enterprise ?? none,
    outcome: visit.outcome,
    note: str(visit.props['note']) ?? '',
    visitors: sees ? visit.visitors : [],
    visitorCount: visit.visitors.length,
    leadId: lead?.id ?? null,
    outcomeId: str(visit.props['outcomeId']),
    source: str(visit.props['source']),
    synthetic: visit.props['synthetic'] === true,
    ...(sees ? {} : { masked: ['visitors'] }),
  };
}
