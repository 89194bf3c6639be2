import type { SquadCounts } from '../../domain/answers/squads.schema';
import type { SquadVisitOutcome } from '../../domain/squad.schema';

/** A visit as counted: when, whom, what came of it. */
export interface CountedVisit {
  date: string;
  enterpriseId: string;
  outcome: SquadVisitOutcome;
}

/** A squad as counted: its visits and the leads it was given (with the enterprise each names). */
export interface CountedSquad {
  visits: readonly CountedVisit[];
  leadEnterpriseIds: readonly string[];
}

/**
 * What squads' visits came to (001's 外出招商165次, 对接企业200余家): visits, distinct enterprises
 * met, and per enterprise what its latest visit found — interested, signed (a landing counts as
 * signed too, it came after one), landed — and how many assigned leads were attracted. An
 * enterprise met by two squads is one enterprise met.
 *
 * @example squadCounts([{ visits: [{ date: '2026-03-01', enterpriseId: 'e1', outcome: 'signed' }], leadEnterpriseIds: ['e1'] }])
 *   // { squads: 1, visits: 1, enterprisesMet: 1, interested: 0, signed: 1, landed: 0, leads: 1, leadsAttracted: 1 }
 */
export function squadCounts(squads: readonly CountedSquad[]): SquadCounts {
  const attracted = new Set<string>();
  const landed = new Set<string>();
  const latest = new Map<string, CountedVisit>();
  let visits = 0;
  for (const squad of squads)
    for (const visit of squad.visits) {
      visits += 1;
      if (visit.outcome === 'signed' || visit.outcome === 'landed') attracted.add(visit.enterpriseId);
      if (visit.outcome === 'landed') landed.add(visit.enterpriseId);
      const seen = latest.get(visit.enterpriseId);
      if (!seen || seen.date <= visit.date) latest.set(visit.enterpriseId, visit);
    }
  let interested = 0;
  for (const visit of latest.values()) if (visit.outcome === 'interested') interested += 1;
  let leads = 0;
  let leadsAttracted = 0;
  for (const squad of squads)
    for (const enterpriseId of squad.leadEnterpriseIds) {
      leads += 1;
      if (attracted.has(enterpriseId)) leadsAttracted += 1;
    }
  return {
    squads: squads.length,
    visits,
    enterprisesMet: latest.size,
    interested,
    signed: attracted.size,
    landed: landed.size,
    leads,
    leadsAttracted,
  };
}
